import { LEADERS } from "../names/leaders";
import type { Span } from "./document";
import { NAME_PARTICLES } from "./nameRun";
import { phraseWords, type Token } from "./tokenize";

let byEnds: Map<string, Set<number>> | null = null;

/** Each gazetteer spelling's first and last word (particles aside) → the persons spelled so. */
function index(): Map<string, Set<number>> {
  if (byEnds) return byEnds;
  byEnds = new Map();
  LEADERS.forEach((l, i) => {
    for (const v of l.variants) {
      const words = phraseWords(v).filter((w) => !NAME_PARTICLES.has(w));
      if (words.length < 2) continue;
      const key = `${words[0]} ${words[words.length - 1]}`;
      byEnds!.set(key, (byEnds!.get(key) ?? new Set()).add(i));
    }
  });
  return byEnds;
}

/**
 * The gazetteer person a longer form of a known name stands for: a middle name added ("Richard
 * Donald Marles" is Richard Marles), or a second surname after the first, as Spanish and Portuguese
 * write them ("Diosdado Cabello Rondón"). Null unless exactly one person fits.
 */
export function leaderOfLongForm(tokens: readonly Token[], span: Span): number | null {
  const words = tokens
    .slice(span.t0, span.t1)
    .map((t) => t.norm)
    .filter((w) => !NAME_PARTICLES.has(w));
  if (words.length < 3) return null;
  const found = new Set<number>();
  for (const last of [words[words.length - 1], words[words.length - 2]])
    for (const i of index().get(`${words[0]} ${last}`) ?? []) found.add(i);
  return found.size === 1 ? [...found][0] : null;
}
