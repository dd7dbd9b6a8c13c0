import { blankSpans } from "./blankSpans";
import { CREDIT_LINES, CREDIT_SPANS } from "./data/furniture";
import type { LanguagePack } from "./languages/types";

/**
 * Blanks out page furniture — "read also" links, bylines, repeated photo captions, credits, the
 * related-links tail — by overwriting it with spaces. The result has the original's length and
 * line breaks, so every offset found in it is an offset into the original text.
 *
 * All packs' patterns apply: furniture is recognised before the language is known, and the
 * patterns are anchored whole-line shapes that do not collide across languages.
 */
export function cleanText(original: string, packs: readonly LanguagePack[]): string {
  const { linePatterns, cutOffs, inline } = patternsOf(packs);
  const masks: Array<[number, number]> = [];
  const seen = new Set<string>();
  let tail = false;

  for (let start = 0; start <= original.length;) {
    const nl = original.indexOf("\n", start);
    const end = nl < 0 ? original.length : nl;
    const line = original.slice(start, end);
    const content = line.trim();
    if (content) {
      tail ||= cutOffs.some((re) => re.test(content));
      const repeated = !tail && isRepeat(content, seen);
      if (tail || repeated || linePatterns.some((re) => re.test(content))) masks.push([start, end]);
      else
        for (const re of inline)
          for (const m of line.matchAll(re)) masks.push([start + m.index!, start + m.index! + m[0].length]);
    }
    start = end + 1;
  }
  // Masks lie within one line (a whole line, or a span of one), so the lines stay as they were.
  return blankSpans(original, masks);
}

interface Patterns {
  linePatterns: RegExp[];
  cutOffs: RegExp[];
  inline: RegExp[];
}
const compiled = new WeakMap<readonly LanguagePack[], Patterns>();

/** The packs' line patterns joined into one regex per set of flags: one test per line instead of dozens. */
function patternsOf(packs: readonly LanguagePack[]): Patterns {
  let p = compiled.get(packs);
  if (!p) {
    const join = (res: readonly RegExp[]) => {
      const byFlags = new Map<string, string[]>();
      for (const re of res) byFlags.set(re.flags, [...(byFlags.get(re.flags) ?? []), `(?:${re.source})`]);
      return [...byFlags].map(([flags, sources]) => new RegExp(sources.join("|"), flags));
    };
    p = {
      linePatterns: join([...CREDIT_LINES, ...packs.flatMap((x) => x.furniture.lines)]),
      cutOffs: join(packs.flatMap((x) => x.furniture.cutOff)),
      // One pass of the joined pattern finds what each would: a span in parentheses runs to the first ")" after
      // its "(", so two spans meet only when one holds the other.
      inline: join([...CREDIT_SPANS, ...packs.flatMap((x) => x.furniture.inline)]),
    };
    compiled.set(packs, p);
  }
  return p;
}

/** A caption or paragraph seen before (sites repeat photo captions); short lines may repeat. */
function isRepeat(content: string, seen: Set<string>): boolean {
  const key = content.replace(/\s+/g, " ").toLowerCase();
  if (key.length < 20) return false;
  if (seen.has(key)) return true;
  seen.add(key);
  return false;
}
