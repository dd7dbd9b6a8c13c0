import { extract } from "../../../src/extraction/extract";
import { languagePack } from "../../../src/extraction/languages";
import { findOffsets, formatDate, parseReference, shiftDate } from "../../../src/extraction/resolveDates";
import { article } from "./fixtures";

/** The date of the meeting that `who` takes part in, in `text` published on 2023-10-19. */
function dateOf(text: string, lang: string, who: RegExp): string | null | undefined {
  return extract(article(text, lang, "2023-10-19T09:00:00Z")).meetings.find((m) =>
    m.participants.some((p) => who.test(p)),
  )?.date;
}

/** Every offset phrase of `text` applied to 2023-10-18. */
function shifted(text: string, lang: string): string[] {
  return findOffsets(text, 0, text.length, languagePack(lang)).map((o) =>
    formatDate(shiftDate(parseReference("2023-10-18")!, o)),
  );
}

describe("a span measured from another event ('a month after', 'sebulan setelah')", () => {
  it.each([
    ["en", "The trip came a month after the summit.", "2023-09"],
    ["en", "They met two weeks before the vote.", "2023-11-01"],
    ["en", "The visit came four months after the balloon affair.", "2023-06"],
    ["id", "Kunjungan itu terjadi sebulan setelah pertemuan puncak.", "2023-09"],
    ["id", "Pertemuan itu digelar dua minggu sebelum pemilu.", "2023-11-01"],
    ["de", "Der Besuch folgte einen Monat nach dem Gipfel.", "2023-09"],
    ["es", "La visita llegó un mes después de la cumbre.", "2023-09"],
    ["fr", "La visite a eu lieu un mois après le sommet.", "2023-09"],
    ["it", "La visita è arrivata un mese dopo il vertice.", "2023-09"],
    ["pt", "A visita ocorreu um mês depois da cimeira.", "2023-09"],
    ["pl", "Wizyta odbyła się miesiąc po szczycie.", "2023-09"],
    ["ru", "Визит состоялся через месяц после саммита.", "2023-09"],
    ["ru", "Встреча прошла за неделю до выборов.", "2023-10-25"],
  ])("%s: %s", (lang, text, expected) => {
    expect(shifted(text, lang)).toEqual([expected]);
  });

  it("reads no span where no number is given ('months after', 'days before')", () => {
    expect(shifted("The talks resumed months after the war began.", "en")).toEqual([]);
    expect(shifted("Days before the summit, the envoy left.", "en")).toEqual([]);
  });

  it.each([
    ["en", "Lavrov arrived in Pyongyang, a month after Kim Jong Un travelled to Russia."],
    ["id", "Lavrov tiba di Pyongyang, sebulan setelah Kim Jong Un berkunjung ke Rusia."],
    ["de", "Lawrow traf in Pjöngjang ein, einen Monat nach der Reise von Kim Jong Un nach Russland."],
    ["es", "Lavrov llegó a Pyongyang un mes después de la visita de Kim Jong-un a Rusia."],
    ["fr", "Lavrov est arrivé à Pyongyang un mois après la visite de Kim Jong-un en Russie."],
    ["it", "Lavrov è arrivato a Pyongyang un mese dopo la visita di Kim Jong-un in Russia."],
    ["pt", "Lavrov chegou a Pyongyang um mês depois da visita de Kim Jong-un à Rússia."],
    ["pl", "Ławrow przyleciał do Pjongjangu miesiąc po wizycie Kim Dzong Una w Rosji."],
    ["ru", "Лавров прибыл в Пхеньян через месяц после визита Ким Чен Ына в Россию."],
  ])("%s: the meeting after the phrase is dated a month before the article's", (lang, text) => {
    expect(dateOf(text, lang, /^Kim /)).toBe("2023-09");
    expect(dateOf(text, lang, /Lavrov/)).toBe("2023-10");
  });

  it("measures from the date before the phrase when the sentence gives one", () => {
    const text = "Lavrov arrived in Pyongyang on 2 March 2023, a month after Kim Jong Un travelled to Russia.";
    expect(dateOf(text, "en", /^Kim /)).toBe("2023-02");
  });
});

describe("an undated meeting with no place joins the meeting nearest the article's date", () => {
  it("gives the signing told first to today's visit, not to the trip recalled with its year", () => {
    const text =
      "Kim Jong Un and Vladimir Putin sign a defence pact. Their ties grew closer in September 2023, when Kim travelled to Russia. " +
      "The pact was signed during Putin's visit to Pyongyang.";
    const facts = extract(article(text, "en", "2024-06-19T09:00:00Z"));
    const summary = facts.meetings.map((m) => [m.participants.join("+"), m.location.country, m.date]);
    expect(summary).toContainEqual(["Kim Jong Un+RU", "RU", "2023-09"]);
    expect(summary).toContainEqual(["Vladimir Putin+Kim Jong Un", "KP", "2024-06"]);
  });

  it("reads 'today' in an article dated by month only as that month, not its 15th", () => {
    const text = "Vladimir Putin arrived in Pyongyang today for talks with Kim Jong Un.";
    expect(extract(article(text, "en", "2024-06")).meetings.map((m) => m.date)).toEqual(["2024-06"]);
  });
});

describe("'a day earlier', 'sehari sebelumnya', 'la veille': dated from the meeting told before", () => {
  const putinDate = (text: string, lang: string) =>
    extract(article(text, lang, "2025-09-05T09:00:00Z")).meetings.find((m) => m.participants.includes("Vladimir Putin"))
      ?.date;

  it.each([
    [
      "en",
      "Kim Jong Un met Xi Jinping in Beijing on 4 September 2025. A day earlier, Kim held talks with Vladimir Putin.",
    ],
    [
      "id",
      "Kim Jong Un bertemu Xi Jinping di Beijing pada 4 September 2025. Sehari sebelumnya, Kim menggelar pembicaraan dengan Vladimir Putin.",
    ],
    [
      "de",
      "Kim Jong Un traf Xi Jinping am 4. September 2025 in Peking. Am Vortag hatte Kim Gespräche mit Wladimir Putin geführt.",
    ],
    [
      "fr",
      "Kim Jong-un a rencontré Xi Jinping à Pékin le 4 septembre 2025. La veille, Kim avait rencontré Vladimir Poutine.",
    ],
    [
      "ru",
      "Ким Чен Ын встретился с Си Цзиньпином в Пекине 4 сентября 2025 года. Накануне Ким провел переговоры с Владимиром Путиным.",
    ],
  ])("%s", (lang, text) => {
    expect(putinDate(text, lang)).toBe("2025-09-03");
  });

  it("reads 'the eve of the summit' as no date from the meeting before", () => {
    const text =
      "Kim Jong Un met Xi Jinping in Beijing on 4 September 2025. On the eve of the parade, Kim held talks with Vladimir Putin.";
    expect(putinDate(text, "en")).not.toBe("2025-09-03");
  });
});

describe("'a day earlier' further on than the event told just before", () => {
  it("counts from the event the lead dates to the day", () => {
    const text = [
      "JAKARTA - Prabowo Subianto met Anthony Albanese in Jakarta on Wednesday, October 18.",
      "The two leaders discussed defence cooperation.",
      "Prabowo said the talks were useful.",
      "Albanese called Jakarta a close partner.",
      "He also invited Prabowo to visit Canberra.",
      "A day earlier, Foreign Minister Sugiono met Australian Foreign Minister Penny Wong.",
    ].join(" ");
    expect(dateOf(text, "en", /Penny Wong/)).toBe("2023-10-17");
  });
});
