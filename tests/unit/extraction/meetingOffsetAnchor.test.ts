import { extract } from "../../../src/extraction/extract";
import { article } from "./fixtures";

const meetings = (text: string, lang: string) =>
  extract(article(text, lang, "2022-07-01T08:00:00Z")).meetings.map((m) => [m.participants, m.date]);

// The date before "a day after …" is what the phrase measures from: the meeting told before the date
// keeps it, the one the phrase measures lies a day earlier.
describe("a date right before an offset phrase dates the meeting before it", () => {
  it.each([
    [
      "id",
      "Presiden Joko Widodo bertemu Presiden Rusia Vladimir Putin di Kremlin, Moskow, Kamis (30/6/2022), sehari setelah mengunjungi Kyiv.",
      [
        [["Joko Widodo", "Vladimir Putin"], "2022-06-30"],
        [["Joko Widodo", "UA"], "2022-06-29"],
      ],
    ],
    [
      "en",
      "Antony Blinken met Chinese Foreign Minister Wang Yi at the Diaoyutai State Guesthouse in Beijing on Friday, June 17, a day after visiting Shanghai.",
      [
        [["Antony Blinken", "Wang Yi"], "2022-06-17"],
        [["Antony Blinken", "CN"], "2022-06-16"],
      ],
    ],
  ])("%s", (lang, text, expected) => {
    expect(meetings(text, lang)).toEqual(expected);
  });
});
