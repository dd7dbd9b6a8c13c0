import { extract } from "../../../src/extraction/extract";
import { article } from "./fixtures";

/**
 * A verb of saying negated in its own clause reports that no answer was given: stance "other", as a
 * non-denial is. Not a negation that closes the words reported before the verb. Sentences of our own.
 */
const said = (text: string, lang: string) =>
  extract(article(text, lang)).statements.map((s) => `${s.speaker}:${s.stance}`);

describe("no answer given", () => {
  it.each([
    ["en", "The Chinese government has not responded to the charges made by Manila.", "CN:other"],
    ["id", "Pemerintah Filipina belum menanggapi tuduhan yang dilontarkan Beijing.", "PH:other"],
    ["fr", "Le gouvernement malien n'a pas réagi aux accusations de l'Algérie.", "ML:other"],
    ["it", "Il governo venezuelano non ha commentato le accuse della Guyana.", "VE:other"],
  ])("in %s, is 'other'", (lang, text, expected) => {
    expect(said(text, lang)).toContain(expected);
  });

  it("leaves a negation that ends the reported words to them", () => {
    const ru = "Обвинения Вашингтона ни на чем не основаны, заявил Китай.";
    expect(said(ru, "ru")).not.toContain("CN:other");
  });
});
