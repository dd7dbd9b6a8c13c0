import { hasCyrillic, transliterateWord } from "./transliterate";

/**
 * Words with their offsets. Every lookup (gazetteers, cue words) works on these tokens, so the
 * text is scanned once per article instead of once per word list.
 */
export interface Token {
  start: number;
  end: number;
  /** Lower case, accents removed: the form gazetteers are keyed by. */
  norm: string;
}

const WORD = /[\p{L}\p{M}\p{N}]+/gu;
const NON_ASCII = /[^\x00-\x7f]/;
const MARKS = /\p{M}/gu;

/**
 * Lower case without accents ("Erdoğan" → "erdogan", "Séjourné" → "sejourne", "Łódź" → "lodz"), and
 * Cyrillic in Latin letters ("Лавров" → "lavrov"), so a Russian text meets the Latin gazetteers.
 */
export function normalizeWord(word: string): string {
  let lower = word.toLowerCase();
  if (!NON_ASCII.test(lower)) return lower;
  if (hasCyrillic(lower)) lower = transliterateWord(lower);
  return lower.normalize("NFD").replace(MARKS, "").replace(/ß/g, "ss").replace(/ł/g, "l");
}

/** The words of `text`; hyphens, apostrophes and dots separate words ("Jong-un" = "Jong un"). */
export function tokenize(text: string): Token[] {
  const tokens: Token[] = [];
  WORD.lastIndex = 0;
  for (let m = WORD.exec(text); m; m = WORD.exec(text)) {
    tokens.push({ start: m.index, end: m.index + m[0].length, norm: normalizeWord(m[0]) });
  }
  return tokens;
}

/** The normalised words of a phrase, for building indexes. */
export function phraseWords(phrase: string): string[] {
  return tokenize(phrase).map((t) => t.norm);
}

/** True when the word starts with a capital letter (or is in a script without case). */
export function isCapitalized(text: string, at: number): boolean {
  const ch = text[at];
  return ch !== ch.toLowerCase() || ch === ch.toUpperCase();
}

/** Index of the first token that starts at or after `offset` (binary search). */
export function tokenAt(tokens: readonly Token[], offset: number): number {
  let lo = 0;
  let hi = tokens.length;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if (tokens[mid].start < offset) lo = mid + 1;
    else hi = mid;
  }
  return lo;
}
