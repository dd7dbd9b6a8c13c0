import type { ArticleWrite } from "./articleWrite";
import type { Run } from "./database";

/**
 * The estimated Jaccard similarity (the share of equal MinHashes, ingestion/textSignature.ts) at or
 * above which one article is a copy of another, measured by scripts/copyDetection.ts on 2,000
 * generated originals and 1,116 planted copies: the closest two different stories (same event,
 * same actors, same quotes) reached 0.27, a copy and its original 0.55 at the least, two edited
 * copies of one original 0.28. Shingles are 4 words, not 5: an edited word then breaks 4, not 5,
 * which kept copies further from the hard negatives (at 5 words, recall 0.93 at best). 20 bands of
 * 3 rows make a pair at 0.55 a candidate with probability 0.97, one at 0.05 with 0.0025.
 */
export const COPY_SIMILARITY = 0.35;

// Cost, and its limit: an article reads the signatures that share one of its bands and decides
// again the copies it finds, so it costs what its near-duplicates number, not the graph's size,
// as long as stories are mostly distinct. The bench's generated corpus is not: its small phrasing
// kit repeats whole background paragraphs verbatim, so 147 of its first 150 articles (seed 7) are
// near-duplicates of others (4,879 pairs at >= 0.35; 19,760 in the first 300), and each write
// decides again a share of the graph that grows with it. Measured through the CLI on those 150
// articles, fresh Neo4j each run, load 25-36, alternating: main 361 / 361 s wall (Neo4j CPU 80 /
// 85 s), this branch 586 / 483 s (126 / 130 s): 65% of main's rate by CPU, under issue 17's 90%.
// Bounding it (a cap on the signatures read per band, or a generator whose stories differ) is
// left to do; the detection itself (precision, recall) is measured on bench/wireCopies.ts.

/**
 * Inside a write transaction, after the articles are written: their outlets, text signatures and
 * bands (writeCopies.cypher), then which article each is a copy of (linkCopies.cypher) — and, as
 * their copies' originals may now be one of them, or may have been one of them before their text
 * changed, which article those are copies of. Returns every article whose COPY_OF was decided.
 */
export async function writeCopies(run: Run, records: readonly ArticleWrite[]): Promise<string[]> {
  const rows = await run<{ copies: string[] }>("writeCopies", {
    records: records.map(({ article, copies }) => ({ id: article.id, ...(copies ?? unsigned) })),
  });
  return linkCopies(run, [...records.map((record) => record.article.id), ...rows.flatMap((row) => row.copies)]);
}

const unsigned = { outlet: null, minHashes: null, bands: [] };

/**
 * Inside the transaction that deletes articles, before deleteArticles.cypher: takes their
 * signatures, bands and outlets away (forgetCopies.cypher). Returns their copies, to pass to
 * `linkCopies` once the articles are gone.
 */
export async function forgetCopies(run: Run, ids: readonly string[]): Promise<string[]> {
  return (await run<{ copies: string[] }>("forgetCopies", { ids })).flatMap((row) => row.copies);
}

/** Decides the original of each article of `ids`, then of the copies found (whose original may be one of `ids`). */
export async function linkCopies(run: Run, ids: readonly string[]): Promise<string[]> {
  if (ids.length === 0) return [];
  const decided = new Set(ids);
  const found = (await run<{ copies: string[] }>("linkCopies", { ids: [...decided], similarity: COPY_SIMILARITY }))
    .flatMap((row) => row.copies)
    .filter((id) => !decided.has(id));
  const others = [...new Set(found)];
  if (others.length > 0) await run("linkCopies", { ids: others, similarity: COPY_SIMILARITY });
  return [...decided, ...others];
}
