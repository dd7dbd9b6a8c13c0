import type { Database } from "./database";
import { coverArticles } from "./coverArticles";
import { detachArticles } from "./detachArticles";
import { linkCopies } from "./linkCopies";
import { linkFacts } from "./linkFacts";
import { recordChanges } from "./recordChanges";
import { settleMeetings } from "./settleMeetings";
import { settleStatements } from "./settleStatements";

/**
 * Deletes an article and every fact and actor that no other article supports; false when there was
 * none. The change feed records the article's deletion and what became of its facts (recordChanges).
 */
export function deleteArticle(db: Database, id: string): Promise<boolean> {
  return db.transaction("WRITE", async (run) => {
    const detached = await detachArticles(run, [id]);
    // Reports that floated to a meeting this article anchored go back to their own node.
    const meetings = await settleMeetings(run, detached.groups, detached.meetings);
    // So do the statements this article's report held together, and a statement may now split.
    const statements = await settleStatements(run, detached.said);
    await run("drawClaims", { ids: statements.linked });
    const linked = [...meetings.linked, ...statements.linked];
    if (linked.length > 0) await linkFacts(run, { ids: linked });
    await coverArticles(run, {
      ids: [...meetings.moved, ...statements.moved],
      facts: [...meetings.relinked, ...statements.relinked],
    });
    // The article itself goes last, reporting nothing by now: deleting it takes the copies' lock
    // (linkCopies.ts), which is then held only for the copies step and the change feed's tail.
    const [{ deleted, copies }] = await run<{ deleted: number; copies: string[] }>("deleteArticles", { ids: [id] });
    // Its copies find their original among the others: the next earliest is promoted.
    await linkCopies(run, copies);
    await recordChanges(run, {
      articles: [id, ...meetings.moved, ...statements.moved],
      facts: [...detached.facts, ...linked, ...meetings.dropped, ...statements.dropped],
    });
    return deleted > 0;
  });
}
