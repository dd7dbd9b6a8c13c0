import type { Database } from "./database";
import type { ArticleRecord } from "./records";
import { toArticle, type RawNode } from "./toRecord";

/** The articles with these ids, by id; one query however many. */
export async function articlesById(db: Database, ids: readonly string[]): Promise<Map<string, ArticleRecord>> {
  const rows = await db.read<{ article: RawNode }>("articlesById", { ids });
  return new Map(rows.map(({ article }) => [String(article.id), toArticle(article)]));
}
