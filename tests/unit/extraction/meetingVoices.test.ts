import { extract } from "../../../src/extraction/extract";
import { article } from "./fixtures";

const participants = (text: string, lang: string) =>
  extract(article(text, lang, "2024-03-15T08:00:00Z")).meetings.map((m) => m.participants);

// Issue 15: a commentator is not a participant. A spokesperson tells of a meeting; the article's own
// words give them that role ("press secretary", "juru bicara", "Kremlsprecher").
describe("a spokesperson who tells of a meeting is no party to it", () => {
  it.each([
    [
      "en",
      "White House press secretary Karine Jean-Pierre told reporters that President Joe Biden met Ukrainian President Volodymyr Zelensky at the White House on Thursday.",
      [["Joe Biden", "Volodymyr Zelensky"]],
    ],
    [
      "id",
      "Juru bicara Kementerian Luar Negeri China Mao Ning mengatakan Wang Yi bertemu Menteri Luar Negeri Indonesia Retno Marsudi di Beijing pada Selasa.",
      [["Wang Yi", "Retno Marsudi"]],
    ],
    [
      "de",
      "Kremlsprecher Dmitri Peskow sagte, Putin habe Lukaschenko am Montag in Moskau empfangen.",
      [["Vladimir Putin", "Alexander Lukashenko"]],
    ],
  ])("%s", (lang, text, expected) => {
    expect(participants(text, lang)).toEqual(expected);
  });

  it("a meeting told only through the spokesperson and one other party is none", () => {
    expect(
      participants(
        "Kremlin spokesman Dmitry Peskov said the visit of the Belarusian delegation had produced no agreements.",
        "en",
      ),
    ).toEqual([]);
  });
});
