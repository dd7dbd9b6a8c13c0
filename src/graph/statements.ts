import type { Database } from "./database";
import { toPage, type Page, type PageParams, type PageRows } from "./page";
import type { StatementRecord } from "./records";
import { toFact, type RawNode } from "./toRecord";

/** Filters of the statements list; ids and codes already resolved from names, dates checked. */
export interface StatementFilter {
  /** Said by this actor; a country also covers its people. */
  speaker?: string | null;
  /** About this country code. */
  about?: string | null;
  /** Said by this side or about it. */
  actor?: string | null;
  stance?: string | null;
  from?: string | null;
  to?: string | null;
  language?: string | null;
  source?: string | null;
  /** At least this many distinct original reports among its sources (COPY_OF: README, "Independent sources"). */
  minIndependentSources?: number | null;
}

export interface StatementRequest {
  filter: StatementFilter;
  page: PageParams;
}

/** One page per request, in order; one query however many requests (a DataLoader batches them). */
export async function findStatements(
  db: Database,
  requests: readonly StatementRequest[],
): Promise<Array<Page<StatementRecord>>> {
  const params = requests.map(({ filter, page }, key) => ({ ...nulls, ...filter, ...page, key }));
  const rows = await db.read<PageRows<RawNode> & { key: number }>("findStatements", { requests: params });
  const byKey = new Map(rows.map((row) => [row.key, row]));
  return requests.map(({ page }, key) => toPage(byKey.get(key), page, (raw) => toFact(raw) as StatementRecord));
}

const nulls: Required<StatementFilter> = {
  speaker: null,
  about: null,
  actor: null,
  stance: null,
  from: null,
  to: null,
  language: null,
  source: null,
  minIndependentSources: null,
};
