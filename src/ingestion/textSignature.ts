/**
 * What near-duplicate detection knows of an article's text (README, "Independent sources"): a
 * MinHash signature of its word 4-gram shingles and the LSH band keys cut from it.
 *
 * Terminology: a *shingle* is a run of SHINGLE_WORDS consecutive words; two texts' *Jaccard similarity* is the
 * share of their shingles they have in common. A *MinHash* is the smallest hash of a text's
 * shingles under one hash function; over many functions, the fraction of equal MinHashes of two
 * texts estimates their Jaccard similarity. A *band* is a run of ROWS MinHashes: texts that agree
 * on a whole band are candidates (locality-sensitive hashing), so finding an article's copies
 * reads only the articles that share one of its BANDS keys, never all articles. Whether two
 * signatures are close enough to be copies is the graph's rule (graph/linkCopies.ts, COPY_SIMILARITY).
 */
export interface TextSignature {
  /** HASHES MinHash values, each below 2^32. */
  minHashes: number[];
  /** One key per band, "<band>:<its values>", looked up through the index on Band.key. */
  bands: string[];
}

export const SHINGLE_WORDS = 4;
export const BANDS = 20;
export const ROWS = 3;
const HASHES = BANDS * ROWS;

/** Fixed seeds, one per hash function: the same text always gives the same signature. */
const SEEDS = Array.from({ length: HASHES }, (_, i) => fmix32(0x9e3779b9 ^ Math.imul(i + 1, 0x85ebca6b)));

/** The signature of a text (title left out: copies are often retitled); null when it has no words. */
export function textSignature(text: string): TextSignature | null {
  const words = text.toLowerCase().match(/[\p{L}\p{N}]+/gu);
  if (!words) return null;
  const shingles = new Set<number>();
  for (let i = 0; i + SHINGLE_WORDS <= Math.max(words.length, SHINGLE_WORDS); i++) {
    shingles.add(fnv1a(words.slice(i, i + SHINGLE_WORDS).join(" ")));
  }
  const minHashes = SEEDS.map((seed) => {
    let min = 0xffffffff;
    for (const shingle of shingles) {
      const h = fmix32(shingle ^ seed);
      if (h < min) min = h;
    }
    return min;
  });
  const bands = Array.from(
    { length: BANDS },
    (_, band) =>
      `${band}:${minHashes
        .slice(band * ROWS, (band + 1) * ROWS)
        .map((v) => v.toString(36))
        .join(".")}`,
  );
  return { minHashes, bands };
}

/** The share of equal MinHashes: an estimate of the two texts' Jaccard similarity. */
export function estimatedSimilarity(a: readonly number[], b: readonly number[]): number {
  let equal = 0;
  for (let i = 0; i < a.length; i++) if (a[i] === b[i]) equal++;
  return equal / a.length;
}

/** FNV-1a over UTF-16 code units, as an unsigned 32-bit number. */
function fnv1a(text: string): number {
  let h = 0x811c9dc5;
  for (let i = 0; i < text.length; i++) h = Math.imul(h ^ text.charCodeAt(i), 0x01000193);
  return h >>> 0;
}

/** MurmurHash3's finaliser: mixes every bit of the input into every bit of the output. */
function fmix32(x: number): number {
  let h = x >>> 0;
  h = Math.imul(h ^ (h >>> 16), 0x85ebca6b);
  h = Math.imul(h ^ (h >>> 13), 0xc2b2ae35);
  return (h ^ (h >>> 16)) >>> 0;
}
