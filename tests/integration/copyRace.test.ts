import { articleCopies } from "../../src/graph/articleCopies";
import { loadConfig } from "../../src/config";
import { Database } from "../../src/graph/database";
import { deleteArticle } from "../../src/graph/deleteArticle";
import type { ArticleInput } from "../../src/ingestion/articleInput";
import { ingestArticles } from "../../src/ingestion/ingestArticles";
import { testQueries } from "../support/testQueries";

/**
 * Wire copies written and deleted by many transactions at once (README, "Independent sources"):
 * sixteen outlets ingest one story at the same moment, each alone; then sixteen near-identical
 * reprints (one word changed each) come in while the first sixteen are deleted; then half the
 * reprints are written again with other text while the other half are deleted. Every write
 * succeeds, the earliest report stays the original of the others, and once every article is gone
 * nothing near-duplicate detection kept of them is left. Before the copies step took its lock
 * (linkCopies.ts), the bland story's sixteen writers made two originals of one text.
 */
const prefix = "copy-race-";
const run = `${prefix}${Date.now()}`;
const writers = 16;
const rounds = 2;

/**
 * Written for this test. `note` keeps each round's text its own. The bland story names no state or
 * person, so its writers share no fact or actor node, only the Bands (the fuzz test's articles are
 * such); the other, Lula's state visit to Portugal in April 2023, shares its facts as well.
 */
const stories = {
  bland: (round: number, edit = "") =>
    `The town library opened a new reading room on Tuesday morning, paid for by ${edit || "local"} donors. ` +
    `Volunteers carried boxes of books up the stairs while children drew pictures on the floor. ` +
    `The head librarian said the room would stay open late on Thursdays, and note ${run} ${round} records it. ` +
    `A small cafe on the ground floor served tea and cake to visitors until the evening.`,
  visit: (round: number, edit = "") =>
    `Brazilian President Luiz Inacio Lula da Silva arrived in Lisbon on 22 April 2023 for a state visit of five days. ` +
    `He met Portuguese Prime Minister Antonio Costa and the two governments signed thirteen agreements on ${edit || "energy"}, ` +
    `science, tourism and the recognition of driving licences. Lula told reporters in Lisbon: "Portugal and Brazil ` +
    `are bound by history and by the language we share, and note ${run} ${round} says so." Crowds gathered ` +
    `outside the parliament building while the two delegations ate lunch in a palace near the river.`,
};

/** Edits that each change one word of the story: every reprint is near its original, none identical. */
const edits = ["power", "fuel", "wind", "solar", "oil", "gas", "ports", "roads", "rail", "ships", "farms", "water"];
const edit = (i: number) => edits[i % edits.length] + (i >= edits.length ? " and trade" : "");

const domain = (kind: string, i: number) => `outlet${i}-${kind}-${run}.example`;

const article = (round: string, batch: string, i: number, text: string, hour: number): ArticleInput => ({
  id: `${run}-${round}-${batch}-${i}`,
  url: `https://www.${domain(round, i)}/world/${batch}`,
  language: "en",
  // One minute apart: the first is the earliest, the original of the others.
  publishedAt: `2023-04-22T${String(hour).padStart(2, "0")}:${String(i).padStart(2, "0")}:00Z`,
  title: `Lula in Lisbon (${batch} ${i})`,
  text,
});

describe("wire copies written and deleted at the same time", () => {
  let db: Database;
  /** Deletes the articles of this test, of this run or of one cut off before its clean-up: they would be originals of this run's. */
  const deleteAll = async () => {
    const left = await db.read<{ id: string }>("test/articleIdsStarting", { prefix });
    for (const { id } of left) await deleteArticle(db, id);
  };
  beforeAll(async () => {
    // Patient writes: sixteen writers of one story's facts queue for the same nodes, and on a loaded
    // machine the last waits past the server's write timeout; this file is not about that timeout.
    const config = loadConfig();
    db = Database.connect(
      config.neo4j.uri!,
      { ...config.neo4j, readTimeoutMs: 60_000, writeTimeoutMs: 300_000 },
      testQueries,
    );
    await deleteAll();
  });
  afterAll(async () => {
    await deleteAll();
    await db.close();
  });

  /** Each article ingested in a call of its own, all at once; every one must be written. */
  const ingestEachAtOnce = (articles: ArticleInput[]) =>
    articles.map(async (a) => {
      const [outcome] = await ingestArticles(db, [a]);
      return outcome.ok ? outcome.status : `${a.id}: ${outcome.error.message}`;
    });
  const deleteEachAtOnce = (articles: ArticleInput[]) => articles.map((a) => deleteArticle(db, a.id!));
  /** The original each article copies: the first of `articles` for every other one, none for the first. */
  const originals = async (articles: ArticleInput[]) =>
    (
      await articleCopies(
        db,
        articles.map((a) => a.id!),
      )
    ).map((copies) => copies.copyOf);
  const copiesOfFirst = (articles: ArticleInput[]) => [null, ...articles.slice(1).map(() => articles[0].id)];

  it.each(Object.keys(stories) as Array<keyof typeof stories>)(
    `keeps one original per %s story and leaves nothing behind (${rounds} rounds of ${writers} writers)`,
    async (kind) => {
      const story = stories[kind];
      const ids: string[] = [];
      for (let round = 0; round < rounds; round++) {
        // 1. One text, sixteen outlets, sixteen transactions at once.
        const text = story(round);
        const first = Array.from({ length: writers }, (_, i) => article(`${kind}${round}`, "same", i, text, 10));
        expect(await Promise.all(ingestEachAtOnce(first))).toEqual(first.map(() => "CREATED"));
        expect(await originals(first)).toEqual(copiesOfFirst(first));

        // 2. Sixteen reprints, a word changed in each, while the first sixteen are deleted.
        const reprints = Array.from({ length: writers }, (_, i) =>
          article(`${kind}${round}`, "edited", i, story(round, edit(i)), 11),
        );
        const [written, deleted] = await Promise.all([
          Promise.all(ingestEachAtOnce(reprints)),
          Promise.all(deleteEachAtOnce(first)),
        ]);
        expect(written).toEqual(reprints.map(() => "CREATED"));
        expect(deleted).toEqual(first.map(() => true));
        expect(await originals(reprints)).toEqual(copiesOfFirst(reprints));

        // 3. Half the reprints written again with another word (their signatures replaced), while the
        // other half are deleted; then the rest go too.
        const rewritten = reprints
          .filter((_, i) => i % 2 === 0)
          .map((a, i) => ({ ...a, text: story(round, `${edit(i)} and health`) }));
        const dropped = reprints.filter((_, i) => i % 2 === 1);
        const [again, gone] = await Promise.all([
          Promise.all(ingestEachAtOnce(rewritten)),
          Promise.all(deleteEachAtOnce(dropped)),
        ]);
        expect(again).toEqual(rewritten.map(() => "UPDATED"));
        expect(gone).toEqual(dropped.map(() => true));
        expect(await originals(rewritten)).toEqual(copiesOfFirst(rewritten));
        expect(await Promise.all(deleteEachAtOnce(rewritten))).toEqual(rewritten.map(() => true));

        ids.push(...[first, reprints].flatMap((articles) => articles.map((a) => a.id!)));
      }

      const domains = Array.from({ length: rounds }, (_, round) =>
        Array.from({ length: writers }, (_, i) => domain(`${kind}${round}`, i)),
      ).flat();
      const [left] = await db.read("test/copyLeftovers", { ids, domains });
      expect(left).toEqual({ signatures: 0, outlets: 0, bands: 0 });
    },
    600_000,
  );
});
