import { extract } from "../../../src/extraction/extract";
import { article } from "./fixtures";

/**
 * A visit begun by an arrival and talks told on a later day of it are one meeting, held on the talks'
 * day: the arrival only opened the visit. Articles of Wednesday 2025-01-15; arrival on Monday the 13th.
 */
describe("talks on a later day of a visit date the meeting", () => {
  it.each([
    [
      "en",
      "Russian Foreign Minister Sergey Lavrov arrived in Beijing on Monday for a three-day visit. The talks were held on Tuesday at the Diaoyutai guesthouse.",
    ],
    [
      "id",
      "Menteri Luar Negeri Rusia Sergey Lavrov tiba di Beijing pada Senin untuk kunjungan tiga hari. Pembicaraan itu berlangsung pada Selasa di wisma negara.",
    ],
    [
      "de",
      "Der russische Außenminister Sergej Lawrow ist am Montag zu einem dreitägigen Besuch in Peking eingetroffen. Die Gespräche fanden am Dienstag statt.",
    ],
    [
      "fr",
      "Le ministre russe des Affaires étrangères Sergueï Lavrov est arrivé lundi à Pékin pour une visite de trois jours. Les entretiens ont eu lieu mardi.",
    ],
    [
      "pl",
      "Szef rosyjskiej dyplomacji Siergiej Ławrow przyleciał w poniedziałek do Pekinu z trzydniową wizytą. Rozmowy odbyły się we wtorek.",
    ],
  ])("%s", (lang, text) => {
    const meetings = extract(article(text, lang, "2025-01-15T08:00:00Z")).meetings;
    expect(meetings.map((m) => [m.participants, m.date, m.status])).toEqual([
      [["Sergey Lavrov", "CN"], "2025-01-14", "occurred"],
    ]);
  });

  it("keeps the arrival's day when the talks were held on it, and the visit goes on", () => {
    const text =
      "Russian Foreign Minister Sergey Lavrov arrived in Beijing on Tuesday for a three-day visit. The talks were held on Tuesday evening.";
    const [m] = extract(article(text, "en", "2025-01-15T08:00:00Z")).meetings;
    expect([m.date, m.status]).toEqual(["2025-01-14", "ongoing"]);
  });
});
