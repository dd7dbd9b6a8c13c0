import { countRanges } from "./countRanges";
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
  const rows = await db.read<PageRows<RawNode> & { key: number }>("findMeetings", {
    requests: findMeetingsParams(requests),
  });
  const byKey = new Map(rows.map((row) => [row.key, row]));
  return requests.map(({ page }, key) => toPage(byKey.get(key), page, (raw) => toFact(raw) as MeetingRecord));
}

/** findMeetings.cypher's parameters, one per request (also what bench/profileLists.ts PROFILEs). */
export function findMeetingsParams(requests: readonly MeetingRequest[]): Array<Record<string, unknown>> {
  return requests.map(({ filter, page }, key) => ({ ...nulls, ...filter, ...page, key, ...indexed(filter) }));
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

/**
 * How the request reads the graph's list keys (tallyFacts): `filed`, the FILED key prefix of the
 * side it lists (a person, else an actor), and `tallies`, the counters that count it when no
 * filter but the side and the range applies (countRanges). Every meeting with no filter at all is
 * counted from Neo4j's count store instead.
 */
function indexed(filter: MeetingFilter): { filed: string | null; tallies: Array<[string, string]> | null } {
  const side = filter.person ?? filter.actor ?? null;
  const scope = side === null ? "Meeting" : `Meeting@${side}`;
  const others =
    filter.status != null ||
    filter.location != null ||
    filter.language != null ||
    filter.source != null ||
    filter.minIndependentSources != null ||
    (filter.person != null && filter.actor != null);
  const plain = side === null && filter.from == null && filter.to == null;
  return {
    filed: side === null ? null : `${scope}|`,
    tallies: others || plain ? null : countRanges(scope, filter.from ?? null, filter.to ?? null),
  };
}
