import type { CueMention, Span } from "./document";
import { nameRun, nameRunEndingAt, opensWithCommonWord, type NameContext } from "./nameRun";

/** Inverted verbs shorter than this are also adverbs ("so" in German) and introduce no name. */
const MIN_INVERTED_LENGTH = 3;

/**
 * New names read from verbs of saying: the subject right before the verb ("Teresa Ruiz said",
 * "Rina Wulandari mengatakan", "X denied") or the speaker right after an inverted verb ("kata Rina
 * Wulandari", "said Teresa Ruiz", "sagte Jonas Berger", "dijo Tomás Herrera"). Whoever speaks in the
 * story is a person of it, whether or not a role introduced them; one function word of the pack's
 * stopwords may stand between a subject and its verb ("X has said", "X juga mengatakan").
 */
export function speakerNames(ctx: NameContext, cues: readonly CueMention[]): { name: string; span: Span }[] {
  const out: { name: string; span: Span }[] = [];
  for (const c of cues) {
    const kinds = new Set(c.cues.map((x) => x.kind));
    if (kinds.has("sayInverted") && c.end - c.start >= MIN_INVERTED_LENGTH && plainGap(ctx, c.t1)) {
      const run = nameRun(ctx, c.t1);
      if (run) out.push(run);
    }
    if (kinds.has("say") || kinds.has("stanceVerb")) {
      const run = subjectBefore(ctx, c.t0) ?? subjectBeforeInsertion(ctx, c.t0);
      if (run) out.push(run);
    }
  }
  return out;
}

function subjectBefore(ctx: NameContext, t: number): { name: string; span: Span } | null {
  for (let k = t - 1; k >= Math.max(0, t - 2); k--) {
    if (!plainGap(ctx, k + 1)) return null;
    // A known name ends here ("Tamim bin Hamad Al Thani said"): its tail is no new person.
    if (ctx.byEnd.has(k + 1)) return null;
    const run = nameRunEndingAt(ctx, k);
    if (run)
      return opensClause(ctx, run.span.t0) && !opensWithCommonWord(ctx, run.span) && !endsInKnownSurname(ctx, run.span)
        ? run
        : null;
    // Only a function word may stand between ("X has said", "X juga mengatakan"), not a noun ("Red Cross officials said").
    if (!ctx.stopwords.has(ctx.tokens[k].norm) || ctx.cueTokens.has(k)) return null;
  }
  return null;
}

/** An insertion between a subject and its verb holds at most this many words ("a senior adviser to the president"). */
const MAX_INSERTION = 10;

/**
 * The subject before an insertion set off by commas that opens with a lower-case word, a role or an
 * article ("Redwan Hussien, national security adviser to Abiy, said", "Lena Ortiz, a spokeswoman for the
 * ministry, said"): the name before the first comma speaks, not a name inside the insertion.
 */
function subjectBeforeInsertion(ctx: NameContext, t: number): { name: string; span: Span } | null {
  if (t < 3 || !commaGap(ctx, t)) return null;
  for (let k = t - 1; k >= Math.max(1, t - MAX_INSERTION); k--) {
    if (!plainGap(ctx, k) && !commaGap(ctx, k)) return null;
    if (!commaGap(ctx, k)) continue;
    const first = ctx.tokens[k];
    if (!/^\p{Ll}/u.test(ctx.text.slice(first.start, first.end))) return null;
    // A known name ends before the comma: the speaker rules place it; no new person.
    if (ctx.byEnd.has(k)) return null;
    const run = nameRunEndingAt(ctx, k - 1);
    return run && opensClause(ctx, run.span.t0) && !opensWithCommonWord(ctx, run.span) ? run : null;
  }
  return null;
}

/** Only a comma (and spaces) between token k-1 and token k. */
const commaGap = (ctx: NameContext, k: number) =>
  k > 0 && k < ctx.tokens.length && /^[ \t]*,[ \t]*$/.test(ctx.text.slice(ctx.tokens[k - 1].end, ctx.tokens[k].start));

/** "Mientras Kim enfatizó": a known surname ending the run is the known person, after a capitalised word. */
const endsInKnownSurname = (ctx: NameContext, span: Span) => ctx.byStart.get(span.t1 - 1)?.refs[0].kind === "surname";

/** Only spaces between token k-1 and token k. */
const plainGap = (ctx: NameContext, k: number) =>
  k > 0 && k < ctx.tokens.length && /^[ \t]+$/.test(ctx.text.slice(ctx.tokens[k - 1].end, ctx.tokens[k].start));

/**
 * A subject opens its clause: the text's start, punctuation, or a lower-case word before it. A known
 * name or a capitalised word right before it would make the run the tail of something longer.
 */
function opensClause(ctx: NameContext, k: number): boolean {
  if (k === 0 || !plainGap(ctx, k)) return true;
  const prev = ctx.tokens[k - 1];
  // Not after a function word: "the International Monetary Fund said", "di Universitas Gadjah Mada".
  return !ctx.byEnd.has(k) && !ctx.stopwords.has(prev.norm) && /^\p{Ll}/u.test(ctx.text.slice(prev.start, prev.end));
}
