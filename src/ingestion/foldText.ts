/**
 * Text as its words compare: accents folded, lower case, every run of other characters one space
 * ("Verträge" → "vertrage", "d'experts" → "d experts"). Quotes, statement words and the packs'
 * concept entries are all folded alike, so they meet in one spelling.
 */
export function foldText(text: string): string {
  return text
    .normalize("NFKD")
    .replace(/[\u0300-\u036f]/g, "")
    .toLowerCase()
    .replace(/[^\p{L}\p{N}]+/gu, " ")
    .trim();
}
