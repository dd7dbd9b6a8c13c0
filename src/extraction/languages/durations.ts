/**
 * Builds a language pack's duration phrases ("dua hari" → 2) from its number words, so a pack
 * lists "two" once instead of every "two-day"/"two days"/"2-day" spelling.
 */
export function countedDurations(
  numbers: Record<string, number>,
  phrasesFor: (count: string) => string[],
): Record<string, number> {
  const out: Record<string, number> = {};
  for (const [word, days] of Object.entries(numbers)) {
    for (const count of [word, String(days)]) {
      for (const phrase of phrasesFor(count)) out[phrase] = days;
    }
  }
  return out;
}
