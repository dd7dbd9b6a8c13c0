import { phraseWords } from "./tokenize";

/**
 * The form names are compared in: words lower-cased, accents dropped, punctuation and hyphens as
 * word breaks ("Kim Jong-un" = "kim jong un", "Korea, Utara" = "korea utara"). It is extraction's
 * own normalisation (names/tokenize), so a name matches here exactly when it would match in an article.
 */
export function nameKey(name: string): string {
  return phraseWords(name).join(" ");
}
