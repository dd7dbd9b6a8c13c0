import type { LanguagePack } from "./languages/types";
import { normalizeWord } from "./tokenize";

export interface SentenceSpan {
  start: number;
  end: number;
  /** A title or sub-heading: a line of its own without final punctuation. */
  heading: boolean;
  /** The place/agency prefix of a report ("TOKYO/SEOUL -", "Jakarta:"): it names countries, states no facts. */
  dateline: boolean;
}

/** Datelines in capitals ("JAKARTA, Kantor Berita -", "SEOUL, March 3 (Agency) --") or a place name ("Jakarta:"). */
const DATELINES = [
  /^[\p{Lu}][\p{Lu}\p{N}.'’/ -]{1,40}(?:,[^\n]{0,40}?)?\s*(?:--?|–|—)\s+/u,
  /^[\p{Lu}][\p{L}]+(?:,\s*[\p{Lu}][\p{L}]+(?:\s[\p{Lu}][\p{L}]+)?)?(?::|\s(?:--?|–|—))\s+/u,
];
/** Datelines open a report: only the first blocks are checked. */
const DATELINE_BLOCKS = 4;
const TERMINAL = /[.!?…"”»':]$/;
const LAST_WORD = /([\p{L}\p{N}.]+)\.$/u;
/** The end of a sentence is enough to find its last word (and cheaper than the whole). */
const TAIL = 40;

const segmenters = new Map<string, Intl.Segmenter>();
const abbreviationSets = new WeakMap<LanguagePack, { abbreviations: Set<string>; months: Set<string> }>();

/**
 * Sentences of the cleaned text. Lines are grouped into blocks (a line break inside a sentence —
 * one ending in a lower-case word or a comma — does not split it), a dateline is cut off the front
 * of the first blocks, and Intl.Segmenter splits each block, with guards for periods that do not
 * end sentences: titles and months ("Dr.", "Sept."), initials ("N. Korea", "U.S."), acronyms
 * followed by a lower-case word ("AS. yang"), German ordinals ("13. September"), and quotations
 * that run over several sentences (they stay one sentence, attributed once).
 */
export function splitSentences(text: string, pack: LanguagePack): SentenceSpan[] {
  const out: SentenceSpan[] = [];
  let blockIndex = 0;
  for (const [bs, be] of blocks(text)) {
    let from = bs;
    if (blockIndex++ < DATELINE_BLOCKS) {
      const block = text.slice(bs, be);
      const m = DATELINES.map((re) => re.exec(block)).find((x) => x !== null);
      if (m) {
        const prefix = block.slice(0, m[0].length).replace(/[\s:–—-]+$/, "");
        out.push({ start: bs, end: bs + prefix.length, heading: false, dateline: true });
        from = bs + m[0].length;
      }
    }
    const sentences = segment(text, from, be, pack);
    const heading = sentences.length === 1 && !TERMINAL.test(text.slice(sentences[0][0], sentences[0][1])) && be - from < 200;
    for (const [start, end] of sentences) out.push({ start, end, heading, dateline: false });
  }
  return out;
}

/** [start, end) of each block: lines separated by blank lines or by a line that ends a sentence. */
function blocks(text: string): Array<[number, number]> {
  const out: Array<[number, number]> = [];
  let start = -1;
  let end = -1;
  for (let at = 0; at <= text.length; ) {
    const nl = text.indexOf("\n", at);
    const lineEnd = nl < 0 ? text.length : nl;
    const line = text.slice(at, lineEnd).trim();
    if (!line) {
      if (start >= 0) out.push([start, end]);
      start = -1;
    } else {
      if (start >= 0 && !/[\p{Ll},]$/u.test(text.slice(start, end).trimEnd())) {
        out.push([start, end]);
        start = -1;
      }
      if (start < 0) start = at;
      end = lineEnd;
    }
    at = lineEnd + 1;
  }
  if (start >= 0) out.push([start, end]);
  return out;
}

/** "… Korea Utara dan Rusia.Kantor Pengawasan …", "tersebut.AS juga": paragraphs glued by scraping, a word's period right against a capitalised word or an acronym. */
const GLUED = /\p{Ll}{2}[.!?](?=\p{Lu}(?:\p{Ll}{2}|\p{Lu}+\b))/gu;

/** Sentences of [from, to): glued paragraphs apart first, then each segmented. */
function segment(text: string, from: number, to: number, pack: LanguagePack): Array<[number, number]> {
  const out: Array<[number, number]> = [];
  let at = from;
  for (const m of text.slice(from, to).matchAll(GLUED)) {
    const end = from + m.index + m[0].length;
    out.push(...segmentPart(text, at, end, pack));
    at = end;
  }
  out.push(...segmentPart(text, at, to, pack));
  return out;
}

function segmentPart(text: string, from: number, to: number, pack: LanguagePack): Array<[number, number]> {
  const block = text.slice(from, to);
  // No sentence end before the last character: one sentence, no need to segment.
  if (!/[.!?…。](?=[\s"”’»)\]]*\S)/.test(block.trimEnd().slice(0, -1))) {
    const lead = block.length - block.trimStart().length;
    const trimmed = block.trim();
    return trimmed ? [[from + lead, from + lead + trimmed.length]] : [];
  }
  let seg = segmenters.get(pack.code);
  if (!seg) segmenters.set(pack.code, (seg = new Intl.Segmenter(pack.code, { granularity: "sentence" })));
  const pieces: Array<[number, number]> = [];
  for (const s of seg.segment(block)) {
    const raw = s.segment;
    const lead = raw.length - raw.trimStart().length;
    const trimmed = raw.trim();
    if (!trimmed) continue;
    const start = from + s.index + lead;
    const piece: [number, number] = [start, start + trimmed.length];
    const prev = pieces[pieces.length - 1];
    const prevText = prev ? text.slice(prev[0], prev[1]) : "";
    if (prev && (continues(prevText, trimmed, pack) || quoteOpen(prevText))) prev[1] = piece[1];
    else pieces.push(piece);
  }
  return pieces;
}

/** True when the period ending `prev` does not end a sentence, given what follows it. */
function continues(prev: string, next: string, pack: LanguagePack): boolean {
  // The segmenter also breaks at line breaks; within a block a line break does not end a sentence.
  if (!/[.!?…"”»’']$/.test(prev)) return true;
  if (/^[\p{Ll}\p{N}]/u.test(next)) return true;
  const m = LAST_WORD.exec(prev.slice(-TAIL));
  if (!m) return false;
  const word = m[1];
  const { abbreviations, months } = sets(pack);
  if (abbreviations.has(normalizeWord(word))) return true;
  if (/(?:^|\.)\p{Lu}$/u.test(word)) return true;
  if (/^\d+$/.test(word)) return months.has(normalizeWord(next.split(/\s/)[0]));
  return false;
}

/** A quotation opened and not yet closed: the quote goes on in the next sentence. */
function quoteOpen(sentence: string): boolean {
  const straight = (sentence.match(/"/g) ?? []).length;
  if (straight % 2 === 1) return true;
  const german = sentence.includes("„");
  const opens = (sentence.match(german ? /[„«]/g : /[“„«]/g) ?? []).length;
  const closes = (sentence.match(german ? /[”»“]/g : /[”»]/g) ?? []).length;
  return opens > closes;
}

function sets(pack: LanguagePack) {
  let s = abbreviationSets.get(pack);
  if (!s) {
    s = { abbreviations: new Set(pack.abbreviations.map(normalizeWord)), months: new Set(pack.dates.months.flat().map(normalizeWord)) };
    abbreviationSets.set(pack, s);
  }
  return s;
}
