import type { Database } from "./database";
import type { ActorRecord } from "./records";
import { toActor, type RawNode } from "./toRecord";

/**
 * What is known about a name before asking the graph: the country code, organization id and
 * person ids that name tables point at (null / empty when they point nowhere, or when that kind
 * of actor is not wanted), and whether the graph's own spellings should be searched.
 */
export interface ActorLookup {
  name: string;
  /** Labels the actor may have: Country, Person, Organization. */
  kinds: readonly string[];
  countryCode: string | null;
  organizationId: string | null;
  personIds: string[];
  scanPersons: boolean;
  scanCountries: boolean;
}

/** The actor each lookup names, in order; null where the graph has none. One query for all. */
export async function findActors(db: Database, lookups: ActorLookup[]): Promise<Array<ActorRecord | null>> {
  const params = lookups.map((lookup, key) => ({
    ...lookup,
    key,
    id: lookup.name.trim(),
    lower: lookup.name.trim().toLowerCase(),
  }));
  const rows = await db.read<{ key: number; actor: RawNode }>("findActors", { lookups: params });
  const found = new Map(rows.map((row) => [row.key, toActor(row.actor)]));
  return lookups.map((_, key) => found.get(key) ?? null);
}
