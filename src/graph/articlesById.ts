import type { Database } from "./database";

export interface ArticleRow {
  id: string;
  url: string | null;
  title: string | null;
  source: string | null;
  language: string;
  publishedAt: string | null;
  ingestedAt: string;
}

/** The articles with these ids, by id; one query however many. */
export async function articlesById(db: Database, ids: readonly string[]): Promise<Map<string, ArticleRow>> {
  const rows = await db.read<{ article: ArticleRow }>("articlesById", { ids });
  return new Map(rows.map(({ article }) => [article.id, article]));
}
