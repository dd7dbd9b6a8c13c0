import { GOVERNING_MOVEMENTS } from "../names/organizations";
import type { Cue } from "./cueIndex";
import type { CueMention, Doc, Entity, EntityMention, Sentence } from "./document";
import type { LanguagePack } from "./languages/types";
import { normalizeWord, tokenAt } from "./tokenize";

/** Small positional questions the fact builders ask about a sentence ("who is named just before this verb?"). */

export type EntityTest = (m: EntityMention) => boolean;

export const isPerson: EntityTest = (m) => m.entity.kind === "person";
export const isPlace: EntityTest = (m) =>
  (m.entity.kind === "country" && (m.entity.form === "capital" || m.entity.form === "name")) ||
  m.entity.kind === "place";

/** Entities that lie within tokens [t0, t1). */
export function entitiesIn(s: Sentence, t0: number, t1: number, test: EntityTest = () => true): EntityMention[] {
  return s.entities.filter((m) => m.t0 >= t0 && m.t1 <= t1 && test(m));
}

/** The entity ending closest before token t (within the sentence). */
export function nearestBefore(s: Sentence, t: number, test: EntityTest, from = s.t0): EntityMention | null {
  let best: EntityMention | null = null;
  for (const m of s.entities)
    if (m.t1 <= t && m.t0 >= from && test(m) && (!best || m.t1 > best.t1 || (m.t1 === best.t1 && m.t0 < best.t0)))
      best = m;
  return best;
}

/** The first entity starting at or after token t and before token limit. */
export function firstAfter(s: Sentence, t: number, test: EntityTest, limit = s.t1): EntityMention | null {
  for (const m of s.entities) if (m.t0 >= t && m.t0 < limit && test(m)) return m;
  return null;
}

/** Cues of a kind within tokens [t0, t1). */
export function cuesIn(s: Sentence, t0: number, t1: number, kind: Cue["kind"]): CueMention[] {
  return s.cues.filter((c) => c.t0 >= t0 && c.t1 <= t1 && c.cues.some((x) => x.kind === kind));
}

/** True when a cue of this kind ends within `reach` tokens before token t. */
export function cueJustBefore(s: Sentence, t: number, kind: Cue["kind"], reach: number): boolean {
  return s.cues.some((c) => c.t1 <= t && c.t1 >= t - reach && c.t0 >= s.t0 && c.cues.some((x) => x.kind === kind));
}

/**
 * A negation ends within `reach` tokens before token t, and nothing `parted` matches stands between it and
 * token t ("did not meet"; not across a quotation mark: "« … ne signera pas … », a averti").
 */
export function negationBefore(doc: Doc, s: Sentence, t: number, reach: number, parted: RegExp): boolean {
  const at = doc.tokens[t]?.start;
  return s.cues.some(
    (n) =>
      n.t1 <= t &&
      n.t1 >= t - reach &&
      n.t0 >= s.t0 &&
      n.cues.some((x) => x.kind === "negation") &&
      !parted.test(doc.text.slice(n.end, at ?? n.end)),
  );
}

/** Tokens [a, b) are exactly one conjunction ("dan", "and", "as well as"): "Jepang dan Korea Selatan". */
export function conjunctionBetween(s: Sentence, a: number, b: number): boolean {
  return s.cues.some((c) => c.t0 === a && c.t1 === b && c.cues.some((x) => x.kind === "conjunction"));
}

/** The most persons recentPersons is asked for. */
const RECENT_MAX = 3;
const recentBefore = new WeakMap<Doc, string[][]>();

/**
 * The n (at most RECENT_MAX) distinct persons named most recently before token t of sentence s,
 * in text order. The persons before each sentence are kept once per document, most recent first,
 * so that asking costs the same however long ago a person was last named.
 */
export function recentPersons(doc: Doc, s: Sentence, t: number, n: number): string[] {
  const out: string[] = [];
  const ents = s.entities;
  for (let k = ents.length - 1; k >= 0 && out.length < n; k--) {
    const e = ents[k].entity;
    if (e.kind === "person" && ents[k].t1 <= t && !out.includes(e.key)) out.push(e.key);
  }
  for (const key of personsBefore(doc)[s.index]) {
    if (out.length >= Math.min(n, RECENT_MAX)) break;
    if (!out.includes(key)) out.push(key);
  }
  return out.reverse();
}

function personsBefore(doc: Doc): string[][] {
  let before = recentBefore.get(doc);
  if (!before) {
    before = [];
    let recent: string[] = [];
    for (const s of doc.sentences) {
      before.push(recent);
      for (const m of s.entities) {
        if (m.entity.kind !== "person") continue;
        const key = m.entity.key;
        recent = [key, ...recent.filter((k) => k !== key)].slice(0, RECENT_MAX);
      }
    }
    recentBefore.set(doc, before);
  }
  return before;
}

const ranked = new WeakMap<Doc, string[]>();

/** The article's n most mentioned countries, in code order ("both countries" means the leading two). */
export function leadingCountries(doc: Doc, n: number): string[] {
  let order = ranked.get(doc);
  if (!order) {
    const count = new Map<string, number>();
    for (const s of doc.sentences)
      for (const m of s.entities)
        if (m.entity.kind === "country") count.set(m.entity.code, (count.get(m.entity.code) ?? 0) + 1);
    order = [...count].sort((a, b) => b[1] - a[1]).map(([c]) => c);
    ranked.set(doc, order);
  }
  return order.slice(0, n).sort();
}

/**
 * The states "both countries" / "kedua negara" at token t of s stand for: the two the sentence names
 * before it (its persons' states too: "Modi hosted Ishiba …, as the two countries pledged"), else the two of
 * the sentence before when this one names none, else `otherwise` (the story's two leading states).
 */
export function pairCountries(doc: Doc, s: Sentence, t: number, otherwise?: string[]): string[] {
  const statesIn = (x: Sentence, end: number) => {
    const out = new Set<string>();
    for (const m of x.entities) {
      if (m.t1 > end || (m.entity.kind !== "country" && m.entity.kind !== "person")) continue;
      const code = codeOf(doc, m.entity);
      if (code) out.add(code);
    }
    return [...out];
  };
  const here = statesIn(s, t);
  const before = here.length === 0 && s.index > 0 ? statesIn(doc.sentences[s.index - 1], Infinity) : here;
  return before.length === 2 ? before.sort() : (otherwise ?? leadingCountries(doc, 2));
}

/** The state a movement that governs a territory stands for as a party ("Hamas" → PS, GOVERNING_MOVEMENTS). */
export const governedState = (e: Entity): string | undefined =>
  e.kind === "org" ? GOVERNING_MOVEMENTS[e.id] : undefined;

/** The country an entity mention stands for, or null. */
export function codeOf(doc: Doc, e: Entity): string | null {
  if (e.kind === "country") return e.code;
  if (e.kind === "place") return e.country;
  if (e.kind === "person") return doc.persons.get(e.key)?.country ?? null;
  if (e.kind === "agency") return e.country;
  return null;
}

type WordList = "relativePronouns" | "indefiniteArticles";
const wordSets = new WeakMap<LanguagePack, Map<WordList, ReadonlySet<string>>>();

/** One of the pack's lists of reference words ("which", "yang"; "a", "seorang"), normalised, read once per pack. */
export function referenceWords(pack: LanguagePack, list: WordList): ReadonlySet<string> {
  if (!wordSets.has(pack)) wordSets.set(pack, new Map());
  const sets = wordSets.get(pack)!;
  if (!sets.has(list)) sets.set(list, new Set((pack.references[list] ?? []).map(normalizeWord)));
  return sets.get(list)!;
}

/** The word at or after character `at` is a relative pronoun ("Pyongyang, which denied …"). */
export const relativeAt = (doc: Doc, at: number): boolean =>
  referenceWords(doc.pack, "relativePronouns").has(doc.tokens[tokenAt(doc.tokens, at)]?.norm ?? "");
