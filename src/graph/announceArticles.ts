import type { Database } from "./database";
import { recordChanges } from "./recordChanges";

/**
 * Puts every article the change feed has not announced into it (as created), a thousand per
 * transaction: for a graph written before the feed existed, whose facts relinkFacts announces, so
 * that replaying the feed from the start gives their sources too. Articles already announced in
 * their present state are skipped (recordChanges compares them with their last change). Idempotent.
 * Returns how many articles it went through.
 */
export async function announceArticles(db: Database, progress: (articles: number) => void = () => {}) {
  let total = 0;
  for (let after = ""; ;) {
    const [{ ids }] = await db.read<{ ids: string[] }>("articleIdsAfter", { after });
    if (ids.length === 0) return total;
    await db.transaction("WRITE", (run) => recordChanges(run, { articles: ids, facts: [] }));
    total += ids.length;
    after = ids[ids.length - 1];
    progress(total);
  }
}
