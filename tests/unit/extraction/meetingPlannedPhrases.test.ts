import { extract } from "../../../src/extraction/extract";
import { article } from "./fixtures";

/** A meeting phrase that holds its own future auxiliary ("vai se reunir") is a plan, and its weekday lies ahead. */
describe("meeting phrases that hold their future auxiliary", () => {
  it.each([
    ["Lula vai se reunir com Narendra Modi na terça-feira em Brasília.", "Narendra Modi"],
    ["Lula e Narendra Modi vão se reunir na terça-feira em Brasília.", "Narendra Modi"],
  ])("%s", (text, who) => {
    const meeting = extract(article(text, "pt", "2024-06-19T08:00:00Z")).meetings.find((m) =>
      m.participants.includes(who),
    );
    expect([meeting?.status, meeting?.date]).toEqual(["planned", "2024-06-25"]);
  });
});

/** A meeting that may come is a plan, and its month lies ahead. */
describe("meetings that may come", () => {
  it.each([
    ["en", "Narendra Modi could meet Xi Jinping in Kazan in October."],
    ["en", "Narendra Modi might meet Xi Jinping in Kazan in October."],
    ["id", "Narendra Modi kemungkinan bertemu Xi Jinping di Kazan pada Oktober."],
  ])("%s: %s", (lang, text) => {
    const meeting = extract(article(text, lang, "2024-07-26T08:00:00Z")).meetings.find((m) =>
      m.participants.includes("Xi Jinping"),
    );
    expect([meeting?.status, meeting?.date]).toEqual(["planned", "2024-10"]);
  });
});

/** A visit a verb of inviting governs is to come, wherever the verb stands; a visit at someone's invitation happened. */
describe("invited visits", () => {
  it.each([
    ["Modi hat Scholz zu einem Besuch nach Neu-Delhi eingeladen."],
    ["Modi lud Scholz zu einem Besuch nach Neu-Delhi im kommenden Jahr ein."],
  ])("%s", (text) => {
    const visits = extract(article(text, "de", "2024-10-28T08:00:00Z")).meetings;
    expect(visits.map((m) => [m.participants, m.status])).toEqual([[["Olaf Scholz", "IN"], "planned"]]);
  });

  it("reads a plan word right after a verb-final meeting verb as a plan", () => {
    const m = extract(article("Baerbock will am Mittwoch in Peking Wang Yi treffen.", "de", "2024-10-28T08:00:00Z"))
      .meetings[0];
    expect([m?.status, m?.date]).toEqual(["planned", "2024-10-30"]);
    const sub = extract(
      article("Baerbock ist in Peking, wo sie am Mittwoch Wang Yi treffen will.", "de", "2024-10-28T08:00:00Z"),
    ).meetings.find((x) => x.participants.includes("Wang Yi"));
    expect([sub?.status, sub?.date]).toEqual(["planned", "2024-10-30"]);
  });
});

/** A Polish perfective verb of travelling in the present form is future: the trip is planned. */
describe("Polish future trips", () => {
  it.each([
    ["Prezydent Karol Nawrocki uda się w przyszłym tygodniu do Waszyngtonu."],
    ["Karol Nawrocki poleci w przyszłym tygodniu do Waszyngtonu."],
  ])("%s", (text) => {
    const trip = extract(article(text, "pl", "2025-09-01T08:00:00Z")).meetings[0];
    expect([trip?.participants, trip?.status]).toEqual([["Karol Nawrocki", "US"], "planned"]);
  });
});

describe("a plan word after a meeting noun's parties", () => {
  it.each([
    "Talks between Iranian Foreign Minister Abbas Araghchi and U.S. envoy Steve Witkoff are scheduled for Saturday in Muscat.",
    "The sanctions come days before talks between Iranian Foreign Minister Abbas Araghchi and U.S. envoy Steve Witkoff, scheduled for Saturday in Muscat.",
  ])("%s", (text) => {
    expect(extract(article(text, "en", "2025-04-10T08:00:00Z")).meetings).toEqual([
      expect.objectContaining({
        participants: ["Abbas Araghchi", "Steve Witkoff"],
        date: "2025-04-12",
        status: "planned",
      }),
    ]);
  });
});

describe("a German trip told in the present", () => {
  it("is one to come, on the weekday ahead", () => {
    const text = "Außenminister Johann Wadephul reist am Donnerstag nach Washington, wo er Marco Rubio treffen will.";
    expect(extract(article(text, "de", "2025-05-21T08:00:00Z")).meetings).toEqual([
      expect.objectContaining({ date: "2025-05-22", status: "planned" }),
    ]);
  });
});

describe("a meeting noun with adjectives as a trip's purpose", () => {
  it("is the trip's meeting, planned with it", () => {
    const text =
      "Modi is expected to travel to Moscow in July for an annual summit with Russian President Vladimir Putin, officials said.";
    expect(extract(article(text, "en", "2025-03-25T08:00:00Z")).meetings).toEqual([
      expect.objectContaining({
        participants: ["Narendra Modi", "Vladimir Putin"],
        date: "2025-07",
        status: "planned",
      }),
    ]);
  });
});

describe("a plan word between a subject and a verb-final verb past a long object", () => {
  it("makes the meeting one to come", () => {
    const text =
      "Bundeskanzler Olaf Scholz wird am Freitag den türkischen Präsidenten Recep Tayyip Erdogan in Berlin empfangen.";
    expect(extract(article(text, "de", "2023-11-15T08:00:00Z")).meetings).toEqual([
      expect.objectContaining({ date: "2023-11-17", status: "planned" }),
    ]);
  });
});

/** The day a plan was announced is not the day it is for. */
describe("a plan told with the day it was announced", () => {
  it.each([
    ["en", "Foreign Minister Penny Wong will travel to Beijing, her office said on Wednesday."],
    ["es", "El canciller José Albares viajará a Pekín, dijo el miércoles su ministerio."],
  ])("%s: %s", (lang, text) => {
    const [meeting] = extract(article(text, lang, "2024-06-19T08:00:00Z")).meetings;
    expect([meeting?.status, meeting?.date]).toEqual(["planned", null]);
  });

  it("still dates a meeting that took place by the day it is told", () => {
    const [meeting] = extract(
      article("Penny Wong met Wang Yi in Beijing, her office said on Wednesday.", "en", "2024-06-19T08:00:00Z"),
    ).meetings;
    expect([meeting?.status, meeting?.date]).toEqual(["occurred", "2024-06-19"]);
  });
});

describe("a visit noun in apposition to the trip just told", () => {
  it("is that trip, not a second one that took place ('…, the first such visit since 2023')", () => {
    const text =
      "Prime Minister Anthony Albanese is scheduled to travel to Beijing later this year, the first such visit since 2023.";
    const meetings = extract(article(text, "en", "2025-03-03T08:00:00Z")).meetings;
    expect(meetings.map((m) => [m.participants, m.status])).toEqual([[["Anthony Albanese", "CN"], "planned"]]);
  });
});

describe("an invitation to travel, with the trip's place and month", () => {
  it.each([
    ["en", "Joe Biden invited Narendra Modi to visit Washington in June.", "US"],
    ["fr", "Emmanuel Macron a invité Narendra Modi à se rendre à Paris en juin.", "FR"],
    ["it", "Giorgia Meloni ha invitato Narendra Modi a visitare Roma a giugno.", "IT"],
  ])("%s: is one planned trip", (lang, text, place) => {
    const meetings = extract(article(text, lang, "2025-03-02T08:00:00Z")).meetings;
    expect(meetings.map((m) => [m.participants, m.status, m.date])).toEqual([
      [["Narendra Modi", place], "planned", "2025-06"],
    ]);
  });
});
