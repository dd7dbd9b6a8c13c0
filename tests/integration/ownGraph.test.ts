import fs from "node:fs";
import path from "node:path";
import { loadConfig, testConfig } from "../../src/config";
import { deleteArticle } from "../../src/graph/deleteArticle";
import { openDatabase } from "../../src/graph/openDatabase";
import { ingestArticles } from "../../src/ingestion/ingestArticles";
import { cli, OwnNeo4j, ownPort } from "./faults/ownNeo4j";

/**
 * `npm test` never writes into the graph that `serve` uses: its local Neo4j has a home and a port
 * of its own (testConfig), whatever the serving graph's NEWSGRAPH_NEO4J_HOME and PORT say.
 */
const served = {
  id: `own-graph-served-${Date.now()}`,
  language: "en",
  publishedAt: "2024-06-19",
  text: "Russian President Vladimir Putin met North Korean leader Kim Jong Un in Pyongyang on Wednesday.",
};
const testArticle = {
  ...served,
  id: `own-graph-test-${Date.now()}`,
  text: "Kim Jong Un received Vladimir Putin in Pyongyang.",
};

/** A Neo4j just started plans its first queries slowly on a busy machine: more than the 5 s default. */
const patient = { NEWSGRAPH_READ_TIMEOUT_MS: "60000" };

describe("the test suite's Neo4j", () => {
  const serving = new OwnNeo4j(ownPort(8));
  afterAll(() => serving.remove());

  it("is not the serving graph, which stays as it was", async () => {
    await serving.start();
    const file = path.join(serving.home, "served.jsonl");
    fs.writeFileSync(file, `${JSON.stringify(served)}\n`);
    const ingest = await cli(["ingest", file, "--rejects", path.join(serving.home, "rejects.jsonl")], {
      ...serving.env,
      ...patient,
    });
    expect(ingest.status).toBe(0);
    const servingDb = serving.connect();
    const state = async () => ({
      counts: await servingDb.read("test/graphCounts"),
      articles: await servingDb.read("articleHashes", { ids: [served.id, testArticle.id] }),
    });
    try {
      const before = await state();
      expect(before.articles).toHaveLength(1);

      // The suite's setup, run in the environment of someone who serves from that graph.
      const env = { ...process.env, ...serving.env, ...patient };
      expect(testConfig(env).localNeo4j).not.toEqual(loadConfig(env).localNeo4j);
      const suite = await openDatabase(testConfig(env));
      try {
        expect(suite.uri).not.toBe(serving.uri);
        const [outcome] = await ingestArticles(suite.db, [testArticle]);
        expect(outcome).toMatchObject({ ok: true, status: "CREATED" });
      } finally {
        await deleteArticle(suite.db, testArticle.id);
        await suite.close();
      }

      expect(await state()).toEqual(before);
    } finally {
      await servingDb.close();
    }
  }, 240_000);
});
