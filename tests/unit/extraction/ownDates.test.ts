import { extract } from "../../../src/extraction/extract";
import { languagePack } from "../../../src/extraction/languages";
import { alignWithTense, findDates, formatDate, parseReference } from "../../../src/extraction/resolveDates";
import { article } from "./fixtures";

/** The first date in `text` for an article of Wednesday 2025-01-15, moved to the tense's side of it. */
function date(text: string, lang: string, future = false): string | null {
  const ref = parseReference("2025-01-15");
  const [d] = findDates(text, 0, text.length, languagePack(lang), ref);
  return d ? formatDate(alignWithTense(d, ref, future)) : null;
}

describe("dates read by the pack's own words (weekdays, named days, a day with its month)", () => {
  it("reads Polish, which chrono has no parser for", () => {
    expect(date("Premierzy rozmawiali w poniedziałek w Gdańsku.", "pl")).toBe("2025-01-13");
    expect(date("Ministrowie spotkają się w sobotę w Pradze.", "pl", true)).toBe("2025-01-18");
    expect(date("Prezydent przyjął ambasadora w sobotę.", "pl")).toBe("2025-01-11");
    expect(date("Delegacja przyleciała wczoraj do Kijowa.", "pl")).toBe("2025-01-14");
    expect(date("Rozmowy odbędą się jutro.", "pl", true)).toBe("2025-01-16");
    expect(date("Szczyt odbył się 9 grudnia 2024 w Brukseli.", "pl")).toBe("2024-12-09");
    expect(date("Szef dyplomacji przybył w ubiegłą środę.", "pl")).toBe("2025-01-08");
  });

  it("reads a weekday after a past word as the last one before the article (chrono's Spanish reads next week's)", () => {
    expect(date("El canciller llegó el pasado lunes a Lima.", "es")).toBe("2025-01-13");
    expect(date("Посол прибыл в прошлую пятницу.", "ru")).toBe("2025-01-10");
    expect(date("O chanceler chegou na sexta-feira passada.", "pt")).toBe("2025-01-10");
  });

  it("reads forms chrono misses in its own locales", () => {
    expect(date("Lula recebeu o chanceler nesta terça em Brasília.", "pt")).toBe("2025-01-14");
    expect(date("Die Minister trafen sich am Montagabend in Rom.", "de")).toBe("2025-01-13");
    expect(date("The envoy will brief the council later today.", "en", true)).toBe("2025-01-15");
  });
});

describe("a short month name after a preposition ('im Mai', 'en mai', 'Ende Mai')", () => {
  it("reads the full name of the month, capitalised or as the pack spells it", () => {
    expect(date("Die Außenminister hatten sich im Mai in Wien getroffen.", "de")).toBe("2024-05");
    expect(date("Die Gespräche sollen Ende Mai beginnen.", "de", true)).toBe("2025-05");
    expect(date("Les deux ministres s'étaient vus en mai à Genève.", "fr")).toBe("2024-05");
    expect(date("As delegações voltaram a falar no final de março.", "pt")).toBe("2024-03");
  });

  it("does not read an abbreviation that is also a word", () => {
    expect(date("Los buques patrullaban en mar abierto.", "es")).toBeNull();
  });
});

describe("'later in the day', 'в тот же день': the day of the meeting told just before", () => {
  const published = "2025-01-15T10:00:00Z";
  const dateOf = (text: string, lang: string, who: RegExp) =>
    extract(article(text, lang, published)).meetings.find((m) => m.participants.some((p) => who.test(p)))?.date;

  it.each([
    [
      "en",
      "Emmanuel Macron met Olaf Scholz in Paris on Monday. He is due to meet Pedro Sánchez later in the day.",
      /Sánchez|Sanchez/,
    ],
    [
      "ru",
      "Сергей Лавров провёл переговоры с Ван И в понедельник. В тот же день Лавров встретился с Си Цзиньпином.",
      /Xi/,
    ],
  ])("%s", (lang, text, who) => {
    expect(dateOf(text, lang, who)).toBe("2025-01-13");
  });
});
