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

/**
 * At most this many originals are read per band, earliest first (linkCopy.cypher): an article's
 * candidates are then at most BANDS (20) x PER_BAND, however many articles share its bands. Only
 * originals are candidates, so a story reprinted a thousand times costs its next copy one read; K
 * binds only when more than PER_BAND distinct originals share one band key (two unrelated texts at
 * similarity 0.05 share a given band with probability 0.05^3, 1 in 8,000), and then an original
 * past the first PER_BAND is not found, and its near-duplicate stays an original of its own
 * (counted twice, never lost).
 *
 * Cost of a write, all of it: each article written reads <= 160 signatures; when it is earlier
 * than originals already there (a story's first report arriving after its reprints), those become
 * its copies and their direct copies are moved to it, one relationship each. Deleting or rewriting
 * an original decides again its direct copies only, earliest first, each at the same bound.
 * Through the CLI (first 60 bench:corpus seed-7 articles, fresh Neo4j home each run, alternating,
 * load 6-21): main 130 / 53 / 46 s, this branch 120 / 58 / 64 s, 95% of main's rate in sum.
 *
 * Order independence holds for a story whose reports are pairwise near-duplicates (the wire story
 * and its reprints): whatever order they come in, one by one or in batches, and after deletes,
 * the earliest is the original and the others are COPY_OF it. It does not hold (1) for chains,
 * a ~ b and b ~ c but not a ~ c: who is whose copy depends on the order, and a takeover moves b's
 * copies to a without comparing them with a; (2) for an article near two originals x and y: it
 * joins the earlier, and x and y stay apart (they are not merged); (3) past PER_BAND originals in
 * a band.
 *
 * Concurrent writers: every transaction that changes signatures, bands or COPY_OF takes one lock
 * first, the CopyLock node's (writeCopies.cypher, deleteArticles.cypher), and holds it until it
 * commits; linkCopy runs after one of them. So the copies steps run one at a time and each reads
 * what the one before committed. Without it (Band memberships created first, no lock taken), two
 * writers of one text, neither seeing the other yet, both became originals, and a writer could
 * read a signature or article another was deleting ("Unable to load NODE"):
 * tests/integration/copyRace.test.ts. One lock rather than the Band nodes': a copy reaches its
 * original through COPY_OF, and a takeover moves copies that share no band with the new original,
 * so band locks would not cover every article a step reads. The step runs last in its
 * transaction, just before the change feed's lock, which already makes the tails of write
 * transactions run one at a time: what it adds is the step itself.
 */
export const PER_BAND = 8;

/** What deciding articles' originals cost: the signatures read and the COPY_OF moved to a new original. */
export interface CopyCost {
  read: number;
  moved: number;
}

/**
 * Inside a write transaction, after the articles and their facts are written, under the copies'
 * lock: their outlets, text signatures and bands (writeCopies.cypher), then which article each is
 * a copy of (linkCopy.cypher) — and, as their copies' originals may now be one of them, or may have
 * been one of them before their text changed, which article those are copies of. Returns what
 * deciding them cost.
 */
export async function writeCopies(run: Run, records: readonly ArticleWrite[]): Promise<CopyCost> {
  const rows = await run<{ copies: string[] }>("writeCopies", {
    records: records.map(({ article, copies }) => ({ id: article.id, rank: rankOf(article), ...(copies ?? unsigned) })),
  });
  return linkCopies(run, [...records.map((record) => record.article.id), ...rows.flatMap((row) => row.copies)]);
}

const unsigned = { outlet: null, minHashes: null, bands: [] };

/** Orders originals: published time (undated last), then id; zero-padded so strings sort as numbers. */
function rankOf(article: ArticleWrite["article"]): string {
  const ms = article.publishedMs === null ? UNDATED : Math.min(Math.max(article.publishedMs, 0), UNDATED);
  return `${String(ms).padStart(16, "0")}|${article.id}`;
}

// Later than any real date, and below 2^53 so the number is exact.
const UNDATED = 9_000_000_000_000_000;

/**
 * Decides the original of each article of `ids`, one after another in that order (linkCopy.cypher),
 * so a batch ends as the same articles written one by one in that order would. Returns the cost.
 */
export async function linkCopies(run: Run, ids: readonly string[]): Promise<CopyCost> {
  const cost = { read: 0, moved: 0 };
  for (const id of new Set(ids)) {
    const rows = await run<CopyCost>("linkCopy", { id, perBand: PER_BAND, similarity: COPY_SIMILARITY });
    for (const row of rows) {
      cost.read += row.read;
      cost.moved += row.moved;
    }
  }
  return cost;
}
