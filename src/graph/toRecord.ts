import { factKindOf, GENERIC_KINDS, type FactKind, type GenericKind } from "../kinds/factKinds";
import type { ActorRecord, ArticleRecord, CountryRecord, FactRecord, FactRecords, PersonRecord } from "./records";

/**
 * A node as the read queries return it: its properties plus its labels (`n {.*, labels: labels(n)}`).
 * Missing properties become null or empty lists here, so the API never sees `undefined`; a fact
 * missing its status or stance (which ingestion always writes) reads as the neutral value rather
 * than failing the whole list.
 */
export type RawNode = Record<string, unknown> & { labels?: string[] };

const text = (value: unknown): string | null => (typeof value === "string" ? value : null);
const texts = (value: unknown): string[] =>
  Array.isArray(value) ? value.filter((v): v is string => typeof v === "string") : [];
const has = (raw: RawNode, label: string) => raw.labels?.includes(label) ?? false;

export function toCountry(raw: RawNode): CountryRecord {
  const code = text(raw.code) ?? String(raw.id);
  return { kind: "Country", id: code, code, name: text(raw.name) ?? code, names: texts(raw.names) };
}

export function toPerson(raw: RawNode): PersonRecord {
  const name = text(raw.name) ?? String(raw.id);
  // Ingestion keeps spellings in `names`; the README model calls them `aliases`: read both.
  const aliases = [...new Set([...texts(raw.aliases), ...texts(raw.names)])];
  return { kind: "Person", id: String(raw.id), name, aliases, country: text(raw.country) };
}

export function toActor(raw: RawNode): ActorRecord {
  if (has(raw, "Country")) return toCountry(raw);
  if (has(raw, "Person")) return toPerson(raw);
  return { kind: "Organization", id: String(raw.id), name: text(raw.name) ?? String(raw.id) };
}

/** How each kind of fact node reads as its record: one entry per kind of the registry. */
const factReaders: { [K in FactKind]: (raw: RawNode, id: string) => FactRecords[K] } = {
  Meeting: (raw, id) => ({
    kind: "Meeting",
    id,
    date: text(raw.date),
    datePrecision: text(raw.datePrecision),
    status: text(raw.status) ?? "occurred",
    city: text(raw.city),
  }),
  Sanction: (raw, id) => ({
    kind: "Sanction",
    id,
    reason: text(raw.reason),
    status: text(raw.status) ?? "in_force",
    firstReported: text(raw.firstReported),
  }),
  Statement: (raw, id) => ({
    kind: "Statement",
    id,
    text: text(raw.text) ?? "",
    quote: text(raw.quote),
    stance: text(raw.stance) ?? "other",
    date: text(raw.date),
  }),
  // The generic kinds alike: the API reads their own properties from `props` (api/fact/genericKind.ts).
  ...(Object.fromEntries(
    GENERIC_KINDS.map((kind) => [
      kind,
      (raw: RawNode, id: string) => ({ kind, id, status: text(raw.status), date: text(raw.date), props: raw }),
    ]),
  ) as { [K in GenericKind]: (raw: RawNode, id: string) => FactRecords[K] }),
};

/** A fact node as its record; a node of no known kind fails (factKindOf) rather than read as another kind. */
export function toFact(raw: RawNode): FactRecord {
  return factReaders[factKindOf(raw.labels)](raw, String(raw.id));
}

export function toArticle(raw: RawNode): ArticleRecord {
  return {
    kind: "Article",
    id: String(raw.id),
    url: text(raw.url),
    title: text(raw.title),
    source: text(raw.source),
    language: text(raw.language) ?? "und",
    publishedAt: text(raw.publishedAt),
    ingestedAt: text(raw.ingestedAt) ?? "",
  };
}

/** Any node a search can hit. */
export function toNode(raw: RawNode): ActorRecord | FactRecord | ArticleRecord {
  if (has(raw, "Article")) return toArticle(raw);
  if (has(raw, "Fact")) return toFact(raw);
  return toActor(raw);
}
