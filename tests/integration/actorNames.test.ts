import fs from "node:fs";
import path from "node:path";
import type { Database } from "../../src/graph/database";
import { deleteArticle } from "../../src/graph/deleteArticle";
import { findActorsById } from "../../src/graph/actorLinks";
import { writeArticles } from "../../src/graph/writeArticles";
import type { ArticleWrite } from "../../src/graph/articleWrite";
import { testDatabase } from "../support/database";

/**
 * Two writers add spellings of one actor at once. The interleaving is forced, not hoped for: the
 * first transaction adds its spellings and holds the actor's lock; the second starts, and the first
 * commits only once Neo4j lists the second as blocked on a lock (SHOW TRANSACTIONS).
 * Through writeArticles, Neo4j holds the second batch before it reads the names (it passes with
 * the names step of before the fix too, tried); the controls run that step alone, where the read
 * does come before the lock, and show the spelling twice without the guard and once with it — and
 * that writeArticles.cypher holds the guarded step, not the other.
 */
const run = `names-${Date.now()}`;
const read = (file: string) => fs.readFileSync(path.resolve(__dirname, "../..", file), "utf8");
const record = (actorId: string, id: string, names: string[]): ArticleWrite => ({
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
  cooperation: [],
});

describe("an actor's names under concurrent writes", () => {
  let db: Database;
  const probes: string[] = [];
  beforeAll(() => (db = testDatabase()));
  afterAll(async () => {
    for (const id of ["first", "second", "third"]) await deleteArticle(db, `${run}-${id}`);
    for (const id of probes) await db.write("test/removePlanted", { label: "RaceProbe", id });
    await db.close();
  });

  /**
   * Runs `first` in a transaction that then holds its locks, starts `second`, waits until Neo4j
   * lists a transaction whose query holds `marker` as blocked, then commits `first`.
   */
  async function interleave(
    first: (run: <R>(query: string, params: Record<string, unknown>) => Promise<R[]>) => Promise<unknown>,
    second: () => Promise<unknown>,
    marker: string,
  ): Promise<void> {
    let waiting: Promise<unknown> = Promise.resolve();
    await db.transaction("WRITE", async (run) => {
      await first(run);
      waiting = second();
      for (let polls = 0; ; polls++) {
        const [{ blocked }] = await db.read<{ blocked: number }>("test/blockedTransactions", { marker });
        if (blocked > 0) break;
        if (polls > 2_000) throw new Error(`No transaction with "${marker}" ever waited for the lock.`);
        await new Promise((resolve) => setTimeout(resolve, 10));
      }
    });
    await waiting;
  }

  it("keeps every spelling once when a batch is blocked on the actor's lock while another writer adds spellings", async () => {
    const actorId = `${run}-envoy`;
    await writeArticles(db, [record(actorId, "first", ["Envoy Names"])]);
    await interleave(
      (write) => write("test/addActorNames", { id: actorId, names: ["Envoy Names", "Envoy N.", "E. Names"] }),
      () => writeArticles(db, [record(actorId, "third", ["Envoy Names", "E. Names", "Names Envoy"])]),
      "newNames", // a word of writeArticles.cypher
    );
    const [actor] = await findActorsById(db, [actorId]);
    expect(actor).toMatchObject({ aliases: ["Envoy Names", "Envoy N.", "E. Names", "Names Envoy"] });
  });

  it.each([
    [
      "test/addNamesUnguarded",
      "lists a spelling twice without the guard (the code before the fix)",
      ["E. Names", "E. Names"],
    ],
    ["test/addNamesGuarded", "lists each spelling once with it", ["E. Names"]],
  ])(
    "control: the names step alone (%s), read before the lock and written after it, %s",
    async (query, _, expected) => {
      const id = `${run}-probe-${query.split("/")[1]}`;
      probes.push(id);
      await db.write(query, { id, names: ["Envoy Names"] });
      await interleave(
        (write) => write(query, { id, names: ["Envoy Names", "Envoy N.", "E. Names"] }),
        () => db.write(query, { id, names: ["Envoy Names", "E. Names", "Names Envoy"] }),
        "RaceProbe",
      );
      const [{ names }] = await db.write<{ names: string[] }>(query, { id, names: [] });
      expect(names).toEqual(["Envoy Names", "Envoy N.", ...expected, "Names Envoy"]);
      const step = /SET x\.names = x\.names \+ (\[[^\]]*\]|newNames)/.exec(
        read(`tests/cypher/${query.split("/")[1]}.cypher`),
      )![0];
      expect(read("cypher/queries/writeArticles.cypher").includes(step)).toBe(query === "test/addNamesGuarded");
    },
  );
});
