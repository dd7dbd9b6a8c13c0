import type { Database } from "./database";
import type { ActorRecord, FactRecord, PersonRecord, RoleRecord } from "./records";
import { toActor, toFact, toPerson, type RawNode } from "./toRecord";

/**
 * Batch lookups around actors and articles, for the API's DataLoaders: one query for many ids,
 * one entry per id in order.
 */
export async function findActorsById(db: Database, ids: readonly string[]): Promise<Array<ActorRecord | null>> {
  const rows = await db.read<{ id: string; actor: RawNode }>("findActorsById", { ids });
  const found = new Map(rows.map((row) => [row.id, toActor(row.actor)]));
  return ids.map((id) => found.get(id) ?? null);
}

/** The roles each person holds. */
export async function findRoles(db: Database, ids: readonly string[]): Promise<RoleRecord[][]> {
  const rows = await db.read<{ id: string; title: string; holder: RawNode }>("findRoles", { ids });
  return group(ids, rows, (row) => ({ title: row.title, holder: toActor(row.holder) }));
}

/** The persons who stand for each country or organization, or serve it. */
export async function findLeadersOf(db: Database, ids: readonly string[]): Promise<PersonRecord[][]> {
  const rows = await db.read<{ id: string; person: RawNode }>("findLeadersOf", { ids });
  return group(ids, rows, (row) => toPerson(row.person));
}

export interface ArticleLinks {
  facts: FactRecord[];
  mentions: ActorRecord[];
}

/** What each article reports and whom it mentions. */
export async function findArticleLinks(db: Database, ids: readonly string[]): Promise<ArticleLinks[]> {
  const rows = await db.read<{ id: string; facts: RawNode[]; mentions: RawNode[] }>("findArticleLinks", { ids });
  const found = new Map(
    rows.map((row) => [row.id, { facts: row.facts.map(toFact), mentions: row.mentions.map(toActor) }]),
  );
  return ids.map((id) => found.get(id) ?? { facts: [], mentions: [] });
}

function group<R extends { id: string }, T>(ids: readonly string[], rows: R[], convert: (row: R) => T): T[][] {
  const groups = new Map<string, T[]>(ids.map((id) => [id, []]));
  for (const row of rows) groups.get(row.id)?.push(convert(row));
  return ids.map((id) => groups.get(id) ?? []);
}
