import { languagePack } from "../../../src/extraction/languages";
import { alignWithTense, findDates, formatDate, parseReference } from "../../../src/extraction/resolveDates";

/** The first date in `text`, resolved against `published` and moved to the tense's side of it. */
function date(text: string, lang: string, published: string | undefined, future = false): string | null {
  const ref = parseReference(published);
  const [d] = findDates(text, 0, text.length, languagePack(lang), ref);
  return d ? formatDate(alignWithTense(d, ref, future)) : null;
}

describe("dates against the article's own date", () => {
  it("resolves Indonesian relative dates with the precision the text gives", () => {
    expect(date("Kishida berkunjung ke Jakarta bulan lalu.", "id", "2023-10-17T20:14:00+07:00")).toBe("2023-09");
    expect(date("Lavrov tiba pada hari Rabu besok.", "id", "2023-10-17T20:14:00+07:00", true)).toBe("2023-10-18");
    expect(date("Pertemuan berlangsung Rabu (13/9/2023).", "id", "2023-09-14")).toBe("2023-09-13");
    expect(date("Ia tiba kemarin.", "id", "2023-10-19")).toBe("2023-10-18");
  });

  it("resolves English weekdays and months to the past or the future as the tense says", () => {
    expect(date("They met on Tuesday.", "en", "2023-12-13")).toBe("2023-12-12");
    expect(date("They will meet on Tuesday.", "en", "2023-12-13", true)).toBe("2023-12-19");
    expect(date("They met in September.", "en", "2024-06-19")).toBe("2023-09");
    expect(date("They will meet in September.", "en", "2024-06-19", true)).toBe("2024-09");
    expect(date("He visited last month.", "en", "2023-10-17")).toBe("2023-09");
  });

  it("reads German bare months, which chrono's German parser lacks", () => {
    expect(date("Die beiden hatten sich im September getroffen.", "de", "2024-06-19")).toBe("2023-09");
  });

  it("keeps month precision when the article itself is dated by month only", () => {
    expect(date("Putin war am Dienstag angekommen.", "de", "2024-06")).toBe("2024-06");
  });

  it("drops durations and vague spans, and year-less dates when the article has no date", () => {
    expect(date("her first trip in 12 years", "en", "2024-06-19")).toBeNull();
    expect(date("Lavrov arrived earlier in the day.", "en", "2023-10-19")).toBeNull();
    expect(date("They met on Tuesday.", "en", undefined)).toBeNull();
    expect(date("They met on 13 September 2023.", "en", undefined)).toBe("2023-09-13");
  });
});

describe("'this' + a weekday is that day of the article's week (Monday to Sunday)", () => {
  // 2024-05-15 is a Wednesday: its week runs from Monday 13 to Sunday 19 May.
  it("reads 'this Tuesday' as the day before, in every language, whatever chrono's locale guesses", () => {
    expect(date("The ministers met this Tuesday.", "en", "2024-05-15")).toBe("2024-05-14");
    expect(date("Los ministros se reunieron este martes.", "es", "2024-05-15")).toBe("2024-05-14");
    expect(date("Die Minister trafen sich diesen Dienstag.", "de", "2024-05-15")).toBe("2024-05-14");
    expect(date("I ministri si sono incontrati questo martedì.", "it", "2024-05-15")).toBe("2024-05-14");
    expect(date("Les ministres se sont rencontrés ce mardi.", "fr", "2024-05-15")).toBe("2024-05-14");
  });

  it("reads 'this Sunday' as the end of the same week", () => {
    expect(date("The ministers will meet this Sunday.", "en", "2024-05-15", true)).toBe("2024-05-19");
    expect(date("Los ministros se reunirán este domingo.", "es", "2024-05-15", true)).toBe("2024-05-19");
  });
});

describe("a week or month counted from the article's ('last week', 'bulan depan') gives that month", () => {
  it("reads the week and month phrases of every language at month precision", () => {
    // 2024-03-04: a week before is still February; a week after, March.
    expect(date("The envoys met last week in Doha.", "en", "2024-03-04")).toBe("2024-02");
    expect(date("Kedua menteri bertemu pekan lalu di Jakarta.", "id", "2024-03-04")).toBe("2024-02");
    expect(date("Kedua menteri bertemu beberapa pekan lalu.", "id", "2024-03-20")).toBe("2024-03");
    expect(date("Die Außenminister trafen sich vergangene Woche in Genf.", "de", "2024-03-04")).toBe("2024-02");
    expect(date("Los cancilleres se reunieron la semana pasada.", "es", "2024-03-04")).toBe("2024-02");
    expect(date("Les ministres se sont rencontrés la semaine dernière.", "fr", "2024-03-04")).toBe("2024-02");
    expect(date("I ministri si sono incontrati la settimana scorsa.", "it", "2024-03-04")).toBe("2024-02");
    expect(date("Os ministros se encontraram na semana passada.", "pt", "2024-03-04")).toBe("2024-02");
    expect(date("Ministrowie spotkali się w zeszłym tygodniu.", "pl", "2024-03-04")).toBe("2024-02");
    expect(date("Министры встретились на прошлой неделе.", "ru", "2024-03-04")).toBe("2024-02");
    expect(date("The president will travel to Nairobi next week.", "en", "2024-03-28", true)).toBe("2024-04");
    expect(date("El presidente viajará a Brasilia el mes que viene.", "es", "2024-03-04", true)).toBe("2024-04");
    expect(date("Os ministros se encontraram no mês passado.", "pt", "2024-03-04")).toBe("2024-02");
    expect(date("Ministrowie spotkali się w ubiegłym miesiącu.", "pl", "2024-03-04")).toBe("2024-02");
  });

  it("reads a month marked as past ('November lalu', 'last November') as the latest one up to the article's, whatever the tense", () => {
    // Future tense would move a bare November to the coming one: the mark keeps it in the past.
    expect(date("The visit was meant to follow up the summit in Bali last November.", "en", "2023-02-04", true)).toBe(
      "2022-11",
    );
    expect(date("Kunjungan itu akan menindaklanjuti KTT di Bali pada November lalu.", "id", "2023-02-04", true)).toBe(
      "2022-11",
    );
    expect(date("Der Besuch soll an das Treffen im vergangenen November anknüpfen.", "de", "2023-02-04", true)).toBe(
      "2022-11",
    );
    expect(date("La visita dará seguimiento a la cumbre de noviembre pasado.", "es", "2023-02-04", true)).toBe(
      "2022-11",
    );
    expect(date("La visite prolongera le sommet de novembre dernier.", "fr", "2023-02-04", true)).toBe("2022-11");
    expect(date("La visita seguirà il vertice dello scorso novembre.", "it", "2023-02-04", true)).toBe("2022-11");
    expect(date("A visita dará seguimento à cúpula de novembro passado.", "pt", "2023-02-04", true)).toBe("2022-11");
    // A month earlier in the same year stays in it.
    expect(date("The visit will follow up their talks last January.", "en", "2023-02-04", true)).toBe("2023-01");
  });
});
