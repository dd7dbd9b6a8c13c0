import { apiOnArticles } from "./harness";
import articles from "../../fixtures/queries/lists.json";

/**
 * The meetings, statements, sanctions and articles lists: filters, nested fields, bad input, on a
 * graph that ingestion wrote from tests/fixtures/queries/lists.json (Lithuania and Belarus, real
 * events of 2009-2023 in this project's words): an English wire story and an Indonesian paper both
 * tell Lukashenko's 2009 visit to Vilnius and Lithuania's sanctions; the paper adds Biden's visit
 * (a month), Lukashenko's accusation and sanctions on a Lithuanian minister; an undated story tells
 * a meeting with Belarus's opposition. No other test writes Lithuania or its people.
 */
const api = apiOnArticles(articles);
const [wire, paper, undated] = articles;
const wireDay = wire.publishedAt!.slice(0, 10);
const ids = (connection: { nodes: Array<{ id: string }> }) => connection.nodes.map((n) => n.id);
const factBy = async (kind: "Meeting" | "Statement" | "Sanction", ...sources: Array<{ id: string }>) =>
  (
    await api.fact(
      kind,
      sources.map((a) => a.id),
    )
  ).id;
const sentenceOf = (article: { text: string }, start: string) => {
  const from = article.text.indexOf(start);
  const end = article.text.indexOf(". ", from) + 1;
  return { sentence: article.text.slice(from, end), start: from, end };
};

describe("meetings", () => {
  const meetings = async (args: string) =>
    (await api.query(`{ meetings(${args}) { totalCount nodes { id } } }`)).meetings;
  // Biden's visit (July 2023), Lukashenko's (16 September 2009), the opposition's (undated).
  const all = async () => [
    await factBy("Meeting", paper),
    await factBy("Meeting", wire, paper),
    await factBy("Meeting", undated),
  ];

  it("lists a country's meetings (its people's too), newest first, undated last", async () => {
    const page = await meetings(`country: "Lithuania"`);
    expect(ids(page)).toEqual(await all());
    expect(page.totalCount).toBe(3);
  });

  it("filters by person, location, status, dates, language and source", async () => {
    const [biden, lukashenko, opposition] = await all();
    expect(ids(await meetings(`person: "Alexander Lukashenko"`))).toEqual([lukashenko]);
    expect(ids(await meetings(`country: "BY", location: "Lithuania"`))).toEqual([lukashenko]);
    expect(ids(await meetings(`country: "LT", status: OCCURRED`))).toEqual([biden, lukashenko, opposition]);
    expect(ids(await meetings(`country: "LT", status: PLANNED`))).toEqual([]);
    expect(ids(await meetings(`country: "LT", from: "2010"`))).toEqual([biden]);
    expect(ids(await meetings(`country: "LT", from: "2023-07-20", to: "2023-07-31"`))).toEqual([biden]);
    expect(ids(await meetings(`country: "LT", to: "2009-09"`))).toEqual([lukashenko]);
    expect(ids(await meetings(`country: "LT", language: "id"`))).toEqual([biden, lukashenko]);
    expect(ids(await meetings(`country: "LT", source: "fixture-wire"`))).toEqual([lukashenko, opposition]);
  });

  it("gives participants, location, status, date precision and sources", async () => {
    const [biden, lukashenko] = await all();
    const data = await api.query(`{ meetings(country: "Lithuania", first: 1) {
      nodes { id kind date datePrecision status city participants { __typename id name } location { code }
        sources { sentence start end article { id language } } }
      edges { cursor node { id } } pageInfo { hasNextPage endCursor }
    } }`);
    const [meeting] = data.meetings.nodes;
    expect({ ...meeting, participants: [...meeting.participants].sort((x, y) => (x.id < y.id ? -1 : 1)) }).toEqual({
      id: biden,
      kind: "MEETING",
      date: "2023-07",
      datePrecision: "MONTH",
      status: "OCCURRED",
      city: "Vilnius",
      participants: [
        { __typename: "Leader", id: "gitanas-nauseda", name: "Gitanas Nauseda" },
        { __typename: "Leader", id: "joe-biden", name: "Joe Biden" },
      ],
      location: { code: "LT" },
      sources: [{ ...sentenceOf(paper, "Presiden Lithuania"), article: { id: paper.id, language: "id" } }],
    });
    expect(data.meetings.edges[0]).toEqual({ cursor: data.meetings.pageInfo.endCursor, node: { id: biden } });
    const next = await api.query(
      `query ($after: String) { meetings(country: "Lithuania", first: 1, after: $after) { nodes { id date datePrecision location { name } sources { article { id } } } } }`,
      { after: data.meetings.pageInfo.endCursor },
    );
    expect(next.meetings.nodes).toEqual([
      {
        id: lukashenko,
        date: "2009-09-16",
        datePrecision: "DAY",
        location: { name: "Lithuania" },
        // Oldest first.
        sources: [{ article: { id: wire.id } }, { article: { id: paper.id } }],
      },
    ]);
  });
});

describe("statements", () => {
  const statements = async (args: string) =>
    (await api.query(`{ statements(${args}) { totalCount nodes { id } } }`)).statements;
  // Lukashenko's accusation (2023), Linkevicius's denial (2020).
  const both = async () => [await factBy("Statement", paper), await factBy("Statement", wire)];

  it("filters by speaker, about, country, stance and dates", async () => {
    const [accusation, denial] = await both();
    expect(ids(await statements(`speaker: "Lithuania"`))).toEqual([denial]);
    expect(ids(await statements(`speaker: "Belarus"`))).toEqual([accusation]);
    expect(ids(await statements(`about: "Lithuania"`))).toEqual([accusation, denial]);
    expect(ids(await statements(`country: "LT"`))).toEqual([accusation, denial]);
    expect(ids(await statements(`country: "LT", stance: DENY`))).toEqual([denial]);
    expect(ids(await statements(`country: "LT", from: "2021"`))).toEqual([accusation]);
    expect(ids(await statements(`country: "LT", language: "en"`))).toEqual([denial]);
  });

  it("gives speaker, stance, quote, text, about and date", async () => {
    const [accusation, denial] = await both();
    const data = await api.query(
      `{ statements(country: "LT") { nodes { id speaker { id } stance quote text about { code } date } } }`,
    );
    expect(data.statements.nodes).toEqual([
      {
        id: accusation,
        speaker: { id: "alexander-lukashenko" },
        stance: "ACCUSE",
        quote: null,
        text: expect.stringContaining("Lithuania"),
        about: [{ code: "BY" }, { code: "LT" }],
        date: paper.publishedAt,
      },
      {
        id: denial,
        speaker: { id: "linas-linkevicius" },
        stance: "DENY",
        quote: "Lithuania wants Belarusians to choose their leaders freely.",
        text: expect.stringContaining("Lithuania"),
        about: [{ code: "BY" }, { code: "LT" }],
        date: wireDay,
      },
    ]);
  });
});

describe("sanctions", () => {
  it("filters by country, imposer, target and status, and gives imposer, target and first report", async () => {
    const [onBelarus, onMinister] = [await factBy("Sanction", wire, paper), await factBy("Sanction", paper)];
    const data = await api.query(`{
      all: sanctions(country: "Lithuania") { totalCount nodes { id imposer { id } target { id } status firstReported } }
      imposed: sanctions(imposer: "LT") { nodes { id } }
      onMinister: sanctions(target: "Agne Vaiciukeviciute", status: IN_FORCE) { nodes { id } }
    }`);
    // Lithuania's on Belarus, first told by the wire in 2020 (both say it is in force); the
    // minister's, told only by the paper in 2023.
    expect(data.all).toEqual({
      totalCount: 2,
      nodes: [
        {
          id: onMinister,
          imposer: null,
          target: { id: "agne-vaiciukeviciute" },
          status: "IN_FORCE",
          firstReported: paper.publishedAt,
        },
        {
          id: onBelarus,
          imposer: { id: "LT" },
          target: { id: "BY" },
          status: "IN_FORCE",
          firstReported: wireDay,
        },
      ],
    });
    expect(ids(data.imposed)).toEqual([onBelarus]);
    expect(ids(data.onMinister)).toEqual([onMinister]);
  });
});

describe("articles", () => {
  it("filters by mentions, language, source and dates, newest first", async () => {
    const data = await api.query(`{
      all: articles(mentions: "Lithuania") { totalCount nodes { id } }
      id: articles(mentions: "LT", language: "id") { nodes { id } }
      wire: articles(mentions: "LT", source: "fixture-wire", to: "2020-09") { nodes { id } }
    }`);
    expect(data.all).toEqual({ totalCount: 3, nodes: [{ id: paper.id }, { id: wire.id }, { id: undated.id }] });
    expect(ids(data.id)).toEqual([paper.id]);
    expect(ids(data.wire)).toEqual([wire.id]);
  });

  it("gives one article with the facts it reports and whom it mentions; null for an unknown id", async () => {
    const data = await api.query(
      `query ($id: ID!) {
        article(id: $id) { id title url source language publishedAt ingestedAt facts { __typename id } mentions { id } }
        none: article(id: "fixture-lists-nothing") { id }
      }`,
      { id: wire.id },
    );
    expect(data.article).toMatchObject({ id: wire.id, source: "fixture-wire", language: "en" });
    expect(data.article.publishedAt.slice(0, 19)).toBe(wire.publishedAt!.slice(0, 19));
    expect(data.article.mentions.map((m: { id: string }) => m.id).sort()).toEqual([
      "BY",
      "LT",
      "alexander-lukashenko",
      "dalia-grybauskaite",
      "linas-linkevicius",
    ]);
    expect(data.article.facts.map((f: { id: string }) => f.id).sort()).toEqual(
      [
        await factBy("Meeting", wire, paper),
        await factBy("Statement", wire),
        await factBy("Sanction", wire, paper),
      ].sort(),
    );
    expect(data.none).toBeNull();
  });
});

describe("bad input", () => {
  it.each([
    [`meetings(first: 101) { totalCount }`, /101/],
    [`statements(first: -1) { totalCount }`, /-1/],
    [`meetings(after: "not-a-cursor") { totalCount }`, /not-a-cursor/],
    [`articles(after: "WzFd") { totalCount }`, /WzFd/],
    [`meetings(from: "2023-13") { totalCount }`, /2023-13/],
    [`statements(from: "2024", to: "2023") { totalCount }`, /2024/],
    [`meetings(country: "Atlantis") { totalCount }`, /"Atlantis"/],
    [`sanctions(target: "Nobody Qtl") { totalCount }`, /"Nobody Qtl"/],
    [`leaders(country: "Kim Jong Un") { totalCount }`, /"Kim Jong Un"/],
  ])("refuses %s with BAD_USER_INPUT naming the value", async (field, named) => {
    const error = await api.failure(`{ ${field} }`);
    expect(error.code).toBe("BAD_USER_INPUT");
    expect(error.message).toMatch(named);
  });
});
