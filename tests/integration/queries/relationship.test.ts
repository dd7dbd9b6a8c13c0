import { apiOnArticles } from "./harness";
import articles from "../../fixtures/queries/relationship.json";

/**
 * relationship(a, b) on Russia and North Korea, on a graph that ingestion wrote from
 * tests/fixtures/queries/relationship.json (real events of 2018 and 2019 in this project's words):
 * Kim and Putin in Vladivostok (told in English and Indonesian), Lavrov with Kim in Pyongyang, the
 * foreign ministers in Moscow and (undated) in Pyongyang, two Russian denials, an American
 * accusation, Kim's support, American sanctions on each of them, and Putin with Trump in Osaka. The
 * range from: "2018", to: "2019" sees this file's facts only, as no other test dates Russia or North
 * Korea in those years.
 */
const api = apiOnArticles(articles);
const haleyDay = articles[2].publishedAt!.slice(0, 10);
const [vladivostokEn, vladivostokId, haley, skripal, letter, osaka, moscow, pyongyang] = articles.map((a) => a.id);

const graph = async () => ({
  vladivostok: await api.fact("Meeting", [vladivostokEn, vladivostokId]),
  lavrovKim: await api.fact("Meeting", [vladivostokId], "2018-05"),
  riMoscow: await api.fact("Meeting", [moscow]),
  riPyongyang: await api.fact("Meeting", [pyongyang]),
  osaka: await api.fact("Meeting", [osaka]),
  denialEn: await api.fact("Statement", [vladivostokEn]),
  denialId: await api.fact("Statement", [vladivostokId]),
  accusation: await api.fact("Statement", [haley]),
  support: await api.fact("Statement", [letter]),
  warning: await api.fact("Statement", [osaka]),
  onKorea: await api.fact("Sanction", [vladivostokEn, haley]),
  onRussia: await api.fact("Sanction", [skripal]),
});
type Entry = { date: string; kind: string; fact: { id: string } };
/** A timeline's entries as "kind id", in no order (facts of one day may come in any). */
const entries = (timeline: Entry[]) => timeline.map((e) => `${e.kind} ${e.fact.id}`).sort();
const sortedDates = (timeline: Entry[]) => {
  const dates = timeline.map((e) => e.date);
  return dates.join() === [...dates].sort().join();
};
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
    const g = await graph();
    const { relationship: r } = await api.query(view, { a: "Russia", b: "Korea Utara", from: "2018", to: "2019" });
    expect(r.a).toEqual({ __typename: "Country", id: "RU", name: "Russia" });
    expect(r.b).toEqual({ __typename: "Country", id: "KP", name: "North Korea" });
    // Newest first; Osaka (Putin with an American) and Pompeo's warning (about Russia, not North
    // Korea) link other pairs.
    expect(ids(r.meetings)).toEqual([g.vladivostok.id, g.lavrovKim.id, g.riMoscow.id]);
    expect(r.meetings[0].sources.map((s: { article: { id: string } }) => s.article.id)).toEqual([
      vladivostokEn,
      vladivostokId,
    ]);
    expect(ids(r.statements)).toEqual([g.denialId.id, g.denialEn.id, g.accusation.id, g.support.id]);
    expect(r.sanctions).toEqual([
      { id: g.onKorea.id, imposer: { id: "US" }, target: { id: "KP" } },
      { id: g.onRussia.id, imposer: { id: "US" }, target: { id: "RU" } },
    ]);
    // The articles of the range reporting a meeting or statement between them: not the German one,
    // which reports only a sanction, nor Osaka's, nor the two undated ones (no date is in a range).
    expect(r.articles).toEqual({
      totalCount: 4,
      nodes: [{ id: vladivostokId }, { id: vladivostokEn }],
      pageInfo: { hasNextPage: true },
    });
    expect(sortedDates(r.timeline)).toBe(true);
    expect(entries(r.timeline)).toEqual(
      [
        `MEETING ${g.riMoscow.id}`,
        `MEETING ${g.lavrovKim.id}`,
        `SANCTION ${g.onRussia.id}`,
        `STATEMENT ${g.support.id}`,
        `STATEMENT ${g.accusation.id}`,
        `SANCTION ${g.onKorea.id}`,
        `MEETING ${g.vladivostok.id}`,
        `STATEMENT ${g.denialEn.id}`,
        `STATEMENT ${g.denialId.id}`,
      ].sort(),
    );
    // A sanction is dated by the day of its earliest report (Haley's article, before Vladivostok).
    const onKorea = r.timeline.find((e: Entry) => e.fact.id === g.onKorea.id);
    expect(onKorea).toEqual({
      date: haleyDay,
      kind: "SANCTION",
      fact: { id: g.onKorea.id, kind: "SANCTION", firstReported: haleyDay },
    });
    expect(r.summary).toEqual({
      meetings: 3,
      statements: 4,
      sanctions: 2,
      articles: 4,
      firstSeen: "2018-04",
      lastSeen: g.denialId.date,
      stances: [
        { side: { id: "RU" }, stance: "DENY", count: 2 },
        { side: { id: "KP" }, stance: "SUPPORT", count: 1 },
        { side: null, stance: "ACCUSE", count: 1 },
      ],
    });
  });

  it("accepts codes and leader names, and a leader's side is that person alone", async () => {
    const g = await graph();
    const { relationship: r } = await api.query(view, { a: "Kim Jong Un", b: "RU", from: "2018", to: "2019" });
    expect(r.a.__typename).toBe("Leader");
    // Kim met Putin and Lavrov; the foreign ministers' meeting in Moscow was not his.
    expect(ids(r.meetings)).toEqual([g.vladivostok.id, g.lavrovKim.id]);
    // Kim about Russia; Russia's denials are about North Korea, not about Kim.
    expect(ids(r.statements)).toEqual([g.support.id]);
    expect(r.summary.stances).toEqual([{ side: { id: "kim-jong-un" }, stance: "SUPPORT", count: 1 }]);
    // Sanctions on either side: on Russia; the one on North Korea is not on Kim.
    expect(ids(r.sanctions)).toEqual([g.onRussia.id]);
  });

  it("holds the latest `first` of each kind and counts them all", async () => {
    const g = await graph();
    const { relationship: r } = await api.query(
      `{ relationship(a: "RU", b: "KP", from: "2018", to: "2019", first: 1) { meetings { id } statements { id } sanctions { id } summary { meetings statements sanctions } } }`,
    );
    expect(r).toEqual({
      meetings: [{ id: g.vladivostok.id }],
      statements: [{ id: g.denialId.id }],
      sanctions: [{ id: g.onKorea.id }],
      summary: { meetings: 3, statements: 4, sanctions: 2 },
    });
    expect((await api.failure(`{ relationship(a: "RU", b: "KP", first: 101) { meetings { id } } }`)).message).toContain(
      "101",
    );
  });

  it("keeps undated facts in the lists but not in the timeline when no range is given", async () => {
    const g = await graph();
    const { relationship: r } = await api.query(
      `{ relationship(a: "RU", b: "KP", first: 100) { meetings { id } timeline { date kind fact { id } } } }`,
    );
    expect(ids(r.meetings)).toEqual(
      expect.arrayContaining([g.vladivostok.id, g.lavrovKim.id, g.riMoscow.id, g.riPyongyang.id]),
    );
    expect(ids(r.meetings)).not.toContain(g.osaka.id);
    expect(r.timeline.map((e: Entry) => e.fact.id)).not.toContain(g.riPyongyang.id);
    expect(sortedDates(r.timeline)).toBe(true);
  });

  it("narrows to a date range", async () => {
    const g = await graph();
    const { relationship: r } = await api.query(view, { a: "RU", b: "KP", from: "2018-08", to: "2018-09" });
    expect(sortedDates(r.timeline)).toBe(true);
    expect(entries(r.timeline)).toEqual(
      [
        `SANCTION ${g.onRussia.id}`,
        `STATEMENT ${g.support.id}`,
        `STATEMENT ${g.accusation.id}`,
        `SANCTION ${g.onKorea.id}`,
      ].sort(),
    );
  });

  it("has no first or last seen when nothing falls in the range, though earlier facts share its year", async () => {
    const { relationship: r } = await api.query(view, { a: "RU", b: "KP", from: "2019-09", to: "2019" });
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
