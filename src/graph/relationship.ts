import type { Database } from "./database";
import type { CheckedRange } from "./dateRange";
import { linkParameters } from "../kinds/factKinds";
import type {
  AgreementRecord,
  FactRecord,
  MeetingRecord,
  SanctionRecord,
  StatementRecord,
  TransferRecord,
} from "./records";
import { toFact, type RawNode } from "./toRecord";

/**
 * Terminology
 * - Link: the node that files every meeting and statement connecting two actors (README,
 *   "Links"); its id is the two actor ids in order, joined by "|".
 * - side: one end of a relationship, an actor and the people whose `country` is its id (a
 *   country's leaders, officials and envoys; an organization's officers).
 */
export const linkId = (a: string, b: string): string => (a < b ? `${a}|${b}` : `${b}|${a}`);

export interface RelationshipFacts {
  /** The latest `first` of each kind, newest first, undated last. */
  meetings: MeetingRecord[];
  statements: StatementRecord[];
  /** Dated by the day they were first reported. */
  sanctions: SanctionRecord[];
  agreements: AgreementRecord[];
  transfers: TransferRecord[];
  /** Agreements and transfers one actor asserts or accuses and another denies. */
  contradictions: Array<AgreementRecord | TransferRecord>;
  counts: {
    meetings: number;
    statements: number;
    sanctions: number;
    articles: number;
    agreements: number;
    transfers: number;
    contradictions: number;
  };
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
    agreementCount: number;
    transferCount: number;
    contradictionCount: number;
    agreements: RawNode[];
    transfers: RawNode[];
    contradictions: RawNode[];
    firstSeen: string | null;
    lastSeen: string | null;
  };
  const [row] = await db.read<Row>("findRelationship", {
    a,
    b,
    first,
    claimable: linkParameters.claimable,
    ...keyRange(linkId(a, b), range),
  });
  const facts = <T extends FactRecord>(raws: RawNode[]) => raws.map((raw) => toFact(raw) as T);
  return {
    meetings: facts<MeetingRecord>(row.meetings),
    statements: facts<StatementRecord>(row.statements),
    sanctions: facts<SanctionRecord>(row.sanctions),
    agreements: facts<AgreementRecord>(row.agreements),
    transfers: facts<TransferRecord>(row.transfers),
    contradictions: facts<AgreementRecord | TransferRecord>(row.contradictions),
    counts: {
      agreements: row.agreementCount,
      transfers: row.transferCount,
      contradictions: row.contradictionCount,
      meetings: row.meetingCount,
      statements: row.statementCount,
      sanctions: row.sanctionCount,
      articles: row.articleCount,
    },
    firstSeen: row.firstSeen,
    lastSeen: row.lastSeen,
  };
}
