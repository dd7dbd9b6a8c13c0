import type { Database } from "./database";
import type { CheckedRange } from "./dateRange";
import { toPage, type Page, type PageParams, type PageRows } from "./page";
import type { ArticleRecord } from "./records";
import { keyRange } from "./relationship";
import { toArticle, type RawNode } from "./toRecord";

/** Filters of the articles list; dates checked (dateRange), `mentions` an actor id. */
export interface ArticleFilter {
  language?: string | null;
  source?: string | null;
  from?: string | null;
  to?: string | null;
  mentions?: string | null;
}

export async function findArticles(
  db: Database,
  filter: ArticleFilter,
  page: PageParams,
): Promise<Page<ArticleRecord>> {
  const params = { language: null, source: null, from: null, to: null, mentions: null, ...filter, ...page };
  const [result] = await db.read<PageRows<RawNode>>("findArticles", params);
  return toPage(result, page, toArticle);
}

/** One page of the articles that report a meeting or statement of Link `link`, published within the range. */
export async function findLinkArticles(
  db: Database,
  link: string,
  range: CheckedRange,
  page: PageParams,
): Promise<Page<ArticleRecord>> {
  const keys = keyRange(link, range);
  const top = page.after ? `${link}|${page.after[0]}` : keys.high;
  const [result] = await db.read<PageRows<RawNode>>("findLinkArticles", {
    ...keys,
    ...page,
    top: top < keys.high ? top : keys.high,
  });
  return toPage(result, page, toArticle);
}
