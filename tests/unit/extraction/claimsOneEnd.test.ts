import { extract } from "../../../src/extraction/extract";
import { article } from "./fixtures";

const claims = (text: string, lang: string) =>
  extract(article(text, lang)).statements.map((s) => [s.speaker, s.claim?.type ?? null, s.claim?.index ?? null]);

// A statement naming what a transfer moves speaks of it when it concerns one of its ends other than the
// speaker's own state (the other end may go unnamed: the words are about the soldiers, not the route).
describe("claims: one end of a transfer is enough", () => {
  it.each([
    [
      "en",
      "North Korea sent thousands of soldiers to Russia in October. Ukraine said the North Korean soldiers had come under fire.",
    ],
    [
      "id",
      "Korea Utara mengirim ribuan tentara ke Rusia pada Oktober. Ukraina mengatakan tentara Korea Utara sudah diserang.",
    ],
    [
      "de",
      "Nordkorea schickte im Oktober Tausende Soldaten nach Russland. Die Ukraine sagte, nordkoreanische Soldaten seien beschossen worden.",
    ],
  ])("%s: Ukraine speaks of the troops sent to Russia", (lang, text) => {
    expect(claims(text, lang)).toEqual([["UA", "transfers", 0]]);
  });

  it("does not count the speaker's own state as the end it speaks of", () => {
    expect(
      claims(
        "North Korea sent soldiers to Russia in October. Moscow said Russian soldiers would train in Belarus in May.",
        "en",
      ),
    ).toEqual([["RU", null, null]]);
  });
});
