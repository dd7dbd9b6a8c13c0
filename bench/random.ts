/**
 * A small seedable random source for the synthetic corpus: the same seed always gives the same
 * sequence, so corpora (and the benchmarks over them) compare across runs and machines.
 */
export class Random {
  private state: number;

  constructor(seed: number) {
    this.state = seed >>> 0;
  }

  /** A float in [0, 1): mulberry32 (public domain). */
  next(): number {
    this.state = (this.state + 0x6d2b79f5) >>> 0;
    let t = this.state;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  }

  /** A whole number in [min, max]. */
  int(min: number, max: number): number {
    return min + Math.floor(this.next() * (max - min + 1));
  }

  chance(p: number): boolean {
    return this.next() < p;
  }

  pick<T>(xs: readonly T[]): T {
    return xs[Math.floor(this.next() * xs.length)];
  }

  /** An item drawn with probability proportional to its weight. */
  weighted<T>(items: readonly T[], weights: readonly number[]): T {
    let total = 0;
    for (const w of weights) total += w;
    let r = this.next() * total;
    for (let i = 0; i < items.length; i++) {
      r -= weights[i];
      if (r < 0) return items[i];
    }
    return items[items.length - 1];
  }

  /** Up to `n` distinct items, in random order. */
  some<T>(xs: readonly T[], n: number): T[] {
    const pool = [...xs];
    const out: T[] = [];
    while (out.length < n && pool.length > 0) out.push(pool.splice(Math.floor(this.next() * pool.length), 1)[0]);
    return out;
  }
}

/** Zipf weights for ranks 1..n: rank r weighs 1 / r^s (a few very frequent, a long tail). */
export function zipf(n: number, s = 1.1): number[] {
  return Array.from({ length: n }, (_, i) => 1 / Math.pow(i + 1, s));
}

/**
 * Items drawn by weight in O(log n) (cumulative weights, binary search), for lists too long to
 * scan on every draw (the cast's 3,000 people). A condition is met by drawing again: the items
 * that meet it keep their relative weights.
 */
export class WeightedList<T> {
  private readonly cumulative: number[] = [];

  constructor(
    readonly items: readonly T[],
    weights: readonly number[],
  ) {
    let total = 0;
    for (const w of weights) this.cumulative.push((total += w));
  }

  draw(random: Random): T {
    const r = random.next() * this.cumulative[this.cumulative.length - 1];
    let [lo, hi] = [0, this.cumulative.length - 1];
    while (lo < hi) {
      const mid = (lo + hi) >> 1;
      if (this.cumulative[mid] > r) hi = mid;
      else lo = mid + 1;
    }
    return this.items[lo];
  }

  /** An item that meets `ok`; throws when 10,000 draws found none (the condition excludes nearly all). */
  drawWhere(random: Random, ok: (item: T) => boolean): T {
    for (let attempt = 0; attempt < 10_000; attempt++) {
      const item = this.draw(random);
      if (ok(item)) return item;
    }
    throw new Error("WeightedList.drawWhere: no item meets the condition");
  }
}
