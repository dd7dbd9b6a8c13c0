import type { Database } from "../../src/graph/database";
import { deleteArticle } from "../../src/graph/deleteArticle";
import { findActorsById } from "../../src/graph/actorLinks";
import { writeArticles } from "../../src/graph/writeArticles";
import type { ArticleWrite } from "../../src/graph/articleWrite";
import { testDatabase } from "../support/database";

/**
 * Two batches that add spellings of one actor at the same time: the second waits for the first's
 * lock and must keep what the first added, without listing a spelling twice.
 */
const run = `names-${Date.now()}`;
const actorId = `${run}-envoy`;
const record = (id: string, names: string[]): ArticleWrite => ({
  article: {
    id: `${run}-${id}`,
    url: null,
    title: null,
    source: null,
    language: "en",
    publishedAt: null,
    contentHash: id,
    publishedMs: null,
    ingestedAt: "2026-11-26T00:00:00Z",
  },
  actors: [{ id: actorId, kind: "Person", name: "Envoy Names", names, country: null }],
  roles: [],
  meetings: [],
  sanctions: [],
  statements: [],
});

describe("an actor's names under concurrent writes", () => {
  let db: Database;
  beforeAll(() => (db = testDatabase()));
  afterAll(async () => {
    for (const id of ["first", "second", "third"]) await deleteArticle(db, `${run}-${id}`);
    await db.close();
  });

  it("keeps every spelling once when a second batch waits for the first", async () => {
    await writeArticles(db, [record("first", ["Envoy Names"])]);
    let second: Promise<unknown> = Promise.resolve();
    await db.transaction("WRITE", async (write) => {
      await write("writeArticles", { records: [record("second", ["Envoy Names", "Envoy N.", "E. Names"])] });
      // The third reads the names as they were, then waits here for this transaction's lock.
      second = writeArticles(db, [record("third", ["Envoy Names", "E. Names", "Names Envoy"])]);
      await new Promise((resolve) => setTimeout(resolve, 500));
    });
    await second;
    const [actor] = await findActorsById(db, [actorId]);
    expect(actor).toMatchObject({ aliases: ["Envoy Names", "Envoy N.", "E. Names", "Names Envoy"] });
  });
});
