import type { Database } from "./database";
import { detachArticles } from "./detachArticles";
import { linkFacts } from "./linkFacts";
import { recordChanges } from "./recordChanges";
import { settleMeetings } from "./settleMeetings";

/**
 * Deletes an article and every fact and actor that no other article supports; false when there was
 * none. The change feed records the article's deletion and what became of its facts (recordChanges).
 */
export function deleteArticle(db: Database, id: string): Promise<boolean> {
  return db.transaction("WRITE", async (run) => {
    const detached = await detachArticles(run, [id]);
    const [{ deleted }] = await run<{ deleted: number }>("deleteArticles", { ids: [id] });
    // Reports that floated to a meeting this article anchored go back to their own node.
    const settled = await settleMeetings(run, detached.groups, detached.meetings);
    if (settled.linked.length > 0) await linkFacts(run, { ids: settled.linked });
    await recordChanges(run, {
      articles: [id, ...settled.moved],
      facts: [...detached.facts, ...settled.linked, ...settled.dropped],
    });
    return deleted > 0;
  });
}
