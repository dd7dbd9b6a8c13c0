import { extract } from "../../../src/extraction/extract";
import { article } from "./fixtures";

/** English pack words found by reading self-written wire copy on diplomacy beyond Russia–North Korea. */
const en = (text: string, publishedAt = "2025-05-14T08:00:00Z") => extract(article(text, "en", publishedAt));

describe("English pack: verbs of stance", () => {
  it.each([
    ["The Jordanian foreign ministry decried the Israeli strike on a school in Gaza.", "JO", "accuse"],
    ["Iran's foreign ministry deplored the decision by Britain.", "IR", "accuse"],
    ["Chinese Foreign Minister Wang Yi lashed out at Japan on Monday.", "Wang Yi", "accuse"],
    ["Chinese Foreign Minister Wang Yi blasted Japan over its defence budget.", "Wang Yi", "accuse"],
    ["The Kremlin disputed the report by the Pentagon.", "RU", "deny"],
    ["Indian Prime Minister Narendra Modi endorsed the French proposal.", "Narendra Modi", "support"],
    ["German Chancellor Olaf Scholz commended Kenya for leading the mission in Haiti.", "Olaf Scholz", "support"],
  ])("%s", (text, speaker, stance) => {
    const facts = en(text);
    expect(facts.statements.map((s) => [s.speaker, s.stance])).toContainEqual([speaker, stance]);
  });
});

describe("English pack: words that charge bad conduct accuse", () => {
  it.each([
    ["Chinese Foreign Ministry spokesperson Mao Ning said Washington was abusing the concept of national security."],
    ["Britain's Foreign Secretary David Lammy called the veto a disgrace."],
    ["Linda Thomas-Greenfield, the U.S. envoy at the United Nations, described Russia's move as cynical."],
  ])("%s", (text) => {
    const facts = en(text);
    expect(facts.statements.map((s) => s.stance)).toEqual(["accuse"]);
  });
});

describe("English pack: roles", () => {
  it("a Foreign Affairs Minister is a foreign minister", () => {
    const facts = en("Canada's Foreign Affairs Minister Melanie Joly announced sanctions on four Iranian entities.");
    const joly = facts.persons.find((p) => p.name === "Melanie Joly");
    expect(joly?.roles.map((r) => r.title)).toContain("Foreign Minister");
  });

  it("a chargé d'affaires is an envoy: summoning one is a meeting with his state", () => {
    const facts = en("Iran summoned the British chargé d'affaires, Simon Shercliff, on Tuesday.");
    const envoy = facts.persons.find((p) => p.name === "Simon Shercliff");
    expect(envoy?.country).toBe("GB");
    expect(facts.meetings.map((m) => m.participants)).toEqual([["Simon Shercliff", "IR"]]);
  });

  it("a military ruler is a leader", () => {
    const facts = en("Niger's military ruler, General Abdourahamane Tiani, met the Russian ambassador on Monday.");
    const ruler = facts.persons.find((p) => p.country === "NE");
    expect(ruler?.roles.map((r) => r.title)).toContain("Leader");
  });
});

describe("English pack: items sent", () => {
  it.each([
    ["Russia has deployed several hundred military instructors to Burkina Faso.", "RU", "BF", "troops"],
    ["The Philippines received two corvettes from South Korea on Thursday.", "KR", "PH", "weapons"],
    ["Turkey delivered armoured vehicles to Kenya last month.", "TR", "KE", "weapons"],
    ["China agreed to buy more Brazilian beef and soybeans.", "BR", "CN", "food"],
    ["Germany has approved the sale of 40 Eurofighter jets to Turkey.", "DE", "TR", "weapons"],
  ])("%s", (text, from, to, item) => {
    const facts = en(text);
    expect(facts.transfers.map((t) => [t.from, t.to, t.items])).toContainEqual([from, to, [item]]);
  });
});

describe("English pack: sanctions", () => {
  it("freezing a group's assets sanctions it", () => {
    const facts = en("The British Foreign Office said it had frozen the assets of eight Iranian individuals.");
    expect(facts.sanctions.map((s) => [s.imposer, s.targetCountry])).toEqual([["GB", ["IR"]]]);
  });

  it("export curbs on a target are sanctions", () => {
    const facts = en("Washington has imposed export curbs on Chinese chipmakers.");
    expect(facts.sanctions.map((s) => s.imposer)).toEqual(["US"]);
  });

  it("similar restrictions retell the sanctions told before for another imposer", () => {
    const facts = en(
      "The United States imposed export controls on Chinese chipmakers on Monday. Japan announced similar restrictions on Tuesday.",
    );
    expect(facts.sanctions.map((s) => s.imposer)).toEqual(["US", "JP"]);
  });
});

describe("English pack: attending an event abroad is a visit", () => {
  it.each([
    [
      "South Korean Defence Minister Kim Yong-hyun attended the signing ceremony in Warsaw on Friday.",
      "Kim Yong-hyun",
      "PL",
      "occurred",
    ],
    [
      "Kenyan President William Ruto will attend the inauguration ceremony in Brazil next week.",
      "William Ruto",
      "BR",
      "planned",
    ],
  ])("%s", (text, person, country, status) => {
    const facts = en(text);
    expect(facts.meetings.map((m) => [m.participants, m.status])).toEqual([[[person, country], status]]);
  });
});

describe("English pack: institutions that stand for their state", () => {
  it("the Farnesina summons an envoy for Italy", () => {
    const facts = en("The Farnesina summoned the Russian ambassador on Tuesday.");
    expect(facts.meetings.map((m) => [...m.countries].sort())).toEqual([["IT", "RU"]]);
  });

  it("the IDF speaks for Israel", () => {
    const facts = en("The IDF said it had struck Hezbollah targets in southern Lebanon.");
    expect(facts.statements.map((s) => s.speaker)).toEqual(["IL"]);
  });

  it("sanctions on IRGC commanders target Iran", () => {
    const facts = en("The United States sanctioned three IRGC commanders on Monday.");
    expect(facts.sanctions.map((s) => [s.imposer, s.targetCountry ?? s.target])).toEqual([["US", ["IR"]]]);
  });
});

describe("English pack: agreements", () => {
  it("a text only initialled is still to be signed", () => {
    const facts = en(
      "On Friday Azerbaijani President Ilham Aliyev and Armenian Prime Minister Nikol Pashinyan initialled the text of a peace agreement.",
    );
    expect(facts.agreements.map((a) => [a.parties, a.status])).toEqual([[["AM", "AZ"], "planned"]]);
  });
});
