import { FACT_KINDS, factKinds } from "../kinds/factKinds";
import type { Run } from "./database";

/** A counter's change: `delta` facts more (or fewer) under `key`. */
export interface TallyMove {
  key: string;
  delta: number;
}

/** The kinds filed under Links by a dated key, whose facts the series' counters count. */
const keyed = FACT_KINDS.filter((kind) => factKinds[kind].keyed);

/**
 * Inside a write transaction, after the facts are written, settled and linked and before the change
 * feed (recordChanges): keeps the list counters and the lists' per-side keys true for the meetings
 * and statements the transaction touched (`facts`, a superset is fine), those of the `actors` that
 * have just gained or changed a country, and those it deleted; and the series' counters per Link and month for
 * those facts and for the `articles` whose COVERS it may have changed (tallyFacts.cypher). The
 * lists then count a range by summing a few counters (countRanges), page a side's facts by one
 * index seek, and a series by month reads a few counters per month (findSeries), whatever the size
 * of the graph.
 *
 * Exactness: a fact keeps the keys it is counted under, so only the difference moves a counter, and
 * a fact deleted anywhere in the transaction leaves its keys to be taken back; the moves are summed
 * per key and returned in key order; addTallies writes them after recordChanges, under the change
 * feed's lock (see there why).
 */
export async function tallyFacts(
  run: Run,
  {
    facts,
    actors = [],
    articles = [],
  }: { facts: readonly string[]; actors?: readonly string[]; articles?: readonly string[] },
): Promise<TallyMove[]> {
  const [{ moves }] = await run<{ moves: TallyMove[] }>("tallyFacts", {
    ids: [...new Set(facts)],
    actors,
    articles: [...new Set(articles)],
    keyed,
  });
  const sums = new Map<string, number>();
  for (const { key, delta } of moves) sums.set(key, (sums.get(key) ?? 0) + delta);
  return [...sums]
    .filter(([, delta]) => delta !== 0)
    .sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0))
    .map(([key, delta]) => ({ key, delta }));
}
