import { extract } from "../../../src/extraction/extract";
import { article } from "./fixtures";

/** Announcing measures, like announcing sanctions, is an act the sentence reports, not words said. Sentences of our own. */
const who = (text: string, lang: string) =>
  extract(article(text, lang)).statements.map((s) => `${s.speaker}:${s.stance}`);

describe("announced measures", () => {
  it.each([
    ["en", "Britain announced new measures against Iranian drone makers on Tuesday."],
    ["id", "Australia mengumumkan langkah-langkah baru terhadap pemasok drone Iran pada Selasa."],
    ["de", "Frankreich kündigte neue Maßnahmen gegen iranische Drohnenhersteller an."],
    ["it", "Il Canada ha annunciato nuove misure contro i produttori iraniani di droni."],
    ["pl", "Kanada ogłosiła nowe środki wobec irańskich producentów dronów."],
    ["ru", "Япония объявила новые меры против иранских производителей беспилотников."],
  ])("in %s, are no statement", (lang, text) => {
    expect(who(text, lang)).toEqual([]);
  });

  it("are no statement when they are 'similar' to sanctions told before", () => {
    const en = "The EU imposed new sanctions on Iran on Monday. Britain also announced similar measures against Iran.";
    expect(who(en, "en")).toEqual([]);
  });
});
