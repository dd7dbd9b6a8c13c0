import type { Database } from "../../src/graph/database";
import { ingestArticles } from "../../src/ingestion/ingestArticles";
import type { ArticleInput } from "../../src/ingestion/articleInput";
import { shuffled } from "./shuffled";

/** The seeds of the three random orders every order-independence test replays. */
export const ORDER_SEEDS = [7, 42, 2024];

/**
 * Ingests `articles` into an emptied graph in one batch, then in three seeded random orders, each
 * one by one and in one batch, and expects `graph()` to read the same after every run: the merge
 * rules decide on the set of articles, never on the order they came in (README, "Merge rules").
 * `clear` empties what the articles wrote.
 */
export async function expectSameInAnyOrder<T>(
  db: Database,
  articles: readonly ArticleInput[],
  clear: () => Promise<void>,
  graph: () => Promise<T>,
): Promise<void> {
  await clear();
  await ingestArticles(db, articles);
  const reference = await graph();
  for (const seed of ORDER_SEEDS) {
    await clear();
    for (const article of shuffled(articles, seed)) await ingestArticles(db, [article]);
    expect(await graph()).toEqual(reference);
    await clear();
    await ingestArticles(db, shuffled(articles, seed));
    expect(await graph()).toEqual(reference);
  }
}
