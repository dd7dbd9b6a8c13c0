import { FACT_KINDS, factKinds, type ClaimableList, type FactList } from "../kinds/factKinds";

/**
 * The extraction contract: what `extract()` reads and returns. Ingestion consumes these types, so
 * they mirror ../shared/corpus/README.md field for field and carry nothing internal.
 *
 * Terminology
 * - code: an ISO 3166-1 alpha-2 country code ("RU"). Organisations use their short id ("UN", "EU").
 * - evidence / mention: a span of the ORIGINAL article text; `text === article.text.slice(start, end)`.
 * - precision of a date: "YYYY-MM-DD" when the text fixes the day, "YYYY-MM" when only the month.
 */

/** One article as it arrives (a JSON Lines record of `newsgraph extract`). */
export interface ArticleText {
  id: string;
  text: string;
  title?: string;
  /** ISO 639-1 code from the source's metadata; wins over detection when present. */
  language?: string;
  /** ISO 8601 timestamp or date ("2024-02-05T09:30:00+07:00", "2024-06"); the only clock. */
  publishedAt?: string;
  url?: string;
  source?: string;
}

/** A span of the original text: `article.text.slice(start, end) === text`. */
export interface Evidence {
  text: string;
  start: number;
  end: number;
}

/** A place where an entity is named. Same shape as evidence. */
export type Mention = Evidence;

export interface CountryFact {
  code: string;
  /** English short name ("Russia"). */
  name: string;
  /** Names, capitals, institutions (Kremlin) and demonyms (Russian) that point at the country. */
  mentions: Mention[];
}

export interface RoleFact {
  /** Normalised English title ("Foreign Minister", "Spokesperson"). */
  title: string;
  /** Country (or "UN"/"EU") the role is held for, null when unknown. */
  country: string | null;
}

export interface PersonFact {
  /** Canonical English spelling ("Kim Jong Un", "Sergey Lavrov"). */
  name: string;
  country: string | null;
  roles: RoleFact[];
  mentions: Mention[];
}

export type MeetingStatus = "occurred" | "planned" | "ongoing" | "cancelled";

export interface MeetingLocation {
  country: string | null;
  /** English city name ("Pyongyang"), null when only the country is known. */
  city: string | null;
}

export interface MeetingFact {
  /** Person names and/or country codes; a visit by one person to a country is `[person, CODE]`. */
  participants: string[];
  /** Countries the participants stand for, sorted. */
  countries: string[];
  location: MeetingLocation;
  /** "YYYY-MM-DD" or "YYYY-MM", null when the text gives no resolvable date. */
  date: string | null;
  status: MeetingStatus;
  /** The first sentence that reports the meeting. */
  evidence: Evidence;
}

export type SanctionStatus = "in_force" | "announced" | "lifted" | "vetoed";

export interface SanctionFact {
  /** Country code, "UN", "EU", or null when the text does not say who imposes them. */
  imposer: string | null;
  /** A country code, or the canonical name of a sanctioned person. */
  target: string;
  /**
   * The country (or countries) of a target that is not itself a state: a sanctioned person, or a
   * group ("three Russian entities and one individual", whose target is then its first country's code).
   */
  targetCountry?: string[];
  /** The reason as the text words it (in the article's language), null when not given. */
  reason: string | null;
  status: SanctionStatus;
  evidence: Evidence;
}

export type Stance = "assert" | "deny" | "accuse" | "support" | "warn" | "other";

export interface StatementFact {
  /** A person's canonical name, a country code (a state or its institution), "UN"/"EU", or a state news agency. */
  speaker: string;
  speakerCountry: string | null;
  stance: Stance;
  /** Countries the statement concerns. */
  about: string[];
  /** The exact quoted words when the statement is a direct quote. */
  quote: string | null;
  /** Reserved for a future summariser; extraction leaves it null. */
  summary: string | null;
  evidence: Evidence;
  /** The agreement or transfer of this document that the statement asserts, accuses or denies. */
  claim?: Claim;
}

/** A statement's link to a cooperation fact: its list and its position in that list. */
export interface Claim {
  type: ClaimableList;
  index: number;
}

export type AgreementKind = "treaty" | "agreement" | "memorandum" | "deal";
export type AgreementStatus = "planned" | "signed" | "ratified" | "in_force" | "suspended" | "cancelled";

/** A treaty, deal or memorandum between states (or blocs). */
export interface AgreementFact {
  /** Country codes, or organisation ids ("EU", "G7") for blocs. */
  parties: string[];
  /** The agreement's proper name when the text gives one; null otherwise. */
  name: string | null;
  kind: AgreementKind;
  status: AgreementStatus;
  date: string | null;
  /** The first sentence that reports it. */
  evidence: Evidence;
}

export type TransferItem =
  "weapons" | "ammunition" | "missiles" | "troops" | "workers" | "oil" | "food" | "technology" | "money" | "other";
/** alleged: reported or accused, not acknowledged; confirmed: acknowledged by a party; planned: not yet sent. */
export type TransferStatus = "alleged" | "confirmed" | "planned";

/** Something of military or economic weight moving from one state to another. */
export interface TransferFact {
  from: string;
  to: string;
  items: TransferItem[];
  status: TransferStatus;
  date: string | null;
  /** The amount as the text words it ("more than 1,000 containers"), null when not given. */
  quantity: string | null;
  /** The first sentence that reports it. */
  evidence: Evidence;
}

/** The contract holds a list for every kind of the registry: one missing fails to compile here. */
export type ExtractedFactLists = Pick<ExtractedFacts, FactList>;

/** Empty lists of every kind: what an article that reports nothing holds (tests and benches start from it). */
export function noFacts(): ExtractedFactLists {
  return Object.fromEntries(FACT_KINDS.map((kind) => [factKinds[kind].list, []])) as unknown as ExtractedFactLists;
}

/** Everything extracted from one article: one JSON line of `newsgraph extract`. */
export interface ExtractedFacts {
  id: string;
  /** The language the article was read as (metadata, else detected). */
  language: string;
  countries: CountryFact[];
  persons: PersonFact[];
  meetings: MeetingFact[];
  sanctions: SanctionFact[];
  statements: StatementFact[];
  agreements: AgreementFact[];
  transfers: TransferFact[];
}
