import { extract } from "../../../src/extraction/extract";
import { article } from "./fixtures";

/**
 * An undated meeting takes the date of a neighbouring sentence about its states, even one holding a
 * meeting word that made no meeting of its own ("at their joint summit"); never one reporting another meeting.
 */
describe("a neighbouring sentence about the meeting's states dates it", () => {
  const dateOf = (text: string, who: string) =>
    extract(article(text, "en", "2025-01-20T08:00:00Z")).meetings.find((m) => m.participants.includes(who))?.date;

  it("takes the day of the summit sentence that names the two states", () => {
    const text =
      "The presidents of Kenya and Tanzania opened a new border post on Friday during their joint summit in Namanga. " +
      "Kenyan President William Ruto received Tanzanian President Samia Suluhu Hassan at the state lodge.";
    expect(dateOf(text, "William Ruto")).toBe("2025-01-17");
  });

  it("does not take the date of a sentence that reports another meeting", () => {
    const text =
      "Kenyan President William Ruto met Ugandan President Yoweri Museveni in Kampala on Friday. " +
      "Kenyan President William Ruto received Tanzanian President Samia Suluhu Hassan at the state lodge.";
    expect(dateOf(text, "Samia Suluhu Hassan")).toBe("2025-01");
  });
});

describe("a meeting told in another year, without its month", () => {
  const dates = (text: string, lang: string) =>
    extract(article(text, lang, "2025-08-05T08:00:00Z")).meetings.map((m) => [m.status, m.date]);

  it.each([
    ["en", "India and Japan held talks in New Delhi in 2019."],
    ["en", "India and Japan held talks in New Delhi last year."],
    ["id", "India dan Jepang mengadakan pembicaraan di New Delhi tahun lalu."],
    ["de", "Indien und Japan führten im vergangenen Jahr Gespräche in Neu-Delhi."],
    ["ru", "Россия и Индия провели переговоры в Нью-Дели в 2019 году."],
  ])("%s: is not dated by the news month: %s", (lang, text) => {
    expect(dates(text, lang)).toEqual([["occurred", null]]);
  });

  it("but the article's own year, a year naming a thing, and a year after 'since' leave the news month", () => {
    expect(dates("India and Japan held talks in New Delhi in 2025.", "en")).toEqual([["occurred", "2025-08"]]);
    expect(dates("India and Iran held talks on the 2015 nuclear deal in Geneva.", "en")).toEqual([
      ["occurred", "2025-08"],
    ]);
    expect(dates("India and Japan held their first talks since 2019 in New Delhi.", "en")).toEqual([
      ["occurred", "2025-08"],
    ]);
  });
});

describe("a month of last year, told after the article's own month has passed", () => {
  it.each([
    ["en", "Sergey Lavrov met Hakan Fidan in Ankara in September last year."],
    ["id", "Sergey Lavrov bertemu Hakan Fidan di Ankara pada September tahun lalu."],
    ["ru", "Сергей Лавров встретился с Хаканом Фиданом в Анкаре в сентябре прошлого года."],
    ["de", "Sergej Lawrow traf Hakan Fidan im September vergangenen Jahres in Ankara."],
  ])("%s: is that month of the year before", (lang, text) => {
    const [meeting] = extract(article(text, lang, "2025-11-02T08:00:00Z")).meetings;
    expect(meeting?.date).toBe("2024-09");
  });
});
