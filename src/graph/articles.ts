import type { Database } from "./database";
import { toPage, type Page, type PageParams, type PageRows } from "./page";
import type { ArticleRecord } from "./records";
import { toArticle, type RawNode } from "./toRecord";

/** Filters of the articles list; dates checked (dateRange), `mentions` an actor id. */
export interface ArticleFilter {
  language?: string | null;
  source?: string | null;
  from?: string | null;
  to?: string | null;
  mentions?: string | null;
}

export async function findArticles(db: Database, filter: ArticleFilter, page: PageParams): Promise<Page<ArticleRecord>> {
  const params = { language: null, source: null, from: null, to: null, mentions: null, ...filter, ...page };
  const [result] = await db.read<PageRows<RawNode>>("findArticles", params);
  return toPage(result, page, toArticle);
}

/** One page of the articles that report any of these facts. */
export async function findArticlesReporting(db: Database, factIds: readonly string[], page: PageParams): Promise<Page<ArticleRecord>> {
  const [result] = await db.read<PageRows<RawNode>>("findArticlesReporting", { ids: factIds, ...page });
  return toPage(result, page, toArticle);
}
