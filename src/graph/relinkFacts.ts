import { coverArticles } from "./coverArticles";
import type { Database } from "./database";
import { linkFacts } from "./linkFacts";
import { recordChanges } from "./recordChanges";
import { addTallies } from "./addTallies";
import { tallyFacts } from "./tallyFacts";

/**
 * Files every fact under its Links again, dates every sanction, draws its target's countries and
 * every statement's claims, counts its meetings and statements for the lists and its keyed links for
 * the series (tallyFacts) (README, "Links"), a thousand facts per transaction; then redraws every
 * article's COVERS and counts them for the series, a thousand articles per transaction: for a graph
 * written before Links or counters existed, or to repair one. Idempotent. What it changes goes into
 * the change feed, and a fact the feed has not announced yet (written before the feed existed) is
 * announced as created.
 * Returns how many facts it went through.
 */
export async function relinkFacts(db: Database, progress: (facts: number) => void = () => {}): Promise<number> {
  let total = 0;
  for (let after = ""; ;) {
    const [{ ids }] = await db.read<{ ids: string[] }>("factIdsAfter", { after });
    if (ids.length === 0) break;
    await db.transaction("WRITE", async (run) => {
      await run("dateSanctions", { ids });
      await run("dropTargetCountries", { ids });
      await run("targetCountries", { ids, articles: null });
      // Statements among them have their claims drawn from their reports (others are skipped).
      await run("drawClaims", { ids });
      await linkFacts(run, { ids });
      // Counts and files the meetings and statements of a graph written before the list counters.
      const moves = await tallyFacts(run, { facts: ids });
      await recordChanges(run, { articles: [], facts: ids });
      await addTallies(run, moves);
    });
    total += ids.length;
    after = ids[ids.length - 1];
    progress(total);
  }
  for (let after = ""; ;) {
    const [{ ids }] = await db.read<{ ids: string[] }>("articleIdsAfter", { after });
    if (ids.length === 0) return total;
    await db.transaction("WRITE", async (run) => {
      await coverArticles(run, { ids, facts: [] });
      await addTallies(run, await tallyFacts(run, { facts: [], articles: ids }));
    });
    after = ids[ids.length - 1];
  }
}
