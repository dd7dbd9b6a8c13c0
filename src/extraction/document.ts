import type { Cue } from "./cueIndex";
import type { ArticleText, RoleFact } from "./facts";
import type { LanguagePack } from "./languages/types";
import type { RefDate } from "./resolveDates";
import type { Token } from "./tokenize";

/**
 * The analysed article that the fact builders read: tokens, sentences, and every mention resolved
 * to what it names. Internal to extraction; the public shapes are in facts.ts.
 */
export interface Doc {
  article: ArticleText;
  /** The text with furniture blanked out; same offsets as the article text. */
  text: string;
  language: string;
  pack: LanguagePack;
  ref: RefDate | null;
  tokens: Token[];
  sentences: Sentence[];
  persons: Map<string, PersonRecord>;
}

/** A token range [t0, t1) and its characters [start, end). */
export interface Span {
  start: number;
  end: number;
  t0: number;
  t1: number;
}

export interface Sentence extends Span {
  index: number;
  heading: boolean;
  dateline: boolean;
  /** Entity mentions inside the sentence, in order. */
  entities: EntityMention[];
  /** Cue words inside the sentence, in order. */
  cues: CueMention[];
}

export type Entity =
  | { kind: "person"; key: string }
  | { kind: "country"; code: string; form: "name" | "demonym" | "institution" | "capital"; city?: string }
  | { kind: "place"; city: string; country: string }
  | { kind: "org"; id: string }
  | { kind: "agency"; name: string; country: string | null }
  /** "kedua negara", "both leaders": resolved by the builder that needs it. */
  | { kind: "pair"; of: "persons" | "countries" }
  | { kind: "pronoun" };

export interface EntityMention extends Span {
  entity: Entity;
  /** A country inside a role phrase ("Presiden Prancis Emmanuel Macron"): it qualifies the person. */
  inRole?: boolean;
  /** A country qualifying a role whose holder the article does not name ("the Saudi foreign minister said"): the holder speaks for it. */
  holder?: boolean;
}

export interface CueMention extends Span {
  cues: Cue[];
}

/** A person of the story, keyed by canonical name. */
export interface PersonRecord {
  name: string;
  country: string | null;
  roles: RoleFact[];
  /** Short forms a later mention may use ("putin", "kim"), normalised. */
  short: string[];
  mentions: Span[];
}

export const hasCue = (m: CueMention, kind: Cue["kind"]): boolean => m.cues.some((c) => c.kind === kind);
