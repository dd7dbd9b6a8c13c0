import type { ClaimableKind } from "../kinds/factKinds";
import type { Database } from "./database";
import { toPage, type Page, type PageParams, type PageRows } from "./page";
import type { FactRecords } from "./records";
import { toFact, type RawNode } from "./toRecord";

/**
 * Filters of the agreements and transfers lists; ids already resolved from names, dates checked.
 * Filters that do not apply to a kind (an agreement has no supplier) are left null by the API.
 */
export interface CooperationFilter {
  /** A party of any role (a country also covers its people). */
  country?: string | null;
  supplier?: string | null;
  receiver?: string | null;
  status?: string | null;
  kind?: string | null;
  item?: string | null;
  from?: string | null;
  to?: string | null;
  language?: string | null;
  source?: string | null;
  /** At least this many distinct original reports among its sources (COPY_OF: README, "Independent sources"). */
  minIndependentSources?: number | null;
}

/** Agreements or transfers, one page, the latest dated first (cypher/queries/findCooperation.cypher). */
export async function findCooperation<K extends ClaimableKind>(
  db: Database,
  label: K,
  filter: CooperationFilter,
  page: PageParams,
): Promise<Page<FactRecords[K]>> {
  const [result] = await db.read<PageRows<RawNode>>("findCooperation", { ...nulls, ...filter, ...page, label });
  return toPage(result, page, (raw) => toFact(raw) as FactRecords[K]);
}

const nulls: Required<CooperationFilter> = {
  country: null,
  supplier: null,
  receiver: null,
  status: null,
  kind: null,
  item: null,
  from: null,
  to: null,
  language: null,
  source: null,
  minIndependentSources: null,
};
