import { extract } from "../../../src/extraction/extract";
import { allFixtures, allSpans, fixture } from "./fixtures";

describe("extract: whole articles", () => {
  it("reads the Vostochny summit report (Indonesian) into its facts", () => {
    const facts = extract(fixture("vostochny-summit.id"));
    expect(facts.language).toBe("id");
    expect(facts.countries.map((c) => c.code)).toEqual(expect.arrayContaining(["KP", "RU", "US", "UA"]));
    expect(facts.persons.map((p) => p.name).sort()).toEqual(["Dmitry Peskov", "Kim Jong Un", "Vladimir Putin"]);
    expect(facts.meetings).toEqual([
      expect.objectContaining({
        participants: ["Kim Jong Un", "Vladimir Putin"],
        date: "2023-09-13",
        status: "occurred",
        location: { country: "RU", city: "Vostochny" },
      }),
      expect.objectContaining({
        participants: ["Vladimir Putin", "KP"],
        status: "planned",
        location: { country: "KP", city: "Pyongyang" },
      }),
    ]);
    expect(facts.sanctions).toEqual([
      expect.objectContaining({ imposer: "UN", target: "KP", status: "in_force", reason: "program rudal balistiknya" }),
    ]);
    const stances = facts.statements.map((s) => [s.speaker, s.stance]);
    expect(stances).toEqual(
      expect.arrayContaining([
        ["Vladimir Putin", "support"],
        ["Dmitry Peskov", "deny"],
        ["US", "warn"],
      ]),
    );
    expect(facts.statements.find((s) => s.speaker === "Vladimir Putin")?.quote).toBe(
      "Kami akan membantu mereka membangun satelit, itulah alasan kami datang ke sini",
    );
  });

  it("reads the Lavrov visit report (English): an ongoing visit, a planned meeting, denials and accusations", () => {
    const facts = extract(fixture("lavrov-pyongyang.en"));
    expect(facts.meetings).toEqual([
      expect.objectContaining({
        participants: ["Sergey Lavrov", "KP"],
        date: "2023-10-18",
        status: "ongoing",
        location: { country: "KP", city: "Pyongyang" },
      }),
      expect.objectContaining({
        participants: ["Sergey Lavrov", "Choe Son Hui"],
        date: "2023-10-19",
        status: "planned",
      }),
    ]);
    const byStance = (stance: string) =>
      facts.statements
        .filter((s) => s.stance === stance)
        .map((s) => s.speaker)
        .sort();
    expect(byStance("deny")).toEqual(["Dmitry Peskov", "KP", "RU"]);
    expect(byStance("accuse")).toEqual(["US"]);
    expect(facts.sanctions).toEqual([expect.objectContaining({ imposer: "US", target: "KP", status: "in_force" })]);
    expect(facts.persons.map((p) => p.name)).not.toContain("Jane Holloway");
  });

  it("reads sanctions, a welcome and a planned trip (Indonesian)", () => {
    const facts = extract(fixture("sanksi-uni-eropa.id"));
    expect(facts.sanctions).toEqual([expect.objectContaining({ imposer: "EU", target: "RU", status: "announced" })]);
    expect(facts.statements).toEqual(
      expect.arrayContaining([
        expect.objectContaining({
          speaker: "Volodymyr Zelensky",
          stance: "support",
          quote: "Setiap sanksi baru mendekatkan kita pada perdamaian",
        }),
        expect.objectContaining({ speaker: "RU", stance: "accuse" }),
      ]),
    );
    expect(facts.meetings).toEqual([
      expect.objectContaining({
        participants: ["Sergey Lavrov", "Wang Yi"],
        date: "2023-07",
        status: "planned",
        location: { country: "CN", city: "Beijing" },
      }),
    ]);
  });

  it("reads a veto: the sanctions vetoed, the sanctions still in force, and envoys found by their roles", () => {
    const facts = extract(fixture("un-panel-veto.en"));
    expect(facts.sanctions.map((s) => [s.imposer, s.target, s.status])).toEqual([
      ["UN", "KP", "vetoed"],
      ["UN", "KP", "in_force"],
    ]);
    expect(facts.persons).toEqual([
      expect.objectContaining({
        name: "Barbara Woodward",
        country: "GB",
        roles: [{ title: "Ambassador to the UN", country: "GB" }],
      }),
      expect.objectContaining({
        name: "Dmitry Polyanskiy",
        country: "RU",
        roles: [{ title: "Deputy Envoy", country: "RU" }],
      }),
    ]);
    expect(facts.statements.find((s) => s.speaker === "Barbara Woodward")?.stance).toBe("accuse");
  });

  it("reads a hosted visit, a warning, thanks and a dismissal (English)", () => {
    const facts = extract(fixture("zelensky-white-house.en"));
    expect(facts.meetings).toEqual([
      expect.objectContaining({
        participants: ["Joe Biden", "Volodymyr Zelensky"],
        date: "2023-12-12",
        status: "occurred",
        location: { country: "US", city: null },
      }),
    ]);
    expect(facts.statements.map((s) => [s.speaker, s.stance])).toEqual([
      ["Joe Biden", "warn"],
      ["Volodymyr Zelensky", "support"],
      ["RU", "deny"],
    ]);
  });

  it("tells a cancelled visit from a planned meeting (Indonesian)", () => {
    const facts = extract(fixture("prabowo-moskow.id"));
    expect(facts.meetings.map((m) => [m.participants, m.status, m.date])).toEqual([
      [["Prabowo Subianto", "RU"], "cancelled", "2025-05"],
      [["Sugiono", "Sergey Lavrov"], "planned", "2025-06"],
    ]);
  });

  it("reads German and Spanish reports: leaders, the meeting and its date", () => {
    const de = extract(fixture("scholz-macron.de"));
    expect(de.meetings).toEqual([
      expect.objectContaining({
        participants: ["Olaf Scholz", "Emmanuel Macron"],
        date: "2024-05-27",
        location: { country: "DE", city: "Berlin" },
      }),
    ]);
    expect(de.statements).toEqual([expect.objectContaining({ speaker: "Emmanuel Macron", stance: "warn" })]);
    const es = extract(fixture("kishida-seoul.es"));
    expect(es.meetings).toEqual([
      expect.objectContaining({
        participants: ["Fumio Kishida", "Yoon Suk Yeol"],
        date: "2023-05-07",
        location: { country: "KR", city: "Seoul" },
      }),
    ]);
    expect(es.countries.map((c) => c.code).sort()).toEqual(["JP", "KP", "KR"]);
  });

  it.each(allFixtures().map((a) => [a.id, a] as const))("points every fact of %s at the original text", (_id, a) => {
    const facts = extract(a);
    const spans = allSpans(facts);
    expect(spans.length).toBeGreaterThan(0);
    for (const s of spans) expect(a.text.slice(s.start, s.end)).toBe(s.text);
  });

  it("gives byte-identical output for the same input", () => {
    for (const a of allFixtures()) expect(JSON.stringify(extract({ ...a }))).toBe(JSON.stringify(extract(a)));
  });

  it("returns exactly the contract's fields", () => {
    const facts = extract(fixture("lavrov-pyongyang.en"));
    expect(Object.keys(facts)).toEqual([
      "id",
      "language",
      "countries",
      "persons",
      "meetings",
      "sanctions",
      "statements",
      "agreements",
      "transfers",
    ]);
    expect(Object.keys(facts.meetings[0])).toEqual([
      "participants",
      "countries",
      "location",
      "date",
      "status",
      "evidence",
    ]);
    expect(Object.keys(facts.statements[0])).toEqual([
      "speaker",
      "speakerCountry",
      "stance",
      "about",
      "quote",
      "summary",
      "evidence",
    ]);
    expect(Object.keys(facts.persons[0])).toEqual(["name", "country", "roles", "mentions"]);
  });
});
