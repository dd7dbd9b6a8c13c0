import type { LanguagePack } from "./languages/types";
import { normalizeWord, type Token } from "./tokenize";

/** How many words of the text detection reads; the opening is enough to tell languages apart. */
const SAMPLE = 400;
/** A language must lead the others by this many stopword hits; a tie is undetermined. */
const MARGIN = 1;

const stopwordSets = new WeakMap<LanguagePack, Set<string>>();

/**
 * The article's language: its metadata when present ("en-US" → "en"), otherwise the pack whose
 * function words occur most often in the opening of the text, otherwise "und" (undetermined).
 */
export function detectLanguage(
  declared: string | undefined,
  tokens: readonly Token[],
  packs: readonly LanguagePack[],
): string {
  const meta = declared?.trim().toLowerCase().split(/[-_]/)[0];
  if (meta && /^[a-z]{2,3}$/.test(meta)) return meta;
  const scores = packs.map((pack) => {
    const words = stopwordsOf(pack);
    let hits = 0;
    for (let i = 0; i < Math.min(SAMPLE, tokens.length); i++) if (words.has(tokens[i].norm)) hits++;
    return { code: pack.code, hits };
  });
  const [first, second] = [...scores].sort((a, b) => b.hits - a.hits);
  return first && first.hits - (second?.hits ?? 0) >= MARGIN ? first.code : "und";
}

function stopwordsOf(pack: LanguagePack): Set<string> {
  let set = stopwordSets.get(pack);
  if (!set) stopwordSets.set(pack, (set = new Set(pack.stopwords.map(normalizeWord))));
  return set;
}
