import type { Database } from "../../src/graph/database";
import { deleteArticle } from "../../src/graph/deleteArticle";
import { ingestArticles } from "../../src/ingestion/ingestArticles";
import { testDatabase } from "../support/database";

/**
 * README, Ingestion: "the articles of a call are written in one transaction; should it fail, each
 * article is written alone, so one bad article never sinks the others". An article is made to fail
 * in Neo4j (not in validation) by planting a bare :Statement node with the id its quote will have:
 * writing the article runs into the statement's uniqueness constraint. Sentences written for this test.
 */
const run = `fallback-${Date.now()}`;
const good = {
  id: `${run}-good`,
  language: "en",
  publishedAt: "2023-10-19T08:00:00Z",
  text: "Russian Foreign Minister Sergei Lavrov met North Korean Foreign Minister Choe Son Hui in Pyongyang on 18 October 2023.",
};
const bad = {
  id: `${run}-bad`,
  language: "en",
  publishedAt: "2023-10-19T09:00:00Z",
  text: `Kremlin spokesman Dmitry Peskov said: "The visit went as planned in test ${run}."`,
};

describe("a batch whose transaction fails", () => {
  let db: Database;
  let planted: string;
  beforeAll(async () => {
    db = testDatabase();
    // The statement id the bad article will write: ingest it once under another id, then take it back.
    const [probe] = await ingestArticles(db, [{ ...bad, id: `${run}-probe` }]);
    if (!probe.ok) throw probe.error;
    const [{ facts }] = await db.read<{ facts: string[] }>("test/reportedFacts", { id: `${run}-probe` });
    await deleteArticle(db, `${run}-probe`);
    expect(facts).toHaveLength(1);
    planted = facts[0];
    await db.write("test/plantNode", { label: "Statement", id: planted });
  });
  afterAll(async () => {
    for (const id of [good.id, bad.id]) await deleteArticle(db, id);
    await db.write("test/removePlanted", { label: "Statement", id: planted });
    await db.close();
  });

  it("writes each article alone: the good one is CREATED, only the bad one fails", async () => {
    const [first, second] = await ingestArticles(db, [good, bad]);
    expect(first).toMatchObject({ ok: true, id: good.id, status: "CREATED" });
    expect(second).toMatchObject({ ok: false, id: bad.id });
    if (second.ok) return;
    expect(second.error.extensions.code).toBe("INTERNAL_SERVER_ERROR");
    const stored = await db.read<{ article: { id: string } }>("articlesById", { ids: [good.id, bad.id] });
    expect(stored.map((row) => row.article.id)).toEqual([good.id]);
  });
});
