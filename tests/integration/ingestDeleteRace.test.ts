import { deleteArticle } from "../../src/graph/deleteArticle";
import { ingestArticles } from "../../src/ingestion/ingestArticles";
import { loadConfig } from "../../src/config";
import { Database } from "../../src/graph/database";
import { testQueries } from "../support/testQueries";

/**
 * Articles that carry the same quote, deleted in parallel: the statement they share must go with
 * the last of them, never stay with no article reporting it. Before deletes locked what they take
 * back, each delete still saw the other's REPORTS and both kept the statement (15 of 16 runs).
 */
const run = `delete-race-${Date.now()}`;
const runs = 16;
const copies = 3;

/** Written for this test: Peskov's denial of October 2023; the run number keeps each run's quote apart. */
const article = (round: number, copy: number) => ({
  id: `${run}-${round}-${copy}`,
  language: "en",
  publishedAt: `2023-10-1${copy}T08:00:00Z`,
  title: `Kremlin denies arms deliveries (outlet ${copy})`,
  text: `Kremlin spokesman Dmitry Peskov told reporters in Moscow on Tuesday: "Russia has received no weapons from North Korea, and claim number ${round} is false." Outlet ${copy} reported the remarks.`,
});

describe("deleting articles that report the same fact, in parallel", () => {
  let db: Database;
  beforeAll(() => {
    // Patient reads: a just started Neo4j on a busy machine takes seconds to plan a query, and this
    // file is not about the read timeout.
    db = patientDatabase();
  });
  afterAll(() => db.close());

  it(`leaves no fact without a source (${runs} runs of ${copies} parallel deletes)`, async () => {
    const orphans: string[] = [];
    for (let round = 0; round < runs; round++) {
      const articles = Array.from({ length: copies }, (_, copy) => article(round, copy));
      const outcomes = await ingestArticles(db, articles);
      expect(outcomes.map((o) => (o.ok ? o.status : o.error.message))).toEqual(articles.map(() => "CREATED"));
      const reported = await Promise.all(
        articles.map(async (a) => (await db.read<{ facts: string[] }>("test/reportedFacts", { id: a.id }))[0].facts),
      );
      // One statement, the same for every copy (speaker + quote), reported by each of them.
      const shared = reported[0].filter((id) => reported.every((facts) => facts.includes(id)));
      expect(shared.length).toBeGreaterThan(0);

      expect(await Promise.all(articles.map((a) => deleteArticle(db, a.id)))).toEqual(articles.map(() => true));
      const left = await db.read<{ id: string }>("test/orphanFacts", { ids: [...new Set(reported.flat())] });
      orphans.push(...left.map((fact) => `run ${round}: ${fact.id}`));
    }
    expect(orphans).toEqual([]);
  }, 240_000);
});

function patientDatabase(): Database {
  const config = loadConfig();
  return Database.connect(process.env.NEO4J_URI!, { ...config.neo4j, readTimeoutMs: 60_000 }, testQueries);
}
