import { apiHarness } from "./harness";
import { SeedGraph } from "./seedGraph";

/**
 * relationship(a, b) on Russia and North Korea, with facts dated 1951 so that the range
 * from: "1951", to: "1951" sees this file's facts only, whatever else the graph holds. Ids start with qtr.
 */
const seed = new SeedGraph("qtr")
  .country("RU", "Russia", ["Russia", "Rusia", "Russland"])
  .country("KP", "North Korea", ["North Korea", "Korea Utara", "Nordkorea"])
  .country("US", "United States", ["United States"])
  .person("qtr-ivanov", "Ivan Qtrov", "RU")
  .person("qtr-pak", "Pak Qtr", "KP")
  .person("qtr-smith", "John Qtrsmith", "US")
  .article({ id: "qtr-a1", language: "en", publishedAt: "1951-01-15T08:00:00Z" })
  .article({ id: "qtr-a2", language: "id", publishedAt: "1951-03-11T08:00:00Z" })
  .article({ id: "qtr-a3", language: "en", publishedAt: "1951-06-01T08:00:00Z" })
  .article({ id: "qtr-a4", language: "de", publishedAt: "1951-07-01T08:00:00Z" })
  .article({ id: "qtr-a5", language: "en", publishedAt: "1951-08-01T08:00:00Z" })
  .meeting("qtr-m1", {
    date: "1951-03-10",
    participants: ["qtr-ivanov", "qtr-pak"],
    location: "KP",
    reports: ["qtr-a2", "qtr-a1"],
  })
  .meeting("qtr-m2", { date: "1951-05", participants: ["RU", "KP"], reports: ["qtr-a2"] })
  .meeting("qtr-m3", { date: "1951-04-01", participants: ["qtr-ivanov", "qtr-smith"], reports: ["qtr-a5"] })
  .meeting("qtr-m4", { date: null, participants: ["qtr-pak", "qtr-ivanov"], reports: ["qtr-a5"] })
  .statement("qtr-s1", { speaker: "RU", about: ["KP"], stance: "deny", date: "1951-03-12", reports: ["qtr-a1"] })
  .statement("qtr-s2", {
    speaker: "qtr-pak",
    about: ["RU"],
    stance: "support",
    date: "1951-06-01",
    reports: ["qtr-a3"],
  })
  .statement("qtr-s3", {
    speaker: "qtr-smith",
    about: ["RU", "KP"],
    stance: "accuse",
    date: "1951-02-01",
    reports: ["qtr-a3"],
  })
  .statement("qtr-s4", { speaker: "qtr-smith", about: ["RU"], stance: "warn", date: "1951-02-02", reports: ["qtr-a5"] })
  .statement("qtr-s5", { speaker: "RU", about: ["KP"], stance: "deny", date: "1951-04-02", reports: ["qtr-a2"] })
  .sanction("qtr-x1", { imposer: "US", target: "KP", reason: "tests", reports: ["qtr-a1", "qtr-a3"] })
  .sanction("qtr-x2", { imposer: "KP", target: "qtr-ivanov", status: "announced", reports: ["qtr-a4"] });

const api = apiHarness(seed);
const ids = (list: Array<{ id: string }>) => list.map((f) => f.id);

const view = `query ($a: String!, $b: String!, $from: String, $to: String) {
  relationship(a: $a, b: $b, from: $from, to: $to) {
    a { __typename id name } b { __typename id name }
    meetings { id date participants { id } sources { article { id } } }
    statements { id stance speaker { id } }
    sanctions { id imposer { id } target { id } }
    articles(first: 2) { totalCount nodes { id } pageInfo { hasNextPage } }
    timeline { date kind fact { id kind ... on Meeting { status } ... on Statement { stance } ... on Sanction { firstReported } } }
    summary { meetings statements sanctions articles firstSeen lastSeen stances { side { id } stance count } }
  }
}`;

describe("relationship(a, b)", () => {
  it("gives Russia–North Korea: the latest meetings, statements, sanctions, articles, a timeline and the summary", async () => {
    const { relationship: r } = await api.query(view, { a: "Russia", b: "Korea Utara", from: "1951", to: "1951" });
    expect(r.a).toEqual({ __typename: "Country", id: "RU", name: "Russia" });
    expect(r.b).toEqual({ __typename: "Country", id: "KP", name: "North Korea" });
    // Newest first; m3 (Ivanov with an American) and s4 (about Russia alone) link other pairs.
    expect(ids(r.meetings)).toEqual(["qtr-m2", "qtr-m1"]);
    expect(r.meetings[1].sources.map((s: { article: { id: string } }) => s.article.id)).toEqual(["qtr-a1", "qtr-a2"]);
    expect(ids(r.statements)).toEqual(["qtr-s2", "qtr-s5", "qtr-s1", "qtr-s3"]);
    expect(r.sanctions).toEqual([
      { id: "qtr-x2", imposer: { id: "KP" }, target: { id: "qtr-ivanov" } },
      { id: "qtr-x1", imposer: { id: "US" }, target: { id: "KP" } },
    ]);
    // The articles reporting a meeting or statement between them: a1, a2, a3 and a5 (the undated
    // m4), not a4, which reports only a sanction.
    expect(r.articles).toEqual({
      totalCount: 4,
      nodes: [{ id: "qtr-a5" }, { id: "qtr-a3" }],
      pageInfo: { hasNextPage: true },
    });
    expect(
      r.timeline.map((e: { date: string; kind: string; fact: { id: string } }) => [e.date, e.kind, e.fact.id]),
    ).toEqual([
      ["1951-01-15", "SANCTION", "qtr-x1"],
      ["1951-02-01", "STATEMENT", "qtr-s3"],
      ["1951-03-10", "MEETING", "qtr-m1"],
      ["1951-03-12", "STATEMENT", "qtr-s1"],
      ["1951-04-02", "STATEMENT", "qtr-s5"],
      ["1951-05", "MEETING", "qtr-m2"],
      ["1951-06-01", "STATEMENT", "qtr-s2"],
      ["1951-07-01", "SANCTION", "qtr-x2"],
    ]);
    expect(r.timeline[0].fact).toEqual({ id: "qtr-x1", kind: "SANCTION", firstReported: "1951-01-15" });
    expect(r.summary).toEqual({
      meetings: 2,
      statements: 4,
      sanctions: 2,
      articles: 4,
      firstSeen: "1951-01-15",
      lastSeen: "1951-07-01",
      stances: [
        { side: { id: "RU" }, stance: "DENY", count: 2 },
        { side: { id: "KP" }, stance: "SUPPORT", count: 1 },
        { side: null, stance: "ACCUSE", count: 1 },
      ],
    });
  });

  it("accepts codes and leader names, and a leader's side is that person alone", async () => {
    const { relationship: r } = await api.query(view, { a: "Pak Qtr", b: "RU", from: "1951", to: "1951" });
    expect(r.a.__typename).toBe("Leader");
    // Pak met Ivanov (a Russian); m2 was Russia with North Korea, not with Pak.
    expect(ids(r.meetings)).toEqual(["qtr-m1"]);
    // Pak about Russia; Russia's own statements are about North Korea, not about Pak.
    expect(ids(r.statements)).toEqual(["qtr-s2"]);
    expect(r.summary.stances).toEqual([{ side: { id: "qtr-pak" }, stance: "SUPPORT", count: 1 }]);
    // Sanctions on either side: on Ivanov, a Russian; x1 is on North Korea, not on Pak.
    expect(ids(r.sanctions)).toEqual(["qtr-x2"]);
  });

  it("holds the latest `first` of each kind and counts them all", async () => {
    const { relationship: r } = await api.query(
      `{ relationship(a: "RU", b: "KP", from: "1951", to: "1951", first: 1) { meetings { id } statements { id } sanctions { id } summary { meetings statements sanctions } } }`,
    );
    expect(r).toEqual({
      meetings: [{ id: "qtr-m2" }],
      statements: [{ id: "qtr-s2" }],
      sanctions: [{ id: "qtr-x2" }],
      summary: { meetings: 2, statements: 4, sanctions: 2 },
    });
    expect((await api.failure(`{ relationship(a: "RU", b: "KP", first: 101) { meetings { id } } }`)).message).toContain(
      "101",
    );
  });

  it("keeps undated facts in the lists but not in the timeline when no range is given", async () => {
    const { relationship: r } = await api.query(view, { a: "RU", b: "KP" });
    expect(ids(r.meetings)).toEqual(expect.arrayContaining(["qtr-m1", "qtr-m2", "qtr-m4"]));
    expect(ids(r.meetings)).not.toContain("qtr-m3");
    expect(r.timeline.map((e: { fact: { id: string } }) => e.fact.id)).not.toContain("qtr-m4");
    const dates = r.timeline.map((e: { date: string }) => e.date);
    expect(dates).toEqual([...dates].sort());
  });

  it("narrows to a date range", async () => {
    const { relationship: r } = await api.query(view, { a: "RU", b: "KP", from: "1951-03", to: "1951-04" });
    expect(r.timeline.map((e: { fact: { id: string } }) => e.fact.id)).toEqual(["qtr-m1", "qtr-s1", "qtr-s5"]);
  });

  it("has no first or last seen when nothing falls in the range, though earlier facts share its year", async () => {
    const { relationship: r } = await api.query(view, { a: "RU", b: "KP", from: "1951-09", to: "1951" });
    expect(r.summary).toMatchObject({ meetings: 0, statements: 0, sanctions: 0, firstSeen: null, lastSeen: null });
  });

  it("refuses an unknown name, the same actor twice and a bad date, naming the value", async () => {
    const unknown = await api.failure(view, { a: "Atlantis", b: "KP" });
    expect(unknown).toEqual({
      code: "BAD_USER_INPUT",
      message: 'newsgraph knows no country, organization or leader called "Atlantis".',
    });
    const same = await api.failure(view, { a: "RU", b: "Rusia" });
    expect(same.code).toBe("BAD_USER_INPUT");
    expect(same.message).toMatch(/"RU".*"Rusia"/);
    expect((await api.failure(view, { a: "RU", b: "KP", from: "last year" })).message).toContain('"last year"');
  });
});
