import type { Server } from "../../src/api/server";
import type { Database } from "../../src/graph/database";
import { deleteArticle } from "../../src/graph/deleteArticle";
import { testDatabase } from "../support/database";
import { graphql } from "../support/http";
import { plantArticle, type PlantedFacts } from "../support/plantArticle";
import { testServer } from "../support/server";

/**
 * Issue #17, series: relationship(a, b) { series(interval, from, to) } counted per week, month or
 * year, every bucket present, and adding up to the summary of the same range. The facts are
 * planted between Iceland and New Zealand in 1962–1963, years no other test writes: a meeting
 * dated to the month only, statements of three stances, a sanction, and four articles.
 */
const run = `series-${Date.now()}`;
const said = (speaker: string, about: string, stance: "assert" | "deny" | "warn", i: number) => ({
  speaker,
  speakerCountry: speaker,
  stance,
  about: [about],
  quote: `Remark ${i} of ${run}`,
});
const met = (date: string) => ({
  participants: ["IS", "NZ"],
  countries: ["IS", "NZ"],
  location: { country: "IS", city: "Reykjavik" },
  date,
  status: "occurred" as const,
});
const planted: Array<{ id: string; publishedAt: string; facts: PlantedFacts }> = [
  {
    id: `${run}-january`,
    publishedAt: "1962-01-10T09:00:00Z",
    facts: {
      meetings: [met("1962-01")],
      statements: [said("IS", "NZ", "assert", 1), said("IS", "NZ", "deny", 2), said("IS", "NZ", "assert", 3)],
    },
  },
  {
    id: `${run}-march`,
    publishedAt: "1962-03-20T09:00:00Z",
    facts: {
      meetings: [met("1962-03-15")],
      statements: [said("NZ", "IS", "warn", 4)],
      sanctions: [{ imposer: "NZ", target: "IS", reason: null, status: "announced" }],
    },
  },
  { id: `${run}-next-year`, publishedAt: "1963-02-05T09:00:00Z", facts: { statements: [said("IS", "NZ", "deny", 5)] } },
  // Iceland's prime minister of the time, with no country in the graph: his remarks are his alone.
  {
    id: `${run}-premier`,
    publishedAt: "1962-06-01T09:00:00Z",
    facts: { statements: [said("Olafur Thors", "NZ", "assert", 6), said("Olafur Thors", "NZ", "warn", 7)] },
  },
];

const query = `query ($from: String, $to: String, $interval: SeriesInterval!, $seriesFrom: String, $seriesTo: String) {
  relationship(a: "Iceland", b: "NZ", from: $from, to: $to) {
    summary { meetings statements sanctions articles stances { stance count } }
    series(interval: $interval, from: $seriesFrom, to: $seriesTo) { bucket meetings statements sanctions articles stances { stance count } }
  }
}`;
type Bucket = {
  bucket: string;
  meetings: number;
  statements: number;
  sanctions: number;
  articles: number;
  stances: Array<{ stance: string; count: number }>;
};

describe("series", () => {
  let db: Database;
  let server: Server;
  const ask = async (variables: Record<string, unknown>) => {
    const { body } = await graphql(server.url, query, variables);
    return body;
  };
  const relationship = async (variables: Record<string, unknown>) => {
    const body = await ask(variables);
    if (body.errors) throw new Error(JSON.stringify(body.errors));
    return body.data.relationship as { summary: Record<string, any>; series: Bucket[] };
  };
  /** The buckets added up: each kind's total, and the statements by stance. */
  const totals = (series: Bucket[]) => {
    const stances: Record<string, number> = {};
    for (const bucket of series)
      for (const { stance, count } of bucket.stances) stances[stance] = (stances[stance] ?? 0) + count;
    const sum = (kind: "meetings" | "statements" | "sanctions" | "articles") =>
      series.reduce((n, bucket) => n + bucket[kind], 0);
    return {
      meetings: sum("meetings"),
      statements: sum("statements"),
      sanctions: sum("sanctions"),
      articles: sum("articles"),
      stances,
    };
  };
  const summaryTotals = (summary: Record<string, any>) => {
    const stances: Record<string, number> = {};
    for (const { stance, count } of summary.stances) stances[stance] = (stances[stance] ?? 0) + count;
    const { meetings, statements, sanctions, articles } = summary;
    return { meetings, statements, sanctions, articles, stances };
  };
  const text = (i: number) => `Iceland and New Zealand took part in round ${i} of a test of series.`;

  beforeAll(async () => {
    db = testDatabase();
    for (const [i, { id, publishedAt, facts }] of planted.entries())
      await plantArticle(db, { id, publishedAt, source: `${run}.example`, text: text(i) }, facts);
    server = await testServer(db);
  }, 120_000);
  afterAll(async () => {
    await server?.stop();
    for (const { id } of planted) await deleteArticle(db, id);
    await db?.close();
  });

  it("counts every month of the range, the empty ones as zeros, adding up to the summary", async () => {
    const { summary, series } = await relationship({ from: "1962", to: "1963", interval: "MONTH" });
    expect(series.map((bucket) => bucket.bucket)).toEqual(
      ["1962", "1963"].flatMap((year) =>
        Array.from({ length: 12 }, (_, m) => `${year}-${String(m + 1).padStart(2, "0")}`),
      ),
    );
    const byMonth = new Map(series.map((bucket) => [bucket.bucket, bucket]));
    expect(byMonth.get("1962-01")).toMatchObject({ meetings: 1, statements: 3, sanctions: 0, articles: 1 });
    expect(byMonth.get("1962-01")!.stances).toEqual([
      { stance: "ASSERT", count: 2 },
      { stance: "DENY", count: 1 },
    ]);
    expect(byMonth.get("1962-02")).toEqual({
      bucket: "1962-02",
      meetings: 0,
      statements: 0,
      sanctions: 0,
      articles: 0,
      stances: [],
    });
    expect(byMonth.get("1962-03")).toMatchObject({ meetings: 1, statements: 1, sanctions: 1, articles: 1 });
    expect(byMonth.get("1963-02")).toMatchObject({ meetings: 0, statements: 1, sanctions: 0, articles: 1 });
    expect(totals(series)).toEqual(summaryTotals(summary));
    expect(summary).toMatchObject({ meetings: 2, statements: 5, sanctions: 1, articles: 3 });
  });

  it("counts by ISO week, a month-dated meeting that overlaps the range in the first week, adding up to the summary", async () => {
    const { summary, series } = await relationship({ from: "1962-01-10", to: "1962-03-31", interval: "WEEK" });
    expect(series[0].bucket).toBe("1962-01-08"); // the Monday of the week of 10 January 1962
    expect(series[series.length - 1].bucket).toBe("1962-03-26");
    expect(series).toHaveLength(12);
    expect(series[0]).toMatchObject({ meetings: 1, statements: 3, articles: 1 });
    expect(series.find((bucket) => bucket.bucket === "1962-03-19")).toMatchObject({
      meetings: 0,
      statements: 1,
      sanctions: 1,
      articles: 1,
    });
    expect(series.find((bucket) => bucket.bucket === "1962-03-12")).toMatchObject({ meetings: 1, statements: 0 });
    expect(totals(series)).toEqual(summaryTotals(summary));
  });

  it("takes its own range, and counts by year", async () => {
    const { series } = await relationship({ interval: "YEAR", seriesFrom: "1961", seriesTo: "1963" });
    expect(
      series.map(({ bucket, meetings, statements, sanctions, articles }) => [
        bucket,
        meetings,
        statements,
        sanctions,
        articles,
      ]),
    ).toEqual([
      ["1961", 0, 0, 0, 0],
      ["1962", 2, 4, 1, 2],
      ["1963", 0, 1, 0, 1],
    ]);
    const ranged = await relationship({ from: "1961", to: "1963", interval: "YEAR" });
    expect(totals(series)).toEqual(summaryTotals(ranged.summary));
  });

  it("follows a deletion: the article's facts leave their bucket", async () => {
    await deleteArticle(db, `${run}-next-year`);
    try {
      const { summary, series } = await relationship({ from: "1962", to: "1963", interval: "YEAR" });
      expect(series.map((bucket) => [bucket.bucket, bucket.statements, bucket.articles])).toEqual([
        ["1962", 4, 2],
        ["1963", 0, 0],
      ]);
      expect(totals(series)).toEqual(summaryTotals(summary));
    } finally {
      const { id, publishedAt, facts } = planted[2];
      await plantArticle(db, { id, publishedAt, source: `${run}.example`, text: text(2) }, facts);
    }
  });

  it("reads the relationship's lists only when a field asks for them, and then once", async () => {
    const queries = async (fields: string) => {
      const before = db.queryCount;
      const { body } = await graphql(
        server.url,
        `{ relationship(a: "Iceland", b: "NZ", from: "1962", to: "1963") { ${fields} } }`,
      );
      expect(body.errors).toBeUndefined();
      return db.queryCount - before;
    };
    const series = "series(interval: MONTH) { bucket meetings }";
    await queries(series); // names resolved once, whatever the server caches
    const alone = await queries(series);
    expect(await queries(`${series} meetings { id } statements { id } timeline { date } summary { meetings }`)).toBe(
      alone + 1,
    );
  });

  it("refuses a range of more buckets than allowed, naming the range and the count", async () => {
    const body = await ask({ interval: "WEEK", seriesFrom: "1900", seriesTo: "1999" });
    expect(body.errors![0].extensions.code).toBe("BAD_USER_INPUT");
    expect(body.errors![0].message).toBe(
      "A series by WEEK from 1900 to 1999 has 5218 buckets; at most 1000 are allowed: choose a longer interval or a shorter range.",
    );
  });

  it("counts a country's facts per month as its lists filtered by it count them", async () => {
    const range = `from: "1962", to: "1963"`;
    const { body } = await graphql(
      server.url,
      `{
        country(name: "Iceland") { series(interval: MONTH, ${range}) { bucket meetings statements sanctions articles stances { stance count } } }
        meetings(country: "IS", ${range}) { totalCount }
        statements(country: "IS", ${range}) { totalCount }
        sanctions(country: "IS", ${range}) { totalCount }
        articles(mentions: "IS", ${range}) { totalCount }
      }`,
    );
    const series: Bucket[] = body.data.country.series;
    expect(series).toHaveLength(24);
    const { stances, ...kinds } = totals(series);
    expect(kinds).toEqual({
      meetings: body.data.meetings.totalCount,
      statements: body.data.statements.totalCount,
      sanctions: body.data.sanctions.totalCount,
      articles: body.data.articles.totalCount,
    });
    // Its own four remarks and New Zealand's warning about it.
    expect(kinds).toEqual({ meetings: 2, statements: 5, sanctions: 1, articles: 3 });
    expect(stances).toEqual({ ASSERT: 2, DENY: 2, WARN: 1 });
    expect(series.find((bucket) => bucket.bucket === "1962-03")).toMatchObject({
      meetings: 1,
      statements: 1,
      sanctions: 1,
    });
  });

  it("counts a leader's facts, from the first to the last when no range is given", async () => {
    const { body } = await graphql(
      server.url,
      `
        {
          leader(name: "Olafur Thors") {
            series(interval: YEAR) {
              bucket
              meetings
              statements
              sanctions
              articles
            }
          }
          statements(speaker: "Olafur Thors", from: "1962", to: "1962") {
            totalCount
          }
        }
      `,
    );
    expect(body.data.leader.series).toEqual([
      { bucket: "1962", meetings: 0, statements: 2, sanctions: 0, articles: 1 },
    ]);
    expect(body.data.statements.totalCount).toBe(2);
  });
});
