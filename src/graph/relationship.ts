import type { Database } from "./database";
import type { FactRecord } from "./records";
import { toFact, type RawNode } from "./toRecord";

/**
 * Terminology
 * - side: one end of a relationship, an actor and the people whose `country` is its id (a
 *   country's leaders, officials and envoys; an organization's officers).
 * - countries of a side: what a statement must be ABOUT to be about that side (the country
 *   itself; for a person, the country they stand for; none for an organization).
 */
export interface Side {
  id: string;
  countries: string[];
}

export interface RelationshipFact {
  fact: FactRecord;
  /** Meetings' and statements' own date; for sanctions the day they were first reported. */
  date: string | null;
  /** For statements: whose it is ('a', 'b', or null for a third party). */
  side: "a" | "b" | null;
}

export interface RelationshipFacts {
  /** Oldest first, undated last. */
  facts: RelationshipFact[];
  /** How many articles report at least one of the facts. */
  articleCount: number;
}

/** Every fact between two sides, in one query (see cypher/queries/findRelationship.cypher). */
export async function findRelationship(db: Database, a: Side, b: Side, range: { from: string | null; to: string | null }): Promise<RelationshipFacts> {
  type Row = { facts: Array<{ fact: RawNode; labels: string[]; date: string | null; side: "a" | "b" | null }>; articleCount: number };
  const [row] = await db.read<Row>("findRelationship", { a, b, ...range });
  return {
    facts: (row?.facts ?? []).map(({ fact, labels, date, side }) => ({ fact: toFact({ ...fact, labels }), date, side })),
    articleCount: row?.articleCount ?? 0,
  };
}
