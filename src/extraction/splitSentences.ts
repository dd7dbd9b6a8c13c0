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

/**
 * Datelines in capitals ("JAKARTA, Kantor Berita -", "SEOUL, March 3 (Agency) --"), a place name
 * ("Jakarta:", "Jakarta, CNN Indonesia --", "Moskow/Seoul (ANTARA) -", whose agency cleanText blanks) or
 * the outlet before the place ("Liputan6.com, Jakarta -", "detikNews, Jakarta -").
 */
const DATELINES = [
  /^[\p{Lu}][\p{Lu}\p{N}.'’/ -]{1,40}(?:,[^\n]{0,40}?)?\s*(?:--?|–|—)\s+/u,
  /^[\p{Lu}][\p{L}]+(?:\/[\p{Lu}][\p{L}]+)?(?:,\s*[\p{Lu}][\p{L}]+(?:\s[\p{Lu}][\p{L}]+)?)?(?::|\s+(?:--?|–|—))\s+/u,
  /^(?:[\p{L}\p{N}]+(?:\.[a-z]{2,3}){1,2}|\p{Ll}+\p{Lu}\p{L}+),\s*[\p{Lu}][\p{L}]+(?:\s[\p{Lu}][\p{L}]+)?\s*(?:--?|–|—)\s+/u,
];
/** Datelines open a report: only the first blocks are checked. */
const DATELINE_BLOCKS = 4;
/**
 * The longest sentence the fact builders see. Real sentences stay far below it (the longest of the
 * 65 corpus articles has 1,182 characters, a quotation over several sentences); a longer run —
 * a quotation never closed, a list without a full stop — is cut into pieces of at most this many
 * characters, so that the builders' work per sentence is bounded and extraction stays linear.
 */
export const MAX_SENTENCE = 2000;
const TERMINAL = /[.!?…"”»':]$/;
const LAST_WORD = /([\p{L}\p{N}.]+)\.$/u;
/** The end of a sentence is enough to find its last word (and cheaper than the whole). */
const TAIL = 40;

const segmenters = new Map<string, Intl.Segmenter>();
/**
 * Intl.Segmenter takes time in the product of a text's length and its number of sentences
 * (200,000 characters of "U.S. " took 8 s), so a long block is given to it in chunks of about
 * this many characters, each cut where a sentence may end; the joins are judged like any other.
 */
const CHUNK = 4000;
const abbreviationSets = new WeakMap<
  LanguagePack,
  { abbreviations: Set<string>; months: Set<string>; ordinalLeads: Set<string> }
>();

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
    const heading =
      sentences.length === 1 && !TERMINAL.test(text.slice(sentences[0][0], sentences[0][1])) && be - from < 200;
    for (const [start, end] of sentences) {
      for (const [ps, pe] of capped(text, start, end)) out.push({ start: ps, end: pe, heading, dateline: false });
    }
  }
  return out;
}

/** [start, end) of each block: lines separated by blank lines or by a line that ends a sentence. */
function blocks(text: string): Array<[number, number]> {
  const out: Array<[number, number]> = [];
  let start = -1;
  let end = -1;
  let lastLine = "";
  for (let at = 0; at <= text.length;) {
    const nl = text.indexOf("\n", at);
    const lineEnd = nl < 0 ? text.length : nl;
    const line = text.slice(at, lineEnd).trim();
    if (!line) {
      if (start >= 0) out.push([start, end]);
      start = -1;
    } else {
      // A block goes on while its last line ends in a lower-case word or a comma.
      if (start >= 0 && !/[\p{Ll},]$/u.test(lastLine)) {
        out.push([start, end]);
        start = -1;
      }
      if (start < 0) start = at;
      end = lineEnd;
      lastLine = line;
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
  const pieces: Array<[number, number]> = [];
  // Quotation marks of the piece being built, counted as pieces join it, so that a run of
  // joined pieces ("U.S. U.S. …") is read once, not once per join.
  let quotes = quoteCounts("");
  for (const piece of segmenterPieces(text, from, to, pack)) {
    const prev = pieces[pieces.length - 1];
    const pieceText = text.slice(piece[0], piece[1]);
    if (
      prev &&
      (quoteOpen(quotes) || continues(text.slice(Math.max(prev[0], prev[1] - TAIL), prev[1]), pieceText, pack))
    ) {
      prev[1] = piece[1];
      quotes = addQuotes(quotes, quoteCounts(pieceText));
    } else {
      pieces.push(piece);
      quotes = quoteCounts(pieceText);
    }
  }
  return pieces;
}

/** Intl.Segmenter's sentences of text[from, to), trimmed, as [start, end). */
function* segmenterPieces(text: string, from: number, to: number, pack: LanguagePack): Generator<[number, number]> {
  let seg = segmenters.get(pack.code);
  if (!seg) segmenters.set(pack.code, (seg = new Intl.Segmenter(pack.code, { granularity: "sentence" })));
  for (const [cs, ce] of chunks(text, from, to)) {
    for (const s of seg.segment(text.slice(cs, ce))) {
      const lead = s.segment.length - s.segment.trimStart().length;
      const length = s.segment.trim().length;
      if (length > 0) yield [cs + s.index + lead, cs + s.index + lead + length];
    }
  }
}

/** Where a long run is best cut, in order: after a clause mark, a comma, any character (before a space). */
const BREAK_MARKS = [/[.;:!?…]/, /,/, /./];

/**
 * [start, end) cut into pieces of at most MAX_SENTENCE characters, each cut in the second half of
 * its window after the last clause mark, else the last comma, else the last space.
 */
function* capped(text: string, start: number, end: number): Generator<[number, number]> {
  while (end - start > MAX_SENTENCE) {
    const limit = start + MAX_SENTENCE;
    let cut: number | null = null;
    for (const mark of BREAK_MARKS) cut ??= lastBreak(text, start + MAX_SENTENCE / 2, limit, mark);
    cut ??= limit;
    yield [start, cut];
    start = cut;
    while (start < end && /\s/.test(text[start])) start++;
  }
  if (start < end) yield [start, end];
}

/** The position after the last character matching `mark` that a space follows, within (from, to], or null. */
function lastBreak(text: string, from: number, to: number, mark: RegExp): number | null {
  for (let at = to; at > from; at--) if (/\s/.test(text[at]) && mark.test(text[at - 1])) return at;
  return null;
}

/** [start, end) pieces of a block of CHUNK to 2 × CHUNK characters, cut after a terminal mark and its spaces, or a line break. */
function* chunks(text: string, from: number, to: number): Generator<[number, number]> {
  let start = from;
  for (let at = from + CHUNK; at < to; at++) {
    const c = text[at - 1];
    const mayEnd = c === "\n" || (/[.!?…。]/.test(c) && /\s/.test(text[at]));
    // Text with no such place (marks without spaces) is cut anyway; the joins mend the cut.
    if (!mayEnd && at - start < 2 * CHUNK) continue;
    while (at < to && /\s/.test(text[at])) at++;
    yield [start, at];
    start = at;
    at += CHUNK - 1;
  }
  if (start < to) yield [start, to];
}

/** True when the period ending `prev` does not end a sentence, given what follows it. */
function continues(prev: string, next: string, pack: LanguagePack): boolean {
  // The segmenter also breaks at line breaks; within a block a line break does not end a sentence.
  if (!/[.!?…"”»’']$/.test(prev)) return true;
  if (/^[\p{Ll}\p{N}]/u.test(next)) return true;
  const m = LAST_WORD.exec(prev.slice(-TAIL));
  if (!m) return false;
  const word = m[1];
  const { abbreviations, months, ordinalLeads } = sets(pack);
  if (abbreviations.has(normalizeWord(word))) return true;
  if (/(?:^|\.)\p{Lu}$/u.test(word)) return true;
  if (/^\d+$/.test(word)) {
    // "13. September", and "das 17. Sanktionspaket": an ordinal after an article.
    const lead = /(\p{L}+)\s+\d+\.$/u.exec(prev.slice(-TAIL))?.[1];
    return months.has(normalizeWord(next.split(/\s/)[0])) || (!!lead && ordinalLeads.has(normalizeWord(lead)));
  }
  return false;
}

/** How many of each quotation mark a piece of text holds. */
interface QuoteCounts {
  straight: number;
  low: number; // „
  left: number; // “
  right: number; // ”
  guillemetOpen: number; // «
  guillemetClose: number; // »
}

function quoteCounts(text: string): QuoteCounts {
  const c: QuoteCounts = { straight: 0, low: 0, left: 0, right: 0, guillemetOpen: 0, guillemetClose: 0 };
  for (let i = 0; i < text.length; i++) {
    switch (text.charCodeAt(i)) {
      case 0x22:
        c.straight++;
        break;
      case 0x201e:
        c.low++;
        break;
      case 0x201c:
        c.left++;
        break;
      case 0x201d:
        c.right++;
        break;
      case 0xab:
        c.guillemetOpen++;
        break;
      case 0xbb:
        c.guillemetClose++;
        break;
    }
  }
  return c;
}

const addQuotes = (a: QuoteCounts, b: QuoteCounts): QuoteCounts => ({
  straight: a.straight + b.straight,
  low: a.low + b.low,
  left: a.left + b.left,
  right: a.right + b.right,
  guillemetOpen: a.guillemetOpen + b.guillemetOpen,
  guillemetClose: a.guillemetClose + b.guillemetClose,
});

/** A quotation opened and not yet closed: the quote goes on in the next sentence. German „…“ closes with “. */
function quoteOpen(c: QuoteCounts): boolean {
  if (c.straight % 2 === 1) return true;
  const german = c.low > 0;
  const opens = c.low + c.guillemetOpen + (german ? 0 : c.left);
  const closes = c.right + c.guillemetClose + (german ? c.left : 0);
  return opens > closes;
}

function sets(pack: LanguagePack) {
  let s = abbreviationSets.get(pack);
  if (!s) {
    s = {
      abbreviations: new Set(pack.abbreviations.map(normalizeWord)),
      months: new Set(pack.dates.months.flat().map(normalizeWord)),
      ordinalLeads: new Set((pack.ordinalLeads ?? []).map(normalizeWord)),
    };
    abbreviationSets.set(pack, s);
  }
  return s;
}
