import type { LanguagePack } from "./languages/types";

/** Turns a normalised word into the form phrases are matched on. */
export type Stemmer = (word: string) => string;

const cache = new WeakMap<LanguagePack, Stemmer | undefined>();

/**
 * The pack's stemmer: strips the longest case ending that leaves a stem of `minStem` letters
 * ("rosji" → "rosj", "rossiyey" → "rossi"). Undefined for languages that do not inflect their names
 * (matching is then on whole words). Both the phrases of the indexes and the words of the text go
 * through it, so a stem needs only to be the same for all forms of a word, not a linguistic root.
 */
export function stemmer(pack: LanguagePack): Stemmer | undefined {
  if (cache.has(pack)) return cache.get(pack);
  let stem: Stemmer | undefined;
  if (pack.inflection) {
    const { minStem } = pack.inflection;
    const endings = [...new Set(pack.inflection.endings)].sort((a, b) => b.length - a.length);
    stem = (word) => {
      for (const ending of endings) {
        if (word.length - ending.length >= minStem && word.endsWith(ending)) return word.slice(0, -ending.length);
      }
      return word;
    };
  }
  cache.set(pack, stem);
  return stem;
}
