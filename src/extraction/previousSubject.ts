import { hasCue, type Doc, type EntityMention, type Sentence } from "./document";
import type { CueKind } from "./cueIndex";
import type { EntityTest } from "./sentenceQueries";

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
 * a prepositional phrase. A pronoun opening the next clause ("They also imposed …", "Mereka juga
 * menjatuhkan …") most often takes it up. `test` is read on the first question about a sentence.
 */
export function previousSubject(
  doc: Doc,
  index: number,
  test: EntityTest,
  question: "imposer" | "person" | "state" = "imposer",
): EntityMention | null {
  // Asked once per sanctions or meeting word: kept per sentence and question (sanctions ask for
  // imposers, meetings for persons), so many pronouns after one long sentence stay linear.
  let byQuestion = CACHE.get(doc);
  if (!byQuestion) CACHE.set(doc, (byQuestion = new Map()));
  let known = byQuestion.get(question);
  if (!known) byQuestion.set(question, (known = new Map()));
  // Meetings ask for the first state subject: a relative clause later on ("sanctions on Tehran that were
  // lifted") has its own subject, not the one a "they" of the next sentence takes up.
  if (!known.has(index)) known.set(index, subjectBefore(doc, index, test, question === "state"));
  return known.get(index) ?? null;
}

const CACHE = new WeakMap<Doc, Map<string, Map<number, EntityMention | null>>>();

function subjectBefore(doc: Doc, index: number, test: EntityTest, firstOnly = false): EntityMention | null {
  let i = index - 1;
  while (i >= 0 && doc.sentences[i].dateline) i--;
  if (i < 0) return null;
  const s = doc.sentences[i];
  // The verbs' starts in order, walked once beside the entities: linear in the sentence however long.
  const verbs = s.cues.filter((k) => VERBS.some((kind) => hasCue(k, kind))).map((k) => k.t0);
  let v = 0;
  let found: EntityMention | null = null;
  let first: EntityMention | null = null;
  for (let e = 0; e < s.entities.length; e++) {
    const m = s.entities[e];
    while (v < verbs.length && verbs[v] < m.t1) v++;
    if (!test(m)) continue;
    // Else the first party named outside a prepositional phrase ("… met in Abuja", "rencontré à Paris").
    if (!first && !PREPS.some((kind) => prepAt(s, m.t0 - 1, kind))) first = m;
    const next = s.entities[e + 1];
    const limit = Math.min(m.t1 + VERB_REACH, next ? next.t0 : s.t1);
    if (v < verbs.length && verbs[v] <= limit) {
      found = m;
      if (firstOnly) break;
    }
  }
  return found ?? first;
}

/** A cue of this kind ending right at token t + 1 (bisected: cues are sorted by token). */
function prepAt(s: Sentence, t: number, kind: CueKind): boolean {
  let lo = 0;
  let hi = s.cues.length;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if (s.cues[mid].t0 < t) lo = mid + 1;
    else hi = mid;
  }
  const k = s.cues[lo];
  return !!k && k.t0 === t && k.t1 === t + 1 && hasCue(k, kind);
}

const PREPS: readonly CueKind[] = [
  "locationPrep",
  "destinationPrep",
  "originPrep",
  "targetPrep",
  "agentPrep",
  "between",
];
