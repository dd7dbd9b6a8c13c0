import { extract } from "../../../src/extraction/extract";
import { article } from "./fixtures";

const parties = (text: string, lang: string) =>
  extract(article(text, lang, "2024-11-20T09:00:00Z")).meetings.map((m) => [...m.participants].sort());

describe("a meeting noun with 'with': the one after it meets the clause's subject", () => {
  // A visit named between them would otherwise lend its visitor to the meeting.
  it.each([
    [
      "en",
      "Foreign Minister Penny Wong discussed a visit by Prime Minister Anthony Albanese during talks with Wang Yi.",
    ],
    [
      "id",
      "Menteri Luar Negeri Penny Wong membahas kunjungan Perdana Menteri Anthony Albanese dalam pertemuan dengan Wang Yi.",
    ],
    [
      "de",
      "Außenministerin Penny Wong besprach den Besuch von Premierminister Anthony Albanese bei Gesprächen mit Wang Yi.",
    ],
    ["es", "La canciller Penny Wong abordó la visita del primer ministro Anthony Albanese en una reunión con Wang Yi."],
  ])("%s", (lang, text) => {
    const found = parties(text, lang);
    expect(found).toContainEqual(["Penny Wong", "Wang Yi"]);
    expect(found).not.toContainEqual(["Anthony Albanese", "Wang Yi"]);
  });

  it("keeps the subject out when the one after 'with' is the subject", () => {
    expect(parties("Wang Yi held a meeting with Penny Wong in Beijing.", "en")).toEqual([["Penny Wong", "Wang Yi"]]);
  });
});

describe("one who comments on talks between two others is not at them", () => {
  it("drops the speaker of 'Kirby said' from the talks he describes", () => {
    const text = '"The meeting between Joe Biden and Xi Jinping in California was productive," John Kirby said.';
    expect(parties(text, "en")).toEqual([["Joe Biden", "Xi Jinping"]]);
  });

  it("keeps a speaker who is one of the two at the talks", () => {
    const text = '"My meeting with Xi Jinping was productive," Joe Biden said.';
    expect(parties(text, "en")).toEqual([["Joe Biden", "Xi Jinping"]]);
  });
});

describe("'the two ministers' of a meeting noun are the two just met", () => {
  it("dates the meeting of the two ministers, not one of a president named in between", () => {
    const text =
      "Foreign Minister Penny Wong met Wang Yi in Beijing and discussed a visit by Prime Minister Anthony Albanese. " +
      "The meeting of the two ministers took place on Monday, 18 November 2024.";
    const facts = extract(article(text, "en", "2024-11-20T09:00:00Z"));
    expect(facts.meetings.map((m) => [[...m.participants].sort(), m.date])).toContainEqual([
      ["Penny Wong", "Wang Yi"],
      "2024-11-18",
    ]);
    expect(facts.meetings.some((m) => m.participants.includes("Anthony Albanese") && m.date === "2024-11-18")).toBe(
      false,
    );
  });
});

describe("joint subjects of a summit with a guest", () => {
  it("all take part", () => {
    const text =
      "Japanese PM Fumio Kishida and South Korean President Yoon Suk Yeol will hold a trilateral summit with Philippine President Ferdinand Marcos Jr. in Manila in June.";
    expect(extract(article(text, "en", "2025-05-10T08:00:00Z")).meetings.map((m) => m.participants)).toEqual([
      ["Fumio Kishida", "Yoon Suk Yeol", "Ferdinand Marcos Jr."],
    ]);
  });
});

describe("talks with several guests listed", () => {
  const met = (text: string, lang: string) =>
    extract(article(text, lang, "2024-05-27T08:00:00Z")).meetings.map((m) => m.participants);

  it("takes every guest after 'with', joined by 'and', past their titles", () => {
    const text =
      "On Sunday, President Prabowo Subianto held talks with Australian Prime Minister Anthony Albanese and New Zealand Prime Minister Christopher Luxon.";
    expect(met(text, "en")).toEqual([["Prabowo Subianto", "Anthony Albanese", "Christopher Luxon"]]);
  });

  it.each([
    ["en", "On Sunday, Prabowo Subianto held separate meetings with Anthony Albanese and Christopher Luxon."],
    ["fr", "Emmanuel Macron a rencontré séparément Anthony Albanese et Christopher Luxon lundi à Paris."],
    ["it", "Giorgia Meloni si è incontrata separatamente con Anthony Albanese e con Christopher Luxon."],
  ])("%s: separate meetings are one with each guest", (lang, text) => {
    expect(met(text, lang).map((p) => p.slice(1))).toEqual([["Anthony Albanese"], ["Christopher Luxon"]]);
  });
});
