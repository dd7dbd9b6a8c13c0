import type { LanguagePack } from "./languages/types";

/**
 * How an inflecting language's words are matched: phrases are stored under `stem` (the word without
 * its longest case ending), and a word of the text tries `candidates`, its stems from the longest
 * ending to none, so that the genitive "Китая" (kitaya) finds "Китай" (kitay → kita) although "-aya"
 * is also an adjective ending.
 */
export interface Stemmer {
  stem(word: string): string;
  candidates(word: string): string[];
}

const cache = new WeakMap<LanguagePack, Stemmer | undefined>();

/**
 * The pack's stemmer: strips case endings that leave a stem of at least `minStem` letters
 * ("rosji" → "rosj", "rossiyey" → "rossi"). Undefined for languages that do not inflect their names
 * (matching is then on whole words). A stem needs only to be the same for all forms of a word, not
 * a linguistic root.
 */
export function stemmer(pack: LanguagePack): Stemmer | undefined {
  if (cache.has(pack)) return cache.get(pack);
  let out: Stemmer | undefined;
  if (pack.inflection) {
    const { minStem } = pack.inflection;
    const endings = [...new Set(pack.inflection.endings)].sort((a, b) => b.length - a.length);
    const fits = (word: string, ending: string) => word.length - ending.length >= minStem && word.endsWith(ending);
    out = {
      stem(word) {
        const ending = endings.find((e) => fits(word, e));
        return ending ? word.slice(0, -ending.length) : word;
      },
      candidates(word) {
        const stems = endings.filter((e) => fits(word, e)).map((e) => word.slice(0, -e.length));
        stems.push(word);
        // A nominative that itself ends like a case ending is stored shorter: "Andrzej" under
        // "andrz", "Duda" under "dud". Its case forms ("Andrzejem", "Dudą") reach it through the stem
        // of their stem, tried last so that a word's own stems keep precedence.
        for (const s of stems.slice(0, -1)) {
          const deeper = this.stem(s);
          if (deeper !== s && !stems.includes(deeper)) stems.push(deeper);
        }
        return stems;
      },
    };
  }
  cache.set(pack, out);
  return out;
}
