import { hasCue, type Doc, type EntityMention } from "./document";
import type { CueKind } from "./cueIndex";
import { cueJustBefore, type EntityTest } from "./sentenceQueries";

/** Verbs whose subject a pronoun in the next sentence may take up ("ECOWAS leaders met … They imposed"). */
const VERBS: readonly CueKind[] = [
  "say",
  "stanceVerb",
  "meet",
  "host",
  "visit",
  "arrive",
  "discuss",
  "sign",
  "summon",
  "impose",
  "announced",
  "lifted",
  "vetoed",
  "maintain",
  "sanctionVerb",
  "future",
  "threat",
];
/** How many words may stand between a subject and its verb ("ECOWAS leaders met", "the EU on Monday imposed"). */
const VERB_REACH = 3;

/**
 * The subject of the sentence before sentence `index` (skipping datelines): the last entity passing
 * `test` that a verb follows within a few words with no other name between, else its first one outside
 * a prepositional phrase. A pronoun opening the
 * next clause ("They also imposed …", "Mereka juga menjatuhkan …") most often takes it up.
 */
export function previousSubject(doc: Doc, index: number, test: EntityTest): EntityMention | null {
  let i = index - 1;
  while (i >= 0 && doc.sentences[i].dateline) i--;
  if (i < 0) return null;
  const s = doc.sentences[i];
  let found: EntityMention | null = null;
  let first: EntityMention | null = null;
  for (let e = 0; e < s.entities.length; e++) {
    const m = s.entities[e];
    if (!test(m)) continue;
    // Else the first party named outside a prepositional phrase ("… met in Abuja", "rencontré à Paris").
    if (!first && !PREPS.some((kind) => cueJustBefore(s, m.t0, kind, 1))) first = m;
    const next = s.entities[e + 1];
    const limit = Math.min(m.t1 + VERB_REACH, next ? next.t0 : s.t1);
    if (s.cues.some((k) => k.t0 >= m.t1 && k.t0 <= limit && VERBS.some((kind) => hasCue(k, kind)))) found = m;
  }
  return found ?? first;
}

const PREPS: readonly CueKind[] = [
  "locationPrep",
  "destinationPrep",
  "originPrep",
  "targetPrep",
  "agentPrep",
  "between",
];
