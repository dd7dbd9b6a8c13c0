import { extract } from "../../../src/extraction/extract";
import { article } from "./fixtures";

const run = (text: string, lang: string, published = "2023-09-16T08:00:00Z") => extract(article(text, lang, published));

/**
 * A plural title lists the persons holding it ("Prime Ministers A and B", "los cancilleres A y B",
 * "министры иностранных дел двух стран A и B"): each listed name is a person with that role, and the
 * two may be the ones who meet.
 */
describe("a plural title before the names it lists", () => {
  it.each([
    ["Prime Ministers Tomas Verhaal and Lucia Damaso met in Lisbon on Wednesday.", "en"],
    ["Los primeros ministros Tomas Verhaal y Lucia Damaso se reunieron en Lisboa el miércoles.", "es"],
    ["Министры иностранных дел двух стран Томас Верхаал и Андрей Колесник встретились в Лиссабоне в среду.", "ru"],
  ])("%s", (text, lang) => {
    const r = run(text, lang);
    const names = r.persons.map((p) => p.name);
    expect(names).toHaveLength(2);
    expect(r.meetings.map((m) => m.participants.length)).toEqual([2]);
  });

  it("keeps a known person's own country and lists three names", () => {
    const r = run("The foreign ministers, Ana Lopes, Karl Brenner, and Wang Yi, met in Geneva on Monday.", "en");
    expect(r.persons.map((p) => [p.name, p.country])).toEqual([
      ["Ana Lopes", null],
      ["Karl Brenner", null],
      ["Wang Yi", "CN"],
    ]);
  });

  it.each([
    ["Chile and Peru agreed on Friday in Lima, where Presidents Gabriel Boric and Dina Marelli met.", "en", "CL"],
    [
      "В Минске министры обороны двух стран Сергей Шойгу и Олег Дранко обсудили учения на белорусской территории.",
      "ru",
      "RU",
    ],
  ])("gives the one unknown name the sentence's other state: %s", (text, lang, known) => {
    const r = run(text, lang);
    const countries = r.persons.map((p) => p.country);
    expect(countries).toHaveLength(2);
    expect(countries).toContain(known);
    expect(countries.every((c) => c !== null)).toBe(true);
  });
});

/** "…, where he met Z": the pronoun is the sentence's subject, the traveller, not the one he met before. */
describe("a pronoun before a later meeting in the same sentence", () => {
  it.each([
    ["Scholz met Erdogan in Ankara on Monday and then flew to Kyiv, where he met Zelensky on Friday.", "en"],
    ["Scholz a rencontré Erdogan à Ankara lundi, puis s'est rendu à Kiev, où il a rencontré Zelensky vendredi.", "fr"],
  ])("%s", (text, lang) => {
    const pairs = run(text, lang).meetings.map((m) => [...m.participants].sort());
    expect(pairs).toContainEqual(["Olaf Scholz", "Volodymyr Zelensky"]);
    expect(pairs).not.toContainEqual(["Recep Tayyip Erdogan", "Volodymyr Zelensky"]);
  });
});

/** A date in an aside about someone ("X, whose party won on May 3, …") is not the meeting's. */
describe("a date in a relative aside", () => {
  it.each([
    ["Macron, whose party lost the vote on June 9, flew to Berlin on Wednesday and met Scholz.", "en"],
    ["Macron, dont le parti a perdu le 9 juin, s'est rendu à Berlin mercredi et a rencontré Scholz.", "fr"],
    ["Macron, cuyo partido perdió el 9 de junio, viajó a Berlín el miércoles y se reunió con Scholz.", "es"],
  ])("%s", (text, lang) => {
    const dates = run(text, lang, "2024-06-14T08:00:00Z").meetings.map((m) => m.date);
    expect(dates).toEqual(["2024-06-12"]);
  });
});

/** Talks told as held in the sentence of an arrival that day are over, though the visit goes on. */
describe("an arrival and talks held on the article's day", () => {
  it.each([
    ["Modi arrived in Moscow on Monday and held talks with Putin.", "en"],
    ["Modi tiba di Moskow pada Senin dan bertemu dengan Putin.", "id"],
  ])("%s", (text, lang) => {
    const r = run(text, lang, "2024-07-08T08:00:00Z");
    expect(r.meetings.map((m) => [m.status, m.date])).toEqual([["occurred", "2024-07-08"]]);
  });

  it("keeps an arrival alone ongoing", () => {
    const r = run("Modi arrived in Moscow on Monday for a two-day visit.", "en", "2024-07-08T08:00:00Z");
    expect(r.meetings.map((m) => m.status)).toEqual(["ongoing"]);
  });
});

/** "The two leaders" after a meeting of two and a third person named: the two who met. */
describe("the pair of the meeting just told", () => {
  it.each([
    [
      "On Monday, Chinese Foreign Minister Wang Yi met Russian Foreign Minister Sergei Lavrov in Beijing.\nWang said President Xi Jinping valued the ties.\nThe two ministers last held talks in Moscow in April.",
      "en",
    ],
    [
      "Menlu Wang Yi bertemu Menlu Rusia Sergei Lavrov di Beijing, Senin.\nWang mengatakan Presiden Xi Jinping menghargai hubungan itu.\nKedua menteri terakhir bertemu di Moskow pada April.",
      "id",
    ],
  ])("%s", (text, lang) => {
    const r = run(text, lang, "2024-07-10T08:00:00Z");
    const moscow = r.meetings.filter((m) => m.location.city === "Moscow").map((m) => [...m.participants].sort());
    expect(moscow).toEqual([["Sergey Lavrov", "Wang Yi"]]);
  });
});
