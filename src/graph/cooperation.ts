import type { GenericKind, PartyType } from "../kinds/factKinds";
import type { Database } from "./database";
import { toPage, type Page, type PageParams, type PageRows } from "./page";
import type { FactRecords } from "./records";
import { toFact, type RawNode } from "./toRecord";

/**
 * Filters of the list of a generic kind (agreements, transfers: src/kinds/factKinds.ts); ids
 * already resolved from names, dates checked. A filter left null does not apply. A kind's own
 * filters are named by what they read, so that one query serves every generic kind.
 */
export interface CooperationFilter {
  /** A party of any role (a country also covers its people). */
  country?: string | null;
  /** A party in one role, by the relationship that makes it one: a transfer's supplier is `SENT`. */
  parties?: Partial<Record<PartyType, string | null | undefined>>;
  /** A property equal to a value: an agreement's `kind`, any kind's `status`. */
  equal?: Record<string, string | null | undefined>;
  /** A list property holding a value: one of a transfer's `items`. */
  holds?: Record<string, string | null | undefined>;
  from?: string | null;
  to?: string | null;
  language?: string | null;
  source?: string | null;
  /** At least this many distinct original reports among its sources (COPY_OF: README, "Independent sources"). */
  minIndependentSources?: number | null;
}

/** One page of a generic kind, the latest dated first (cypher/queries/findCooperation.cypher). */
export async function findCooperation<K extends GenericKind>(
  db: Database,
  label: K,
  filter: CooperationFilter,
  page: PageParams,
): Promise<Page<FactRecords[K]>> {
  const [result] = await db.read<PageRows<RawNode>>("findCooperation", {
    ...nulls,
    ...filter,
    parties: applied(filter.parties),
    equal: applied(filter.equal),
    holds: applied(filter.holds),
    ...page,
    label,
  });
  return toPage(result, page, (raw) => toFact(raw) as FactRecords[K]);
}

/** The filters of a map that apply (the Cypher reads every key). */
const applied = (filters: Record<string, string | null | undefined> = {}) =>
  Object.fromEntries(Object.entries(filters).filter(([, value]) => value != null));

const nulls = { country: null, from: null, to: null, language: null, source: null, minIndependentSources: null };
