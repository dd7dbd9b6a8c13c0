import { apiHarness } from "./harness";
import { SeedGraph } from "./seedGraph";

/** The meetings, statements, sanctions and articles lists: filters, nested fields, bad input. Ids start with qtl / XL, XM. */
const seed = new SeedGraph("qtl")
  .country("XL", "Qtlambda", ["Qtlambda"])
  .country("XM", "Qtmu", ["Qtmu"])
  .person("qtl-ann", "Ann Qtl", "XL")
  .person("qtl-bo", "Bo Qtl", "XM")
  .article({ id: "qtl-en", language: "en", source: "qtl-wire", publishedAt: "1930-05-02T10:00:00Z" }, ["XL", "qtl-ann"])
  .article({ id: "qtl-id", language: "id", source: "qtl-koran", publishedAt: "1930-06-01" }, ["XL", "XM"])
  .meeting("qtl-m1", {
    date: "1930-05-01",
    status: "occurred",
    city: "Qtcity",
    participants: ["qtl-ann", "qtl-bo"],
    location: "XM",
    reports: ["qtl-en", "qtl-id"],
  })
  .meeting("qtl-m2", { date: "1930-07", status: "planned", participants: ["qtl-ann", "XM"], reports: ["qtl-id"] })
  .meeting("qtl-m3", { date: null, status: "cancelled", participants: ["XL", "XM"], reports: ["qtl-en"] })
  .statement("qtl-s1", {
    speaker: "qtl-ann",
    about: ["XM"],
    stance: "deny",
    quote: "We sent nothing",
    date: "1930-05-02",
    reports: ["qtl-en"],
  })
  .statement("qtl-s2", {
    speaker: "XM",
    about: ["XL", "XM"],
    stance: "accuse",
    date: "1930-06-01",
    reports: ["qtl-id"],
  })
  .sanction("qtl-x1", {
    imposer: "XL",
    target: "XM",
    status: "in_force",
    reason: "tests",
    reports: ["qtl-id", "qtl-en"],
  })
  .sanction("qtl-x2", { target: "qtl-ann", status: "announced", reports: ["qtl-id"] });

const api = apiHarness(seed);
const ids = (connection: { nodes: Array<{ id: string }> }) => connection.nodes.map((n) => n.id);

describe("meetings", () => {
  const meetings = async (args: string) =>
    (await api.query(`{ meetings(${args}) { totalCount nodes { id } } }`)).meetings;

  it("lists a country's meetings (its people's too), newest first, undated last", async () => {
    const page = await meetings(`country: "Qtlambda"`);
    expect(ids(page)).toEqual(["qtl-m2", "qtl-m1", "qtl-m3"]);
    expect(page.totalCount).toBe(3);
  });

  it("filters by person, location, status, dates, language and source", async () => {
    expect(ids(await meetings(`person: "Bo Qtl"`))).toEqual(["qtl-m1"]);
    expect(ids(await meetings(`country: "XM", location: "Qtmu"`))).toEqual(["qtl-m1"]);
    expect(ids(await meetings(`country: "XL", status: PLANNED`))).toEqual(["qtl-m2"]);
    expect(ids(await meetings(`country: "XL", from: "1930-05-15"`))).toEqual(["qtl-m2"]);
    expect(ids(await meetings(`country: "XL", from: "1930-07-20", to: "1930-07-31"`))).toEqual(["qtl-m2"]);
    expect(ids(await meetings(`country: "XL", to: "1930-05"`))).toEqual(["qtl-m1"]);
    expect(ids(await meetings(`country: "XL", language: "id"`))).toEqual(["qtl-m2", "qtl-m1"]);
    expect(ids(await meetings(`country: "XL", source: "qtl-wire"`))).toEqual(["qtl-m1", "qtl-m3"]);
  });

  it("gives participants, location, status, date precision and sources", async () => {
    const data = await api.query(`{ meetings(person: "Ann Qtl", first: 1) {
      nodes { id kind date datePrecision status city participants { __typename id name } location { code }
        sources { sentence start end article { id language } } }
      edges { cursor node { id } } pageInfo { hasNextPage endCursor }
    } }`);
    const [meeting] = data.meetings.nodes;
    expect(meeting).toEqual({
      id: "qtl-m2",
      kind: "MEETING",
      date: "1930-07",
      datePrecision: "MONTH",
      status: "PLANNED",
      city: null,
      participants: [
        { __typename: "Leader", id: "qtl-ann", name: "Ann Qtl" },
        { __typename: "Country", id: "XM", name: "Qtmu" },
      ],
      location: null,
      sources: [
        { sentence: "The sentence that reports qtl-m2.", start: 0, end: 33, article: { id: "qtl-id", language: "id" } },
      ],
    });
    expect(data.meetings.edges[0]).toEqual({ cursor: data.meetings.pageInfo.endCursor, node: { id: "qtl-m2" } });
    const next = await api.query(
      `query ($after: String) { meetings(person: "Ann Qtl", after: $after) { nodes { id city location { name } sources { article { id } } } } }`,
      {
        after: data.meetings.pageInfo.endCursor,
      },
    );
    expect(next.meetings.nodes).toEqual([
      {
        id: "qtl-m1",
        city: "Qtcity",
        location: { name: "Qtmu" },
        sources: [{ article: { id: "qtl-en" } }, { article: { id: "qtl-id" } }],
      },
    ]);
  });
});

describe("statements", () => {
  const statements = async (args: string) =>
    (await api.query(`{ statements(${args}) { totalCount nodes { id } } }`)).statements;

  it("filters by speaker, about, country, stance and dates", async () => {
    expect(ids(await statements(`speaker: "Qtlambda"`))).toEqual(["qtl-s1"]);
    expect(ids(await statements(`about: "Qtlambda"`))).toEqual(["qtl-s2"]);
    expect(ids(await statements(`country: "Qtmu"`))).toEqual(["qtl-s2", "qtl-s1"]);
    expect(ids(await statements(`country: "XM", stance: DENY`))).toEqual(["qtl-s1"]);
    expect(ids(await statements(`country: "XM", from: "1930-06"`))).toEqual(["qtl-s2"]);
    expect(ids(await statements(`country: "XM", language: "en"`))).toEqual(["qtl-s1"]);
  });

  it("gives speaker, stance, quote, text, about and date", async () => {
    const data = await api.query(
      `{ statements(country: "XM") { nodes { id speaker { id } stance quote text about { code } date } } }`,
    );
    expect(data.statements.nodes).toEqual([
      {
        id: "qtl-s2",
        speaker: { id: "XM" },
        stance: "ACCUSE",
        quote: null,
        text: "XM said something (qtl-s2).",
        about: [{ code: "XL" }, { code: "XM" }],
        date: "1930-06-01",
      },
      {
        id: "qtl-s1",
        speaker: { id: "qtl-ann" },
        stance: "DENY",
        quote: "We sent nothing",
        text: "qtl-ann said something (qtl-s1).",
        about: [{ code: "XM" }],
        date: "1930-05-02",
      },
    ]);
  });
});

describe("sanctions", () => {
  it("filters by country, imposer, target and status, and gives imposer, target and first report", async () => {
    const data = await api.query(`{
      all: sanctions(country: "Qtlambda") { totalCount nodes { id imposer { id } target { id } reason status firstReported } }
      imposed: sanctions(imposer: "XL") { nodes { id } }
      onAnn: sanctions(target: "Ann Qtl", status: ANNOUNCED) { nodes { id } }
    }`);
    expect(data.all).toEqual({
      totalCount: 2,
      nodes: [
        {
          id: "qtl-x1",
          imposer: { id: "XL" },
          target: { id: "XM" },
          reason: "tests",
          status: "IN_FORCE",
          firstReported: "1930-05-02",
        },
        {
          id: "qtl-x2",
          imposer: null,
          target: { id: "qtl-ann" },
          reason: null,
          status: "ANNOUNCED",
          firstReported: "1930-06-01",
        },
      ].sort((a, b) => (a.firstReported < b.firstReported ? 1 : -1)),
    });
    expect(ids(data.imposed)).toEqual(["qtl-x1"]);
    expect(ids(data.onAnn)).toEqual(["qtl-x2"]);
  });
});

describe("articles", () => {
  it("filters by mentions, language, source and dates, newest first", async () => {
    const data = await api.query(`{
      all: articles(mentions: "Qtlambda") { totalCount nodes { id } }
      id: articles(mentions: "XL", language: "id") { nodes { id } }
      wire: articles(mentions: "XL", source: "qtl-wire", to: "1930-05") { nodes { id } }
    }`);
    expect(data.all).toEqual({ totalCount: 2, nodes: [{ id: "qtl-id" }, { id: "qtl-en" }] });
    expect(ids(data.id)).toEqual(["qtl-id"]);
    expect(ids(data.wire)).toEqual(["qtl-en"]);
  });

  it("gives one article with the facts it reports and whom it mentions; null for an unknown id", async () => {
    const data = await api.query(`{
      article(id: "qtl-en") { id title url source language publishedAt ingestedAt facts { __typename id } mentions { id } }
      none: article(id: "qtl-nothing") { id }
    }`);
    expect(data.article).toMatchObject({
      id: "qtl-en",
      source: "qtl-wire",
      language: "en",
      publishedAt: "1930-05-02T10:00:00Z",
      mentions: [{ id: "qtl-ann" }, { id: "XL" }],
    });
    expect(data.article.facts.map((f: { id: string }) => f.id).sort()).toEqual([
      "qtl-m1",
      "qtl-m3",
      "qtl-s1",
      "qtl-x1",
    ]);
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
