import { TryAgainError } from "../errors";
import { FACT_KINDS, factKinds, type PartyType } from "../kinds/factKinds";
import type { Database } from "./database";
import type { ActorRecord, CountryRecord, SourceRecord, StatementRecord } from "./records";
import { toActor, toArticle, toCountry, toFact, type RawNode } from "./toRecord";

/**
 * What facts link to, for many facts at once (the API's DataLoaders call these once per request
 * and kind, however many facts a response holds). Each returns one entry per id, in order.
 */
export interface MeetingLinks {
  participants: ActorRecord[];
  location: CountryRecord | null;
}
export interface StatementLinks {
  speaker: ActorRecord | null;
  about: ActorRecord[];
}
export interface SanctionLinks {
  imposer: ActorRecord | null;
  target: ActorRecord | null;
  /** The target's countries as the articles tell them (a company's, a group's): TARGETS_COUNTRY. */
  targetCountries: CountryRecord[];
}

async function byId<R extends { id: string }, T>(
  db: Database,
  query: string,
  ids: readonly string[],
  convert: (row: R) => T,
  none: (id: string) => T,
  parameters: Record<string, unknown> = {},
): Promise<T[]> {
  const rows = await db.read<R>(query, { ...parameters, ids });
  const found = new Map(rows.map((row) => [row.id, convert(row)]));
  return ids.map((id) => found.get(id) ?? none(id));
}

/**
 * The links of a fact that a concurrent deleteArticle took away after this request listed it
 * (each read is a transaction of its own). A statement always has a speaker and a sanction a
 * target, so reading that one fails with TRY_AGAIN — a request sent again sees the graph without
 * the fact — rather than with GraphQL's "Cannot return null for non-nullable field".
 */
function vanished<T extends object>(id: string, links: T, required: keyof T): T {
  return Object.defineProperty({ ...links }, required, {
    get() {
      throw new TryAgainError(`The fact "${id}" was deleted while this request read it; send the request again.`);
    },
  });
}

const actorOrNull = (raw: RawNode | null) => (raw ? toActor(raw) : null);

export function findMeetingLinks(db: Database, ids: readonly string[]): Promise<MeetingLinks[]> {
  type Row = { id: string; participants: RawNode[]; location: RawNode | null };
  return byId<Row, MeetingLinks>(
    db,
    "findMeetingLinks",
    ids,
    (row) => ({
      participants: row.participants.map(toActor),
      location: row.location ? toCountry(row.location) : null,
    }),
    () => ({ participants: [], location: null }),
  );
}

export function findStatementLinks(db: Database, ids: readonly string[]): Promise<StatementLinks[]> {
  type Row = { id: string; speaker: RawNode | null; about: RawNode[] };
  return byId<Row, StatementLinks>(
    db,
    "findStatementLinks",
    ids,
    (row) => ({
      speaker: actorOrNull(row.speaker),
      about: row.about.map(toActor),
    }),
    (id) => vanished(id, { speaker: null, about: [] }, "speaker"),
  );
}

export function findSanctionLinks(db: Database, ids: readonly string[]): Promise<SanctionLinks[]> {
  type Row = { id: string; imposer: RawNode | null; target: RawNode | null; targetCountries: RawNode[] };
  return byId<Row, SanctionLinks>(
    db,
    "findSanctionLinks",
    ids,
    (row) => ({
      imposer: actorOrNull(row.imposer),
      target: actorOrNull(row.target),
      targetCountries: row.targetCountries.map(toCountry),
    }),
    (id) => vanished(id, { imposer: null, target: null, targetCountries: [] }, "target"),
  );
}

/** The sources of each fact, earliest article first. */
export async function findSources(db: Database, ids: readonly string[]): Promise<SourceRecord[][]> {
  type Row = { id: string; article: RawNode; sentence: string; start: number; end: number; original: string };
  const rows = await db.read<Row>("findSources", { ids });
  const sources = new Map<string, SourceRecord[]>(ids.map((id) => [id, []]));
  for (const { id, article, sentence, start, end, original } of rows)
    sources.get(id)?.push({ article: toArticle(article), sentence, start, end, original });
  return ids.map((id) => sources.get(id) ?? []);
}

/**
 * A fact's parties by the relationship that makes them one, each list by name: an agreement's
 * `PARTY_TO`, a transfer's supplier (`SENT`) and receiver (`SENT_TO`). Read the same way for every
 * generic kind (src/kinds/factKinds.ts); a role no party holds is absent.
 */
export type PartyLinks = Partial<Record<PartyType, ActorRecord[]>>;

const partyTypes = FACT_KINDS.flatMap((kind) => [...factKinds[kind].parties.into, ...factKinds[kind].parties.outOf]);

export function findPartyLinks(db: Database, ids: readonly string[]): Promise<PartyLinks[]> {
  type Row = { id: string; parties: Array<{ type: PartyType; actor: RawNode }> };
  return byId<Row, PartyLinks>(
    db,
    "findPartyLinks",
    ids,
    (row) => {
      const links: PartyLinks = {};
      for (const { type, actor } of row.parties) (links[type] ??= []).push(toActor(actor));
      return links;
    },
    () => ({}),
    { parties: partyTypes },
  );
}

/** The statements that claim each fact (CLAIMS), oldest first. */
export function findClaims(db: Database, ids: readonly string[]): Promise<StatementRecord[][]> {
  type Row = { id: string; statements: RawNode[] };
  return byId<Row, StatementRecord[]>(
    db,
    "findClaims",
    ids,
    (row) => row.statements.map((raw) => toFact(raw) as StatementRecord),
    () => [],
  );
}
