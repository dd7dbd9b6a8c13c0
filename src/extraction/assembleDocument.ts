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
  place(cues, (s) => s.cues);
  const { article, text, language, pack, ref, tokens, persons } = base;
  return { article, text, language, pack, ref, tokens, persons, sentences };
}
