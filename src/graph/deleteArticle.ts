import type { Database } from "./database";
import { deleteArticles } from "./deleteArticles";

/**
 * Deletes an article and every fact and actor that no other article supports; false when there was
 * none. One article of deleteArticles.
 */
export async function deleteArticle(db: Database, id: string): Promise<boolean> {
  return (await deleteArticles(db, [id])) > 0;
}
