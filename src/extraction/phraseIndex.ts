import type { Stemmer } from "./stemmer";
import { isCapitalized, phraseWords, type Token } from "./tokenize";

/**
 * How a phrase must be written to count:
 * - exact: letter for letter (acronyms: "AS" is the United States in Indonesian, "as" is not);
 * - capitalized: some word capitalised (proper names: "Chad" the country, not "chad");
 * - any: any case (cue words, German and Spanish adjectives).
 */
export type CaseRule = "exact" | "capitalized" | "any";

export interface PhraseMatch<T> {
  /** Token range [t0, t1). */
  t0: number;
  t1: number;
  start: number;
  end: number;
  values: T[];
}

interface Entry<T> {
  value: T;
  rule: CaseRule;
  /** The spelling an exact phrase must have. */
  surface: string;
  /** A word that must follow within PARTICLE_REACH tokens ("lud … ein"). */
  particle?: string;
}

interface Node<T> {
  next: Map<string, Node<T>>;
  entries: Entry<T>[];
  keys: Set<string>;
}

/** "lud Scholz zu einem Besuch nach Neu-Delhi im kommenden Jahr ein": a clause's object and adverbs stand between. */
const PARTICLE_REACH = 12;
/** What may separate the words of one phrase: a space, a hyphen, an apostrophe, or the dot of an initial. */
const SPACE_GAP = /^(?:[ \t\u00a0]{1,2}|[ \t\u00a0]?[-‐‑'’][ \t\u00a0]?)$/;
const DOT_GAP = /^\.[ \t\u00a0]?$/;
const PARTICLE_MARK = /\s+(?:…|\.\.\.)\s+/;

const newNode = <T>(): Node<T> => ({ next: new Map(), entries: [], keys: new Set() });

/**
 * A word trie over normalised tokens: finds the longest known phrase at each position in one pass,
 * whatever the number of phrases (thousands of country names, leaders and cue words).
 */
export class PhraseIndex<T> {
  private readonly root: Node<T> = newNode();
  private readonly stemmer: Stemmer | undefined;

  /** `stemmer`: for inflecting languages, words are matched on their stems (see stemmer.ts); whole words otherwise. */
  constructor(stemmer?: Stemmer) {
    this.stemmer = stemmer;
  }

  /** Adds a phrase; `key` deduplicates values added under several spellings of one phrase. */
  add(phrase: string, value: T, rule: CaseRule, key?: string): void {
    const [head, particle] = phrase.split(PARTICLE_MARK);
    const words = phraseWords(head);
    if (words.length === 0) return;
    let node = this.root;
    for (const word of words) {
      const w = this.stemmer ? this.stemmer.stem(word) : word;
      let child = node.next.get(w);
      if (!child) node.next.set(w, (child = newNode()));
      node = child;
    }
    // One entry per key and case rule: "ONU" (letter for letter) and "Onu" (capitalised) are both kept.
    if (key !== undefined) {
      const keyed = `${key}|${rule}`;
      if (node.keys.has(keyed)) return;
      node.keys.add(keyed);
    }
    node.entries.push({
      value,
      rule,
      surface: head.replace(/\.$/, ""),
      particle: particle ? phraseWords(particle)[0] : undefined,
    });
  }

  /** The longest phrases found in tokens [from, to), left to right, not overlapping. */
  scan(text: string, tokens: readonly Token[], from = 0, to = tokens.length): PhraseMatch<T>[] {
    const out: PhraseMatch<T>[] = [];
    let i = from;
    while (i < to) {
      const m = this.longestAt(text, tokens, i, to);
      if (m) {
        out.push(m);
        i = m.t1;
      } else i++;
    }
    return out;
  }

  private longestAt(text: string, tokens: readonly Token[], i: number, to: number): PhraseMatch<T> | null {
    let values: T[] | null = null;
    let last = i;
    // Every path the words lead to, a word's stems in order: "Китая" tries "кит" (the first word of
    // "Кит Келлог") and, when that leads nowhere, "кита" (Китай). The first longest match wins.
    const walk = (node: Node<T>, j: number): void => {
      if (node.entries.length && (values === null || j > last)) {
        const accepted = this.accepted(node, text, tokens, i, j, to);
        if (accepted.length) [values, last] = [accepted, j];
      }
      if (j + 1 >= to || !joinable(text, tokens[j], tokens[j + 1])) return;
      for (const next of this.children(node, tokens[j + 1].norm)) walk(next, j + 1);
    };
    for (const node of this.children(this.root, tokens[i].norm)) walk(node, i);
    return values && { t0: i, t1: last + 1, start: tokens[i].start, end: tokens[last].end, values };
  }

  /** The nodes a word leads to: its own, or for an inflecting language those of its stems the trie knows, in order. */
  private children(node: Node<T>, word: string): Node<T>[] {
    if (!this.stemmer) {
      const next = node.next.get(word);
      return next ? [next] : [];
    }
    const out: Node<T>[] = [];
    for (const stem of this.stemmer.candidates(word)) {
      const next = node.next.get(stem);
      if (next && !out.includes(next)) out.push(next);
    }
    return out;
  }

  private accepted(node: Node<T>, text: string, tokens: readonly Token[], i: number, j: number, to: number): T[] {
    const start = tokens[i].start;
    const end = tokens[j].end;
    const values: T[] = [];
    for (const e of node.entries) {
      if (e.rule === "exact" && text.slice(start, end) !== e.surface) continue;
      if (e.rule === "capitalized" && !anyCapitalized(text, tokens, i, j)) continue;
      if (e.particle && !particleFollows(tokens, j + 1, to, e.particle)) continue;
      values.push(e.value);
    }
    return values;
  }
}

function joinable(text: string, a: Token, b: Token): boolean {
  const n = b.start - a.end;
  if (n === 1) {
    const c = text.charCodeAt(a.end);
    if (c === 32 || c === 45) return true; // the common cases: " " and "-"
  }
  if (n > 3) return false;
  const gap = text.slice(a.end, b.start);
  return SPACE_GAP.test(gap) || (DOT_GAP.test(gap) && a.end - a.start <= 2);
}

function anyCapitalized(text: string, tokens: readonly Token[], i: number, j: number): boolean {
  for (let k = i; k <= j; k++)
    if (isCapitalized(text, tokens[k].start) && !/\d/.test(text[tokens[k].start])) return true;
  return false;
}

function particleFollows(tokens: readonly Token[], from: number, to: number, particle: string): boolean {
  for (let k = from; k < Math.min(to, from + PARTICLE_REACH); k++) if (tokens[k].norm === particle) return true;
  return false;
}
