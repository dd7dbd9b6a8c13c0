/** A quotation: `start`/`end` bound the quoted words, without the quotation marks. */
export interface Quote {
  start: number;
  end: number;
}

const OPENERS = new Set(['"', "“", "„", "«", "”"]);
const CLOSERS = new Set(['"', "”", "“", "»"]);
const BEFORE_OPENING = /[\s([{—–:-]/;
const AFTER_CLOSING = /[\s.,;:!?)\]}—–-]/;

/**
 * Quotations in text[from, to). Sites mix straight and curly marks ("very useful,”), so a mark
 * opens when it follows a space or bracket and closes when a space or punctuation follows it.
 * Single quotes are left alone: they mark scare quotes and quotes inside quotes. A mark left open
 * quotes to the end of the range.
 */
export function findQuotes(text: string, from: number, to: number): Quote[] {
  const out: Quote[] = [];
  let open = -1;
  for (let i = from; i < to; i++) {
    const ch = text[i];
    if (open < 0) {
      if (OPENERS.has(ch) && (i === from || BEFORE_OPENING.test(text[i - 1])) && ch !== "”") open = i;
      else if (ch === "”" && (i === from || /\s/.test(text[i - 1])) && i + 1 < to && /\S/.test(text[i + 1])) open = i;
    } else if (CLOSERS.has(ch) && (i + 1 >= to || AFTER_CLOSING.test(text[i + 1]))) {
      // `"… States," Xi said`: the comma belongs to the sentence, not to the words quoted.
      let end = i;
      while (end > open + 1 && /[\s,]/.test(text[end - 1])) end--;
      if (end > open + 1) out.push({ start: open + 1, end });
      open = -1;
    }
  }
  // A quotation that runs on into the next paragraph has no closing mark where its paragraph ends: it
  // quotes to the end of the range ("Вы знаете, что … это наше суверенное право).
  if (open >= 0) {
    let end = to;
    while (end > open + 1 && /[\s,]/.test(text[end - 1])) end--;
    if (end > open + 1) out.push({ start: open + 1, end });
  }
  return out;
}

/** The words of a quote, counted as a reader would. */
export function quoteWords(text: string, q: Quote): number {
  return text.slice(q.start, q.end).trim().split(/\s+/).filter(Boolean).length;
}
