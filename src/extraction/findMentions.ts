import type { Cue } from "./cueIndex";
import type { CueMention, Span } from "./document";
import type { EntityRef } from "./entityIndex";
import type { PhraseIndex } from "./phraseIndex";
import { isCapitalized, type Token } from "./tokenize";

/** A known name before resolution: what the gazetteers say it may be. */
export interface RawMention extends Span {
  refs: EntityRef[];
}

/** When one phrase is several things, the more specific reading wins ("Washington" the person would beat the city). */
const PRIORITY: Record<EntityRef["kind"], number> = {
  leader: 0,
  agency: 1,
  org: 2,
  country: 3,
  capital: 3,
  place: 4,
  role: 5,
  surname: 6,
};

/** Gazetteer names in the text, one reading each (all candidates for a shared surname such as "Kim"). */
export function findEntityMentions(
  text: string,
  tokens: readonly Token[],
  index: PhraseIndex<EntityRef>,
): RawMention[] {
  const out: RawMention[] = [];
  for (const m of index.scan(text, tokens)) {
    const best = Math.min(...m.values.map((v) => PRIORITY[v.kind]));
    const refs = m.values.filter((v) => PRIORITY[v.kind] === best);
    if (refs.some((r) => r.kind === "country" && r.ambiguous) && besideName(text, tokens, m.t0, m.t1)) continue;
    out.push({ start: m.start, end: m.end, t0: m.t0, t1: m.t1, refs });
  }
  return out;
}

/** Cue words in the text. */
export function findCueMentions(text: string, tokens: readonly Token[], index: PhraseIndex<Cue>): CueMention[] {
  return index.scan(text, tokens).map((m) => ({ start: m.start, end: m.end, t0: m.t0, t1: m.t1, cues: m.values }));
}

/** True when a capitalised word stands right next to the phrase: "Michael Jordan", "Georgia Meloni". */
function besideName(text: string, tokens: readonly Token[], t0: number, t1: number): boolean {
  const adjacent = (a: Token, b: Token) => /^[ \t]$/.test(text.slice(a.end, b.start));
  const prev = tokens[t0 - 1];
  const next = tokens[t1];
  return (
    (!!prev && adjacent(prev, tokens[t0]) && isCapitalized(text, prev.start)) ||
    (!!next && adjacent(tokens[t1 - 1], next) && isCapitalized(text, next.start))
  );
}
