import type { Database } from "./database";
import { toPage, type Page, type PageParams, type PageRows } from "./page";
import type { SanctionRecord } from "./records";
import { toFact, type RawNode } from "./toRecord";

/** Filters of the sanctions list; ids already resolved from names, dates checked. */
export interface SanctionFilter {
  /** Imposed by this actor (a country also covers its people). */
  imposer?: string | null;
  /** Targeting this actor (a country also covers its people). */
  target?: string | null;
  /** Imposed by or targeting this side. */
  actor?: string | null;
  status?: string | null;
  /** Bounds on the day the sanctions were first reported. */
  from?: string | null;
  to?: string | null;
  language?: string | null;
  source?: string | null;
  /** At least this many distinct original reports among its sources (COPY_OF: README, "Independent sources"). */
  minIndependentSources?: number | null;
}

export async function findSanctions(
  db: Database,
  filter: SanctionFilter,
  page: PageParams,
): Promise<Page<SanctionRecord>> {
  const [result] = await db.read<PageRows<RawNode>>("findSanctions", { ...nulls, ...filter, ...page });
  return toPage(result, page, (raw) => toFact(raw) as SanctionRecord);
}

const nulls: Required<SanctionFilter> = {
  imposer: null,
  target: null,
  actor: null,
  status: null,
  from: null,
  to: null,
  language: null,
  source: null,
  minIndependentSources: null,
};
