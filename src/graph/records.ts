import type { FactKind, GenericKind } from "../kinds/factKinds";

/**
 * What the read queries return: plain records in the shape of the graph model (README, "Graph
 * model"), each tagged with its `kind` so that lists mixing kinds (participants, timelines,
 * search hits) can be told apart. Enum values stay in the lower case they are stored in.
 */
export interface CountryRecord {
  kind: "Country";
  id: string;
  code: string;
  name: string;
  names: string[];
}

export interface PersonRecord {
  kind: "Person";
  id: string;
  name: string;
  /** Every spelling articles used, the canonical one included. */
  aliases: string[];
  /** Code of the country (or organization) the person stands for. */
  country: string | null;
}

export interface OrganizationRecord {
  kind: "Organization";
  id: string;
  name: string;
}

export type ActorRecord = CountryRecord | PersonRecord | OrganizationRecord;

export interface MeetingRecord {
  kind: "Meeting";
  id: string;
  date: string | null;
  datePrecision: string | null;
  status: string;
  city: string | null;
}

export interface SanctionRecord {
  kind: "Sanction";
  id: string;
  reason: string | null;
  status: string;
  /** The day of the earliest article that reports it (sanctions carry no date of their own). */
  firstReported: string | null;
}

export interface StatementRecord {
  kind: "Statement";
  id: string;
  text: string;
  quote: string | null;
  stance: string;
  date: string | null;
}

/**
 * A fact of a generic kind (src/kinds/factKinds.ts: agreements, transfers): what every fact has,
 * and its node's properties as written (graphRecord's `props`: an agreement's kind and name, a
 * transfer's items and quantity), which the API's fields of the kind read (api/fact/genericKind.ts).
 */
export interface GenericRecord<K extends GenericKind = GenericKind> {
  kind: K;
  id: string;
  status: string | null;
  date: string | null;
  props: Readonly<Record<string, unknown>>;
}

/** One record type per kind of the registry (src/kinds/factKinds.ts): a kind without one fails to compile. */
export type FactRecords = {
  Meeting: MeetingRecord;
  Sanction: SanctionRecord;
  Statement: StatementRecord;
} & { [K in GenericKind]: GenericRecord<K> };
export type FactRecord = FactRecords[FactKind];

export interface ArticleRecord {
  kind: "Article";
  id: string;
  url: string | null;
  title: string | null;
  source: string | null;
  language: string;
  publishedAt: string | null;
  ingestedAt: string;
}

/** Where an article reports a fact: the sentence and its offsets in the article's text. */
export interface SourceRecord {
  article: ArticleRecord;
  sentence: string;
  start: number;
  end: number;
  /** The id of the original report the article copies (COPY_OF), or its own when it copies none. */
  original: string;
}

export interface RoleRecord {
  title: string;
  /** The country or organization the role is held for. */
  holder: ActorRecord;
}

/** Who published an article (README, "Independent sources"). */
export interface OutletRecord {
  domain: string;
  name: string;
}
