import type { Database } from "./database";
import type { CheckedRange } from "./dateRange";
import { keyRange, linkId } from "./relationship";

export interface StanceCount {
  /** Whose statements: 'a', 'b', or null for third parties. */
  side: "a" | "b" | null;
  stance: string;
  count: number;
}

/**
 * The statements between a and b counted by side and stance: side a, then b, then third parties;
 * stances by count. A side's statements are those its actor or one of its people made (`by` is
 * the speaker's key in the Link: a or b itself).
 */
export async function findStances(db: Database, a: string, b: string, range: CheckedRange): Promise<StanceCount[]> {
  const rows = await db.read<{ by: string | null; stance: string; count: number }>(
    "findStances",
    keyRange(linkId(a, b), range),
  );
  const sideOf = (by: string | null): StanceCount["side"] => (by === a ? "a" : by === b ? "b" : null);
  const order = { a: 0, b: 1, third: 2 };
  return rows
    .map(({ by, stance, count }) => ({ side: sideOf(by), stance, count }))
    .sort(
      (x, y) =>
        order[x.side ?? "third"] - order[y.side ?? "third"] || y.count - x.count || x.stance.localeCompare(y.stance),
    );
}
