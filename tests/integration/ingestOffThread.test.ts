import { deleteArticle } from "../../src/graph/deleteArticle";
import { INLINE_CHARACTERS, sentOffThread } from "../../src/ingestion/extractOffThread";
import { graphql } from "../support/http";
import { inProcessServer } from "../support/inProcessServer";

/**
 * A large batch is extracted off the event loop: while the server extracts articles of the
 * longest allowed text (cue words in one endless sentence, the slowest pattern found by
 * `npm run bench:extract:worst`), the thread that answers queries does not extract them: the
 * worker threads do. Counted, not timed (how long the loop waits is the benchmark's to measure).
 */
const run = `off-thread-${Date.now()}`;
const text = "met talks visit sanctions denied accused said summit ".repeat(4000).slice(0, 199_999);
const articles = [0, 1].map((i) => ({ id: `${run}-${i}`, language: "en", publishedAt: "2024-01-02", text }));
const mutation = `mutation ($input: [ArticleInput!]!) { ingestArticles(input: $input) { status article { id } } }`;

describe("ingesting a large batch", () => {
  const api = inProcessServer({
    tearDown: async (db) => {
      for (const article of articles) await deleteArticle(db, article.id);
    },
  });

  it("extracts a batch over INLINE_CHARACTERS on the worker threads, not on the event loop", async () => {
    expect(articles.length * text.length).toBeGreaterThan(INLINE_CHARACTERS);
    const sent = sentOffThread.articles;
    const { body } = await graphql(api.server.url, mutation, { input: articles });
    expect(body.errors).toBeUndefined();
    expect(body.data.ingestArticles.map((r: { status: string }) => r.status)).toEqual(["CREATED", "CREATED"]);
    expect(sentOffThread.articles - sent).toBe(articles.length);
  }, 120_000);
});
