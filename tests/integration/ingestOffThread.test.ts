import { monitorEventLoopDelay } from "node:perf_hooks";
import { startServer, type Server } from "../../src/api/server";
import { extract } from "../../src/extraction/extract";
import type { Database } from "../../src/graph/database";
import { deleteArticle } from "../../src/graph/deleteArticle";
import { testDatabase } from "../support/database";
import { graphql } from "../support/http";

/**
 * A large batch is extracted off the event loop: while the server extracts articles of the
 * longest allowed text (cue words in one endless sentence, the slowest pattern found by
 * `npm run bench:extract:worst`), the thread that answers queries is never held for long.
 * "Long" is judged against the same batch extracted in place in this process, in this run.
 */
const run = `off-thread-${Date.now()}`;
const text = "met talks visit sanctions denied accused said summit ".repeat(4000).slice(0, 199_999);
const articles = [0, 1].map((i) => ({ id: `${run}-${i}`, language: "en", publishedAt: "2024-01-02", text }));
const mutation = `mutation ($input: [ArticleInput!]!) { ingestArticles(input: $input) { status article { id } } }`;

describe("ingesting a large batch", () => {
  let db: Database;
  let server: Server;

  beforeAll(async () => {
    db = testDatabase();
    server = await startServer(db, 0, "127.0.0.1");
  });
  afterAll(async () => {
    for (const article of articles) await deleteArticle(db, article.id);
    await server.stop();
    await db.close();
  });

  it("extracts a large batch off the event loop: its longest stall is under a quarter of extracting in place", async () => {
    const inPlace = process.hrtime.bigint();
    for (const article of articles) extract(article);
    const inPlaceMs = Number(process.hrtime.bigint() - inPlace) / 1e6;

    const delay = monitorEventLoopDelay({ resolution: 10 });
    delay.enable();
    const { body } = await graphql(server.url, mutation, { input: articles });
    delay.disable();

    expect(body.errors).toBeUndefined();
    expect(body.data.ingestArticles.map((r: { status: string }) => r.status)).toEqual(["CREATED", "CREATED"]);
    // Held in place, the loop would wait the whole extraction; off the thread, a small part of it.
    expect(delay.max / 1e6).toBeLessThan(inPlaceMs / 4);
  }, 120_000);
});
