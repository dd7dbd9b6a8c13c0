import type { Run } from "./database";
import type { TallyMove } from "./tallyFacts";

/**
 * The last step of a write transaction, after recordChanges: adds the moves tallyFacts summed to
 * the list counters (addTallies.cypher, in key order). Why after the change feed: every writer
 * takes the feed's lock first (recordChanges), so by the time a transaction reaches its counters
 * no other writer can hold one, and a hot month's counter adds no lock wait of its own; the
 * counters only lengthen the tail that the feed already runs one transaction at a time.
 * Measured with bench/tallyContention.ts (50 concurrent ingests into one month): see
 * bench/results/2026-12-07-list-counters.md.
 */
export async function addTallies(run: Run, moves: readonly TallyMove[]): Promise<void> {
  if (moves.length > 0) await run("addTallies", { deltas: moves });
}
