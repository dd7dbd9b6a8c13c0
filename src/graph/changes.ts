import { BadInputError } from "../errors";
import { decodeChangeCursor, encodeChangeCursor } from "./changeCursor";
import type { Database } from "./database";
import type { Page } from "./page";
import type { ChangeKind, ChangeOp } from "./recordChanges";

/** One entry of the change feed (README, "For dashboards"). */
export interface ChangeRecord {
  /** Its place in the feed: consecutive from 1, in commit order. */
  seq: number;
  kind: ChangeKind;
  id: string;
  op: ChangeOp;
  /** The state after the change as JSON (src/graph/changeSnapshot.ts); null for a deletion. */
  snapshot: string | null;
  /** When it was recorded (ISO 8601). */
  at: string;
}

/**
 * One page of the change feed after the cursor `after` (from the start without one). Only the
 * unbroken run of numbers after the cursor is returned: numbers are consecutive and become
 * visible in order, so a missing one can only be a transaction committing at this instant, and
 * the next call returns it (a page never skips a change that is still arriving).
 */
export async function findChanges(
  db: Database,
  page: { first: number; after: string | null },
): Promise<Page<ChangeRecord>> {
  const after = page.after === null ? 0 : decodeChangeCursor(page.after);
  const [{ last, changes }] = await db.read<{ last: number; changes: ChangeRecord[] }>("findChanges", {
    after,
    first: page.first,
  });
  if (after > last) {
    throw new BadInputError(
      `The cursor "${page.after}" is past the end of this graph's change feed (change ${after}, the last is ${last}): it comes from another graph.`,
    );
  }
  const run = changes.filter((change, i) => change.seq === after + 1 + i);
  const nodes = run.slice(0, page.first);
  return {
    nodes,
    cursors: nodes.map((change) => encodeChangeCursor(change.seq)),
    hasNextPage: run.length > page.first,
    totalCount: last - after,
  };
}
