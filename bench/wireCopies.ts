import { newsCorpus, type NewsArticle } from "./newsArticles";
import { Random } from "./random";

/**
 * A corpus for measuring near-duplicate detection (scripts/copyDetection.ts, and the copies test):
 * the bench's generated originals, some of them republished by other outlets the way portals
 * reprint a wire story: another domain, a later hour, another title, a word or two per paragraph
 * changed, and a line of boilerplate added or removed. The generator's other reports of the same
 * event (same actors, same days, the same quotes) are the hard negatives.
 *
 * The bench's generator reuses whole background paragraphs across unrelated articles (its phrasing
 * kit is small), which real outlets writing their own stories do not: each original here is first
 * worded in its own voice, a fifth of the words outside quotes swapped, so that two originals
 * share what two reporters' stories share (names, places, the quotes they both carry), not prose.
 */
export interface WireCorpus {
  articles: NewsArticle[];
  /** Each planted copy's id → the id of the original it was made from. */
  copyOf: Map<string, string>;
}

const PORTALS = ["portal-satu.example", "reprint-daily.example", "syndic8.example", "mirror-news.example"];

/** Boilerplate, in our own words, that portals add at the top or bottom of a reprinted story. */
const BOILERPLATE = [
  "This story was republished from a wire service feed and has not been edited by our newsroom.",
  "Get our free morning briefing in your inbox, sign up on the front page.",
  "Artikel ini ditayangkan ulang dari kantor berita mitra kami tanpa perubahan isi.",
  "Ikuti kanal kami untuk kabar terbaru setiap hari.",
];

/** Words a copy editor swaps in: any word of a paragraph may be replaced by one of these. */
const SWAPS = ["also", "then", "reportedly", "juga", "kemudian", "earlier", "now", "further", "said", "menurut"];

/**
 * `count` originals of the bench stream for `seed`; a `share` of them copied 1–3 times. An original
 * sometimes carries boilerplate its copies drop. Deterministic for a seed.
 */
export function wireCorpus(count: number, seed: number, share = 0.3): WireCorpus {
  const random = new Random(seed ^ 0x5eed);
  const copyOf = new Map<string, string>();
  const articles: NewsArticle[] = [];
  for (const generated of newsCorpus(count, seed)) {
    const original = { ...generated, text: ownVoice(random, generated.text) };
    const boilerplated = random.chance(0.2);
    const first = boilerplated ? { ...original, text: `${original.text}\n\n${random.pick(BOILERPLATE)}` } : original;
    articles.push(first);
    if (!random.chance(share)) continue;
    const copies = random.int(1, 3);
    for (let k = 0; k < copies; k++) {
      const copy = plantCopy(random, original, k);
      copyOf.set(copy.id, original.id);
      articles.push(copy);
    }
  }
  return { articles, copyOf };
}

function plantCopy(random: Random, original: NewsArticle, k: number): NewsArticle {
  const outlet = PORTALS[(k + random.int(0, PORTALS.length - 1)) % PORTALS.length];
  const id = `${original.id}-copy${k}`;
  const paragraphs = original.text.split("\n\n").map((paragraph) => edited(random, paragraph));
  if (random.chance(0.5)) paragraphs.push(random.pick(BOILERPLATE));
  if (random.chance(0.3)) paragraphs.unshift(random.pick(BOILERPLATE));
  const published = new Date(Date.parse(original.publishedAt) + random.int(1, 30) * 3_600_000);
  return {
    ...original,
    id,
    url: `https://www.${outlet}/news/${id}`,
    source: outlet,
    title: `${random.pick(["Update", "World", "Region", "Dunia"])}: ${original.title.split(" ").slice(0, 6).join(" ")}`,
    publishedAt: published.toISOString().slice(0, 19) + "+00:00",
    text: paragraphs.join("\n\n"),
  };
}

/** One or two words of the paragraph replaced or dropped. */
function edited(random: Random, paragraph: string): string {
  const words = paragraph.split(" ");
  const edits = random.int(1, 2);
  for (let e = 0; e < edits && words.length > 3; e++) {
    const at = random.int(1, words.length - 2);
    if (random.chance(0.5)) words[at] = random.pick(SWAPS);
    else words.splice(at, 1);
  }
  return words.join(" ");
}

/** Words a reporter's own voice puts where the kit's prose had another. */
const VOICE = [
  "officials",
  "sources",
  "leaders",
  "talks",
  "week",
  "pejabat",
  "sumber",
  "pekan",
  "government",
  "pemerintah",
  "analysts",
  "pengamat",
  "visit",
  "kunjungan",
  "region",
  "kawasan",
  "statement",
  "pernyataan",
];

/** A fifth of the words outside quotation marks swapped for words of VOICE. */
function ownVoice(random: Random, text: string): string {
  return text
    .split('"')
    .map((part, i) =>
      i % 2 === 1
        ? part
        : part
            .split(" ")
            .map((word) => (word && random.chance(0.2) ? random.pick(VOICE) : word))
            .join(" "),
    )
    .join('"');
}
