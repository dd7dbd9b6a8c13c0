import type { CueMention, Doc, EntityMention, Sentence } from "./document";
import type { SentenceSpan } from "./splitSentences";
import { tokenAt } from "./tokenize";

/** Files every mention and cue under the sentence that contains it. */
export function assembleDocument(
  base: Omit<Doc, "sentences">,
  spans: readonly SentenceSpan[],
  mentions: readonly EntityMention[],
  cues: readonly CueMention[],
): Doc {
  // Built property by property: object spread is markedly slower here, on the hot path.
  const sentences: Sentence[] = spans.map((s, index) => ({
    start: s.start,
    end: s.end,
    t0: tokenAt(base.tokens, s.start),
    t1: tokenAt(base.tokens, s.end),
    index,
    heading: s.heading,
    dateline: s.dateline,
    entities: [],
    cues: [],
  }));
  const place = <T extends { start: number }>(items: readonly T[], pick: (s: Sentence) => T[]) => {
    let i = 0;
    for (const item of items) {
      while (i < sentences.length && sentences[i].end <= item.start) i++;
      if (i < sentences.length && sentences[i].start <= item.start) pick(sentences[i]).push(item);
    }
  };
  place(mentions, (s) => s.entities);
  place(inNoName(base.text, mentions, cues), (s) => s.cues);
  const { article, text, language, pack, ref, tokens, persons } = base;
  return { article, text, language, pack, ref, tokens, persons, sentences };
}

/**
 * The cues outside the persons' names: a word of a name is no cue ("Stéphane Séjourné s'est entretenu"
 * holds "séjourne", a word of staying somewhere). A name is a person's mention of two words or more,
 * each capitalised; a role standing for a person ("the Russian foreign minister", "Menteri itu") keeps
 * its cues. Mentions and cues are both sorted by start: one pass.
 */
function inNoName(
  text: string,
  mentions: readonly EntityMention[],
  cues: readonly CueMention[],
): readonly CueMention[] {
  const names = mentions.filter(
    (m) => m.entity.kind === "person" && /^\p{Lu}[^\s]*(?:\s+\p{Lu}[^\s]*)+$/u.test(text.slice(m.start, m.end)),
  );
  if (names.length === 0) return cues;
  let i = 0;
  return cues.filter((c) => {
    while (i < names.length && names[i].end <= c.start) i++;
    // Strictly after the name's start: a title the mention took in ("President …") is no word of the name.
    for (let j = i; j < names.length && names[j].start < c.start; j++) if (c.end <= names[j].end) return false;
    return true;
  });
}
