import type { Database } from "./database";
import type { CheckedRange } from "./dateRange";
import { factKinds, GENERIC_KINDS, linkParameters, type GenericKind, type GenericList } from "../kinds/factKinds";
import type { FactRecord, FactRecords, MeetingRecord, SanctionRecord, StatementRecord } from "./records";
import { toFact, type RawNode } from "./toRecord";

/**
 * Terminology
 * - Link: the node that files every meeting and statement connecting two actors (README,
 *   "Links"); its id is the two actor ids in order, joined by "|".
 * - side: one end of a relationship, an actor and the people whose `country` is its id (a
 *   country's leaders, officials and envoys; an organization's officers).
 */
export const linkId = (a: string, b: string): string => (a < b ? `${a}|${b}` : `${b}|${a}`);

/** The latest `first` of each kind, newest first, undated last, by the kind's list name. */
export type RelationshipLists = {
  meetings: MeetingRecord[];
  statements: StatementRecord[];
  /** Dated by the day they were first reported. */
  sanctions: SanctionRecord[];
} & { [K in GenericKind as (typeof factKinds)[K]["list"]]: FactRecords[K][] };

export interface RelationshipFacts extends RelationshipLists {
  /** Agreements and transfers one actor asserts or accuses and another denies. */
  contradictions: FactRecords[GenericKind][];
  counts: Record<keyof RelationshipLists | "articles" | "contradictions", number>;
  /** The earliest and latest date of any dated fact (each at its own precision). */
  firstSeen: string | null;
  lastSeen: string | null;
}

/**
 * A date range as a range of Link keys ("<link id>|<date>"): `low`..`high` holds every key the
 * range can match (a year's worth early, as a month-precise date overlaps a later day), `from`
 * narrows exactly; `cut` is where the date starts in a key.
 */
export function keyRange(link: string, { from, to }: CheckedRange) {
  const prefix = `${link}|`;
  return {
    link,
    from,
    to,
    ranged: from !== null || to !== null,
    cut: prefix.length,
    low: prefix + (from ? from.slice(0, 4) : to ? "0" : ""),
    datedLow: prefix + (from ? from.slice(0, 4) : "0"),
    high: prefix + (to ? `${to}~` : "~"),
  };
}

/** The relationship of actors a and b in one query (cypher/queries/findRelationship.cypher). */
export async function findRelationship(
  db: Database,
  a: string,
  b: string,
  range: CheckedRange,
  first: number,
): Promise<RelationshipFacts> {
  type Row = {
    meetingCount: number;
    statementCount: number;
    sanctionCount: number;
    articleCount: number;
    meetings: RawNode[];
    statements: RawNode[];
    sanctions: RawNode[];
    generic: Array<{ link: string; count: number; facts: RawNode[] }>;
    contradictionCount: number;
    contradictions: RawNode[];
    firstSeen: string | null;
    lastSeen: string | null;
  };
  const [row] = await db.read<Row>("findRelationship", {
    a,
    b,
    first,
    claimable: linkParameters.claimable,
    generic: GENERIC_KINDS.map((kind) => factKinds[kind].link),
    ...keyRange(linkId(a, b), range),
  });
  const facts = <T extends FactRecord>(raws: RawNode[]) => raws.map((raw) => toFact(raw) as T);
  // Each generic kind's list and count by its list name; a kind the Link does not file has none.
  const read = (kind: GenericKind) => row.generic.find(({ link }) => link === factKinds[kind].link);
  const generic = Object.fromEntries(
    GENERIC_KINDS.map((kind) => [factKinds[kind].list, facts(read(kind)?.facts ?? [])]),
  );
  const genericCounts = Object.fromEntries(GENERIC_KINDS.map((kind) => [factKinds[kind].list, read(kind)?.count ?? 0]));
  return {
    meetings: facts<MeetingRecord>(row.meetings),
    statements: facts<StatementRecord>(row.statements),
    sanctions: facts<SanctionRecord>(row.sanctions),
    ...(generic as Pick<RelationshipLists, GenericList>),
    contradictions: facts<FactRecords[GenericKind]>(row.contradictions),
    counts: {
      meetings: row.meetingCount,
      statements: row.statementCount,
      sanctions: row.sanctionCount,
      ...(genericCounts as Record<GenericList, number>),
      contradictions: row.contradictionCount,
      articles: row.articleCount,
    },
    firstSeen: row.firstSeen,
    lastSeen: row.lastSeen,
  };
}
