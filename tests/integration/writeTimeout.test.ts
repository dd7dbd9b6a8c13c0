import { loadConfig } from "../../src/config";
import { Database } from "../../src/graph/database";
import { deleteArticle } from "../../src/graph/deleteArticle";
import { ingestArticles } from "../../src/ingestion/ingestArticles";
import { testDatabase } from "../support/database";

/**
 * README, Limits: a write transaction (one ingest batch) ends with TIMEOUT after
 * NEWSGRAPH_WRITE_TIMEOUT_MS. The batch is made to wait, for as long as the test says, behind
 * another transaction that holds its article's lock; no clock is asserted.
 */
const run = `write-timeout-${Date.now()}`;
const article = {
  id: `${run}-article`,
  language: "en",
  publishedAt: "2023-09-14T08:00:00Z",
  text: "Kim Jong Un met Vladimir Putin at the Vostochny Cosmodrome on 13 September 2023.",
};

describe("NEWSGRAPH_WRITE_TIMEOUT_MS", () => {
  let db: Database;
  let impatient: Database;
  beforeAll(async () => {
    db = testDatabase();
    const config = loadConfig({ ...process.env, NEWSGRAPH_WRITE_TIMEOUT_MS: "1500" });
    impatient = Database.connect(process.env.NEO4J_URI!, config.neo4j);
    const [created] = await ingestArticles(db, [article]);
    if (!created.ok) throw created.error;
  });
  afterAll(async () => {
    await deleteArticle(db, article.id);
    await Promise.all([db.close(), impatient.close()]);
  });

  it("ends an ingest batch that waits for a lock with TIMEOUT naming the configured 1.5 s", async () => {
    let release!: () => void;
    const released = new Promise<void>((resolve) => (release = resolve));
    let locked!: () => void;
    const holding = new Promise<void>((resolve) => (locked = resolve));
    const holder = db.transaction("WRITE", async (run) => {
      await run("test/lockArticle", { id: article.id });
      locked();
      await released;
    });
    await holding;
    // Without the timeout the batch would wait for the lock; let go after 20 s so that such a
    // failure shows as a wrong outcome rather than a hung test.
    const safety = setTimeout(release, 20_000);
    try {
      const [outcome] = await ingestArticles(impatient, [{ ...article, text: `${article.text} A correction.` }]);
      expect(outcome.ok).toBe(false);
      if (outcome.ok) return;
      expect(outcome.error.extensions.code).toBe("TIMEOUT");
      expect(outcome.error.message).toMatch(/did not answer within 1\.5 s/);
    } finally {
      clearTimeout(safety);
      release();
      await holder;
    }
  }, 60_000);
});
