import { countRanges } from "../../src/graph/countRanges";

/**
 * The counters countRanges names must sum to the number of facts the range matches, for dates of
 * every precision and ranges of every shape: checked against the list queries' own rule
 * (`date + '~' >= from AND date <= to + '~'`) over seeded random dates, counters kept as tallyFacts
 * keeps them (a year, a month and an exact date per dated fact; undated apart).
 */
function random(seed: number): () => number {
  let state = seed;
  return () => {
    state = (state * 1103515245 + 12345) % 2147483648;
    return state / 2147483648;
  };
}

const pad = (n: number) => String(n).padStart(2, "0");

function randomDate(next: () => number): string {
  const year = String(2019 + Math.floor(next() * 4));
  const precision = next();
  if (precision < 0.15) return year;
  const month = `${year}-${pad(1 + Math.floor(next() * 12))}`;
  if (precision < 0.35) return month;
  return `${month}-${pad(1 + Math.floor(next() * 28))}`;
}

function counters(dates: ReadonlyArray<string | null>): Map<string, number> {
  const tally = new Map<string, number>();
  const add = (key: string) => tally.set(key, (tally.get(key) ?? 0) + 1);
  for (const date of dates) {
    if (date === null) add("S|U");
    else {
      add(`S|Y|${date.slice(0, 4)}`);
      if (date.length >= 7) add(`S|M|${date.slice(0, 7)}`);
      add(`S|D|${date}`);
    }
  }
  return tally;
}

function summed(tally: Map<string, number>, ranges: Array<[string, string]>): number {
  let total = 0;
  for (const [key, n] of tally) if (ranges.some(([low, high]) => key >= low && key <= high)) total += n;
  return total;
}

function matching(dates: ReadonlyArray<string | null>, from: string | null, to: string | null): number {
  if (from === null && to === null) return dates.length;
  return dates.filter((d) => d !== null && (from === null || d + "~" >= from) && (to === null || d <= to + "~")).length;
}

describe("countRanges", () => {
  it("sums to the facts a range matches, for 2,000 random ranges over dates of every precision", () => {
    const next = random(18);
    const dates = Array.from({ length: 3000 }, () => (next() < 0.05 ? null : randomDate(next)));
    const tally = counters(dates);
    const bound = () => (next() < 0.2 ? null : randomDate(next));
    for (let i = 0; i < 2000; i++) {
      let [from, to] = [bound(), bound()];
      if (from !== null && to !== null && from.slice(0, to.length) > to) [from, to] = [to, from];
      if (from !== null && to !== null && from.slice(0, to.length) > to) continue;
      const ranges = countRanges("S", from, to);
      expect({ from, to, count: summed(tally, ranges) }).toEqual({ from, to, count: matching(dates, from, to) });
    }
  });

  it("stays at most nine seeks for any range, each a real range", () => {
    for (const [from, to] of [
      ["1900", null],
      ["2019-03-14", "2022-11-02"],
      ["2020-02", "2020-02-20"],
      [null, "2021-06"],
      ["2021", "2021"],
    ] as const) {
      const ranges = countRanges("S", from, to);
      expect(ranges.length).toBeLessThanOrEqual(9);
      expect(ranges.every(([low, high]) => low <= high)).toBe(true);
    }
  });
});
