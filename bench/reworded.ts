import { Random } from "./random";

/**
 * Unrelated news stories share few runs of words; the kit's context sentences, though, are a small
 * stock every article draws from, which made most pairs of generated articles near-duplicates to
 * copy detection (147 of the first 150, seed 7). `reworded` gives each article its own wording of
 * a context sentence: a small adverb or particle between about one word pair in three, drawn from
 * a source seeded by the article's id, so the stream's own random sequence (which events, actors,
 * quotes and facts each article reports) is untouched. The words carry no names, places or cue
 * words, so what extraction finds in the text does not change.
 */
export function reworded(text: string, articleId: string, lang: "en" | "id", salt: number): string {
  const random = new Random(hashOf(articleId) ^ Math.imul(salt + 1, 0x9e3779b1));
  const words = FILLERS[lang];
  return text
    .split(/(?<=[.!?]) /)
    .map((sentence) =>
      FACTUAL.test(sentence)
        ? sentence
        : sentence
            .split(" ")
            .map((word, i, all) =>
              i < all.length - 1 && /^[a-z]+$/.test(word) && random.chance(0.35)
                ? `${word} ${random.pick(words)}`
                : word,
            )
            .join(" "),
    )
    .join(" ");
}

/**
 * Context sentences that extraction reads a fact or a date from (the two sides signing agreements,
 * talks again "within 30 days") keep the kit's wording: a word put inside their cue phrase would
 * take the fact or its date away.
 */
const FACTUAL = /sign|agree|treaty|deal|tandatangan|perjanjian|sepakat|\d/i;

const FILLERS = {
  en: [
    "also",
    "again",
    "still",
    "indeed",
    "largely",
    "mostly",
    "partly",
    "clearly",
    "quietly",
    "openly",
    "broadly",
    "briefly",
    "formally",
    "fully",
    "already",
    "certainly",
    "generally",
    "mainly",
    "plainly",
    "simply",
  ],
  id: [
    "juga",
    "pun",
    "lagi",
    "memang",
    "masih",
    "kembali",
    "sendiri",
    "sudah",
    "pula",
    "hanya",
    "tentu",
    "umumnya",
    "sebagian",
    "secara",
    "benar",
    "jelas",
    "tetap",
    "sempat",
    "langsung",
    "cukup",
  ],
} as const;

/** FNV-1a of the id: a 32-bit seed. */
function hashOf(text: string): number {
  let h = 0x811c9dc5;
  for (let i = 0; i < text.length; i++) h = Math.imul(h ^ text.charCodeAt(i), 0x01000193);
  return h >>> 0;
}
