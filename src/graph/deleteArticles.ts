import type { Database } from "./database";
import { coverArticles } from "./coverArticles";
import { detachArticles } from "./detachArticles";
import { linkCopies } from "./linkCopies";
import { linkFacts } from "./linkFacts";
import { recordChanges } from "./recordChanges";
import { settleCountries } from "./settleCountries";
import { settleMeetings } from "./settleMeetings";
import { settleStatements } from "./settleStatements";
import { addTallies } from "./addTallies";
import { tallyFacts } from "./tallyFacts";

/**
 * Deletes articles, in one transaction, and every fact and actor that no other article supports;
 * returns how many of them existed. The change feed records the articles' deletion and what became
 * of their facts (recordChanges), and the list counters drop the facts that went (tallyFacts). This
 * is the only way the project deletes articles: taking them back with detachArticles alone would
 * skip settling, the feed and the counters, and leave the lists' totals wrong.
 */
export function deleteArticles(db: Database, ids: readonly string[]): Promise<number> {
  return db.transaction("WRITE", async (run) => {
    const detached = await detachArticles(run, ids);
    // Reports that floated to a meeting these articles anchored go back to their own node.
    const meetings = await settleMeetings(run, detached.groups, detached.meetings);
    // A person whose country loses an article that gave it may now have another (or none).
    const recountried = await settleCountries(run, { losing: detached.losing });
    // So do the statements their reports held together, and a statement may now split.
    const statements = await settleStatements(run, detached.said, recountried);
    await run("drawClaims", { ids: statements.linked });
    const linked = [...meetings.linked, ...statements.linked];
    const { covering, refiled } =
      linked.length > 0 || recountried.length > 0
        ? await linkFacts(run, { ids: linked, actors: recountried })
        : { covering: [], refiled: [] };
    const covered = await coverArticles(run, {
      ids: [...meetings.moved, ...statements.moved],
      facts: [...meetings.relinked, ...statements.relinked, ...refiled],
    });
    const facts = [...detached.facts, ...linked, ...meetings.dropped, ...statements.dropped, ...refiled];
    // The articles are counted with no COVERS left before they go (their series counters drop them).
    const moves = await tallyFacts(run, {
      facts,
      actors: recountried,
      articles: [...ids, ...covering, ...covered],
    });
    // The articles themselves go last, reporting nothing by now: deleting them takes the copies' lock
    // (linkCopies.ts), which is then held only for the copies step and the change feed's tail.
    const [{ deleted, copies }] = await run<{ deleted: number; copies: string[] }>("deleteArticles", { ids });
    // Their copies find their original among the others: the next earliest is promoted.
    await linkCopies(run, copies);
    await recordChanges(run, { articles: [...ids, ...meetings.moved, ...statements.moved], facts });
    await addTallies(run, moves);
    return deleted;
  });
}
