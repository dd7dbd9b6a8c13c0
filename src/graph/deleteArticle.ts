import type { Database } from "./database";
import { detachArticles } from "./detachArticles";

/** Deletes an article and every fact and actor that no other article supports; false when there was none. */
export function deleteArticle(db: Database, id: string): Promise<boolean> {
  return db.transaction("WRITE", async (run) => {
    await detachArticles(run, [id]);
    const [{ deleted }] = await run<{ deleted: number }>("deleteArticles", { ids: [id] });
    return deleted > 0;
  });
}
