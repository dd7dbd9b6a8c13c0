/**
 * The text with the spans [start, end) overwritten by spaces: the same length, so every offset found
 * in the result is an offset into the text. Spans may overlap and come in any order. A line break
 * inside a span is blanked too: callers that keep lines keep their spans within one (cleanText's are).
 */
export function blankSpans(text: string, spans: ReadonlyArray<readonly [number, number]>): string {
  if (spans.length === 0) return text;
  const sorted = [...spans].sort((a, b) => a[0] - b[0]);
  let out = "";
  let at = 0;
  for (const [s, e] of sorted) {
    if (e <= at) continue;
    const from = Math.max(s, at);
    out += text.slice(at, from) + " ".repeat(e - from);
    at = e;
  }
  return out + text.slice(at);
}
