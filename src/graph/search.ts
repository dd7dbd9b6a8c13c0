import { BadInputError } from "../errors";
import type { Database } from "./database";
import type { ActorRecord, ArticleRecord, FactRecord } from "./records";
import { toNode, type RawNode } from "./toRecord";

export interface SearchHit {
  score: number;
  node: ActorRecord | FactRecord | ArticleRecord;
}

export const maxSearchHits = 100;

/**
 * The user's text as a Lucene query that cannot fail to parse: each word becomes a quoted phrase
 * (inside quotes only `"` and `\` are special, and AND/OR/NOT are plain words), and every word must
 * match. Words without a letter or digit are dropped; null when nothing is left.
 */
export function luceneQuery(text: string): string | null {
  const words = text.split(/\s+/).filter((word) => /[\p{L}\p{N}]/u.test(word));
  if (words.length === 0) return null;
  return words.map((word) => `"${word.replace(/[\\"]/g, (ch) => `\\${ch}`)}"`).join(" AND ");
}

/** The best full-text hits for `text`, at most `first`. */
export async function searchText(db: Database, text: string, first: number): Promise<SearchHit[]> {
  if (!Number.isInteger(first) || first < 1 || first > maxSearchHits) {
    throw new BadInputError(`first must be a whole number from 1 to ${maxSearchHits}; ${first} is not.`);
  }
  const query = luceneQuery(text);
  if (query === null) return [];
  const rows = await db.read<{ node: RawNode; score: number }>("searchText", { query, first });
  return rows.map(({ node, score }) => ({ score, node: toNode(node) }));
}
