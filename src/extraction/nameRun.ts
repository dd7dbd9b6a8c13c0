import type { Span } from "./document";
import type { RawMention } from "./findMentions";
import type { LanguagePack } from "./languages/types";
import { isCapitalized, normalizeWord, type Token } from "./tokenize";
import { transliterateName } from "./transliterate";

/**
 * What a name is read against: the text, its gazetteer mentions, the cue words a name never runs
 * into ("Says"), and the pack's words that never belong to a name (institutions, honorifics such as
 * "Maj", weekdays) and its stopwords ("The", "Dalam" opening a sentence are not names).
 */
export interface NameContext {
  text: string;
  tokens: readonly Token[];
  byStart: Map<number, RawMention>;
  byEnd: Map<number, RawMention>;
  cueTokens: Set<number>;
  nonName: Set<string>;
  stopwords: Set<string>;
  /** Words the text also writes in lower case: capitalised at a sentence's start, they are common words ("Mientras Kim …"). */
  lowercase: Set<string>;
  /** The pack's case endings of names and their nominatives (pl, ru), longest first. */
  nameCases: readonly (readonly [string, string])[];
}

/** Lower-case particles inside names ("Mohammed bin Salman", "Ursula von der Leyen", "Abdel Fattah el-Sisi"). */
export const NAME_PARTICLES = new Set([
  "bin",
  "binti",
  "ben",
  "ibn",
  "al",
  "el",
  "da",
  "de",
  "del",
  "dos",
  "van",
  "von",
  "der",
  "le",
  "la",
]);
/** A person's name has 2–4 words besides its particles ("Mohammed bin Abdulrahman Al Thani"). */
const MAX_WORDS = 4;
const MAX_TOKENS = 7;

const wordSets = new WeakMap<LanguagePack, Pick<NameContext, "nonName" | "stopwords">>();

export function nameContext(
  text: string,
  tokens: readonly Token[],
  raw: readonly RawMention[],
  cueTokens: Set<number>,
  pack: LanguagePack,
): NameContext {
  let w = wordSets.get(pack);
  if (!w) {
    const set = (xs: string[]) => new Set(xs.map(normalizeWord));
    w = { nonName: set(pack.nonNameWords), stopwords: set(pack.stopwords.filter((s) => !NAME_PARTICLES.has(s))) };
    wordSets.set(pack, w);
  }
  const lowercase = new Set<string>();
  for (const t of tokens) if (!isCapitalized(text, t.start)) lowercase.add(t.norm);
  return {
    text,
    tokens,
    byStart: new Map(raw.map((m) => [m.t0, m])),
    byEnd: new Map(raw.map((m) => [m.t1, m])),
    cueTokens,
    ...w,
    lowercase,
    nameCases: pack.inflection?.nameCases ?? [],
  };
}

/** The run's first word is a common word capitalised only because it opens a sentence. */
export function opensWithCommonWord(ctx: NameContext, span: Span): boolean {
  const k = span.t0;
  const atSentenceStart =
    k === 0 || /[.!?\n:"“”«»]\s*$/.test(ctx.text.slice(ctx.tokens[k - 1].end, ctx.tokens[k].start));
  return atSentenceStart && ctx.lowercase.has(ctx.tokens[k].norm);
}

/** A capitalised name of 2–4 words (particles aside) starting at token k ("Arkady Volkonsky", "Han Ji-woo", "Faisal bin Farhan Al-Saud"). */
export function nameRun(ctx: NameContext, k: number): { name: string; span: Span } | null {
  const { tokens } = ctx;
  if (!isNameWord(ctx, k)) return null;
  let last = k;
  let words = 1;
  for (let j = k + 1; j < tokens.length && j - k < MAX_TOKENS; j++) {
    const gap = ctx.text.slice(tokens[j - 1].end, tokens[j].start);
    if (mentionAt(ctx, j) || ctx.cueTokens.has(j)) break;
    // A hyphen joins the parts of one word ("Ji-woo", "Akufo-Addo", "al-Burhan"), but not an institution word ("Wagner-Gruppe").
    if (gap === "-" || gap === "‑") {
      if (ctx.nonName.has(tokens[j].norm)) return words < 2 || last < j - 1 ? null : runOf(ctx, k, last);
      // "Adel al-Jubeir": the word a particle joins is a word of the name.
      if (isParticle(ctx, j - 1) && ++words > MAX_WORDS) return null;
      last = j;
    } else if (gap !== " ") break;
    else if (isNameWord(ctx, j)) {
      if (++words > MAX_WORDS) return null;
      last = j;
    } else if (
      isParticle(ctx, j) &&
      j + 1 < tokens.length &&
      (isNameWord(ctx, j + 1) || /^[-‑]$/.test(ctx.text.slice(tokens[j].end, tokens[j + 1].start)))
    )
      continue;
    else break;
  }
  return words < 2 ? null : runOf(ctx, k, last);
}

/** A capitalised name of 2–4 words ending at token k (inclusive): "Sabrina Singh, Deputy Spokesperson". */
export function nameRunEndingAt(ctx: NameContext, k: number): { name: string; span: Span } | null {
  const { tokens } = ctx;
  if (k < 0 || !isNameWord(ctx, k)) return null;
  let first = k;
  let words = 1;
  for (let j = k - 1; j >= 0 && k - j < MAX_TOKENS; j--) {
    const gap = ctx.text.slice(tokens[j].end, tokens[j + 1].start);
    if (mentionAt(ctx, j) || ctx.byEnd.has(j + 1) || ctx.cueTokens.has(j)) break;
    if (gap === "-" || gap === "‑") first = j;
    else if (gap !== " ") break;
    else if (isNameWord(ctx, j)) {
      if (++words > MAX_WORDS) return null;
      first = j;
    } else if (isParticle(ctx, j) && j > 0 && isNameWord(ctx, j - 1)) continue;
    else break;
  }
  return words < 2 ? null : runOf(ctx, first, k);
}

function runOf(ctx: NameContext, t0: number, last: number): { name: string; span: Span } {
  const span = { start: ctx.tokens[t0].start, end: ctx.tokens[last].end, t0, t1: last + 1 };
  // Persons are named in the nominative ("z Andrzejem Dudą" is Andrzej Duda) and in English
  // spelling: a Russian "Сергей Рябков" is "Sergey Ryabkov".
  const written = ctx.text.slice(span.start, span.end).replace(/\s+/g, " ");
  return { name: transliterateName(nominative(written, ctx.nameCases)), span };
}

/** Each word of a name without its case ending, when the ending leaves at least two letters. */
export function nominative(name: string, cases: readonly (readonly [string, string])[]): string {
  if (cases.length === 0) return name;
  return name.replace(/[\p{L}]+/gu, (word) => {
    const lower = word.toLowerCase();
    const hit = cases.find(([ending]) => lower.endsWith(ending) && word.length - ending.length >= 2);
    return hit ? word.slice(0, word.length - hit[0].length) + hit[1] : word;
  });
}

export function isNameWord(ctx: NameContext, k: number): boolean {
  const t = ctx.tokens[k];
  if (!t) return false;
  const word = ctx.text.slice(t.start, t.end);
  return (
    isCapitalized(ctx.text, t.start) &&
    /\p{Ll}/u.test(word) &&
    !ctx.nonName.has(t.norm) &&
    !ctx.stopwords.has(t.norm) &&
    !ctx.cueTokens.has(k) &&
    !mentionAt(ctx, k)
  );
}

const isParticle = (ctx: NameContext, k: number) => NAME_PARTICLES.has(ctx.tokens[k].norm) && !ctx.cueTokens.has(k);

/** A known name starts at token k (a bare surname does not count: it may begin a longer new name). */
export function mentionAt(ctx: NameContext, k: number): boolean {
  const m = ctx.byStart.get(k);
  return !!m && m.refs[0].kind !== "surname";
}
