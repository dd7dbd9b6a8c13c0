import type { Database } from "./database";
import { toPage, type Page, type PageParams, type PageRows } from "./page";
import type { MeetingRecord } from "./records";
import { toFact, type RawNode } from "./toRecord";

/** Filters of the meetings list; ids and codes already resolved from names, dates checked (dateRange). */
export interface MeetingFilter {
  /** A country, organization or person id; a country also covers its people. */
  actor?: string | null;
  /** Exactly this person. */
  person?: string | null;
  /** Country code where it was held. */
  location?: string | null;
  status?: string | null;
  from?: string | null;
  to?: string | null;
  /** Reported by an article in this language / from this outlet. */
  language?: string | null;
  source?: string | null;
  /** At least this many distinct original reports among its sources (COPY_OF: README, "Independent sources"). */
  minIndependentSources?: number | null;
}

export interface MeetingRequest {
  filter: MeetingFilter;
  page: PageParams;
}

/** One page per request, in order; one query however many requests (a DataLoader batches them). */
export async function findMeetings(
  db: Database,
  requests: readonly MeetingRequest[],
): Promise<Array<Page<MeetingRecord>>> {
  const params = requests.map(({ filter, page }, key) => ({ ...nulls, ...filter, ...page, key }));
  const rows = await db.read<PageRows<RawNode> & { key: number }>("findMeetings", { requests: params });
  const byKey = new Map(rows.map((row) => [row.key, row]));
  return requests.map(({ page }, key) => toPage(byKey.get(key), page, (raw) => toFact(raw) as MeetingRecord));
}

const nulls: Required<MeetingFilter> = {
  actor: null,
  person: null,
  location: null,
  status: null,
  from: null,
  to: null,
  language: null,
  source: null,
  minIndependentSources: null,
};
