import { countRanges } from "./countRanges";
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
  const rows = await db.read<PageRows<RawNode> & { key: number }>("findStatements", {
    requests: findStatementsParams(requests),
  });
  const byKey = new Map(rows.map((row) => [row.key, row]));
  return requests.map(({ page }, key) => toPage(byKey.get(key), page, (raw) => toFact(raw) as StatementRecord));
}

/** findStatements.cypher's parameters, one per request (also what bench/profileLists.ts PROFILEs). */
export function findStatementsParams(requests: readonly StatementRequest[]): Array<Record<string, unknown>> {
  return requests.map(({ filter, page }, key) => ({ ...nulls, ...filter, ...page, key, ...indexed(filter) }));
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

/**
 * How the request reads the graph's list keys (tallyFacts): `filed`, the FILED key prefix of the
 * actor when it is the only side given (a speaker or a country spoken about is read as before),
 * and `tallies`, the counters that count it when no filter but that side and the range applies
 * (countRanges). Every statement with no filter at all is counted from Neo4j's count store instead.
 */
function indexed(filter: StatementFilter): { filed: string | null; tallies: Array<[string, string]> | null } {
  if (filter.speaker != null || filter.about != null) return { filed: null, tallies: null };
  const side = filter.actor ?? null;
  const scope = side === null ? "Statement" : `Statement@${side}`;
  const others =
    filter.stance != null || filter.language != null || filter.source != null || filter.minIndependentSources != null;
  const plain = side === null && filter.from == null && filter.to == null;
  return {
    filed: side === null ? null : `${scope}|`,
    tallies: others || plain ? null : countRanges(scope, filter.from ?? null, filter.to ?? null),
  };
}
