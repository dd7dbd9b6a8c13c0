import type { Server } from "../../src/api/server";
import type { Database } from "../../src/graph/database";
import { deleteArticle } from "../../src/graph/deleteArticle";
import { testDatabase } from "../support/database";
import { graphql } from "../support/http";
import { plantArticle, type PlantedFacts } from "../support/plantArticle";
import { testServer } from "../support/server";

/**
 * Issue #17 series × issue #16 kinds: agreements and transfers, read from the fact-kind registry,
 * are counted per bucket by the series of a relationship and of a country, adding up to the
 * summary and to the lists of the same range. The facts are planted between Norway and Chile in
 * 1971–1972, years and a pair no other test writes: an agreement dated to the month only, one to
 * the day, and a transfer each way.
 */
const run = `series-coop-${Date.now()}`;
const agreed = (date: string, status: "signed" | "ratified") => ({
  parties: ["NO", "CL"],
  name: null,
  kind: "agreement" as const,
  status,
  date,
});
const sent = (from: string, to: string, date: string) => ({
  from,
  to,
  items: ["food" as const],
  status: "confirmed" as const,
  date,
  quantity: null,
});
const planted: Array<{ id: string; publishedAt: string; facts: PlantedFacts }> = [
  {
    id: `${run}-may`,
    publishedAt: "1971-05-20T09:00:00Z",
    facts: { agreements: [agreed("1971-05", "signed")], transfers: [sent("NO", "CL", "1971-05-03")] },
  },
  {
    id: `${run}-november`,
    publishedAt: "1971-11-22T09:00:00Z",
    facts: { agreements: [{ ...agreed("1971-11-20", "ratified"), kind: "treaty" }] },
  },
  {
    id: `${run}-february`,
    publishedAt: "1972-02-12T09:00:00Z",
    facts: { transfers: [sent("CL", "NO", "1972-02-10")] },
  },
];
const text = (i: number) => `Norway and Chile took part in exchange ${i} of a test of series by kind.`;

type Bucket = { bucket: string; agreements: number; transfers: number };
const sums = (series: Bucket[]) => ({
  agreements: series.reduce((n, bucket) => n + bucket.agreements, 0),
  transfers: series.reduce((n, bucket) => n + bucket.transfers, 0),
});
const nonZero = (series: Bucket[]) =>
  series
    .filter((bucket) => bucket.agreements + bucket.transfers > 0)
    .map(({ bucket, agreements, transfers }) => [bucket, agreements, transfers]);

describe("series of agreements and transfers", () => {
  let db: Database;
  let server: Server;
  const query = async (text: string) => {
    const { body } = await graphql(server.url, text, {});
    if (body.errors) throw new Error(`GraphQL errors: ${JSON.stringify(body.errors)}`);
    return body.data;
  };

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

  it("counts a relationship's agreements and transfers per month, adding up to its summary", async () => {
    const { relationship } = await query(`{
      relationship(a: "Norway", b: "Chile", from: "1971", to: "1972") {
        summary { agreements transfers }
        series(interval: MONTH) { bucket agreements transfers }
      }
    }`);
    const series: Bucket[] = relationship.series;
    expect(series).toHaveLength(24);
    expect(nonZero(series)).toEqual([
      ["1971-05", 1, 1],
      ["1971-11", 1, 0],
      ["1972-02", 0, 1],
    ]);
    expect(sums(series)).toEqual(relationship.summary);
    expect(relationship.summary).toEqual({ agreements: 2, transfers: 2 });
  });

  it("counts by week, a month-dated agreement that overlaps the range in the first bucket, adding up to the summary", async () => {
    const { relationship } = await query(`{
      relationship(a: "NO", b: "CL", from: "1971-05-10", to: "1971-12-31") {
        summary { agreements transfers }
        series(interval: WEEK) { bucket agreements transfers }
      }
    }`);
    const series: Bucket[] = relationship.series;
    expect(nonZero(series)).toEqual([
      ["1971-05-10", 1, 0],
      ["1971-11-15", 1, 0],
    ]);
    expect(sums(series)).toEqual(relationship.summary);
  });

  it("dates a relationship of agreements and transfers only by them: firstSeen, lastSeen and the series without a range", async () => {
    // No meeting, statement or sanction between them: before agreements and transfers counted,
    // firstSeen and lastSeen were null and the series without a range had no bucket.
    const { relationship } = await query(`{
      relationship(a: "Norway", b: "Chile") {
        summary { firstSeen lastSeen }
        series(interval: YEAR) { bucket agreements transfers }
      }
    }`);
    expect(relationship.summary).toEqual({ firstSeen: "1971-05", lastSeen: "1972-02-10" });
    expect(relationship.series).toEqual([
      { bucket: "1971", agreements: 2, transfers: 1 },
      { bucket: "1972", agreements: 0, transfers: 1 },
    ]);
  });

  it("counts a country's agreements and transfers as its lists filtered by it count them", async () => {
    const range = `from: "1971", to: "1972"`;
    const data = await query(`{
      country(name: "Chile") { series(interval: YEAR, ${range}) { bucket agreements transfers } }
      agreements(country: "CL", ${range}) { totalCount }
      transfers(country: "CL", ${range}) { totalCount }
    }`);
    const series: Bucket[] = data.country.series;
    expect(series).toEqual([
      { bucket: "1971", agreements: 2, transfers: 1 },
      { bucket: "1972", agreements: 0, transfers: 1 },
    ]);
    expect(sums(series)).toEqual({ agreements: data.agreements.totalCount, transfers: data.transfers.totalCount });
  });
});
