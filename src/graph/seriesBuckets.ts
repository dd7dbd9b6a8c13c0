import { BadInputError } from "../errors";

/** How long a bucket is. */
export type Interval = "week" | "month" | "year";

/** The most buckets a series may have: ten years of months, nineteen of weeks. */
export const maxBuckets = 1000;

/**
 * The buckets of a series from `from` to `to` (dates at any precision, checked by dateRange), in
 * order: a year is "2023", a month "2023-09", a week the day of its Monday ("2023-09-11", ISO weeks).
 * `bucketOf` places a fact's date: a date less precise than a day counts from its first day, and
 * one that starts before `from` but overlaps it (a meeting of 2023-09 in a range from 2023-09-13)
 * counts in the first bucket, so that every fact the range matches lands in exactly one bucket.
 */
export function seriesBuckets(interval: Interval, from: string, to: string) {
  const start = firstDay(from);
  const end = lastDay(to);
  const count = bucketCount(interval, start, end);
  if (count > maxBuckets) {
    throw new BadInputError(
      `A series by ${interval.toUpperCase()} from ${from} to ${to} has ${count} buckets; at most ${maxBuckets} are allowed: choose a longer interval or a shorter range.`,
    );
  }
  const labels: string[] = [];
  for (let label = labelOf(interval, start), i = 0; i < count; i++, label = next(interval, label)) labels.push(label);
  return {
    labels,
    bucketOf: (date: string) => labelOf(interval, maxDay(firstDay(date), start)),
  };
}

const maxDay = (x: string, y: string) => (x > y ? x : y);

function firstDay(date: string): string {
  return date.length === 4 ? `${date}-01-01` : date.length === 7 ? `${date}-01` : date.slice(0, 10);
}

function lastDay(date: string): string {
  if (date.length === 4) return `${date}-12-31`;
  if (date.length === 7) {
    const [year, month] = date.split("-").map(Number);
    return `${date}-${String(new Date(Date.UTC(year, month, 0)).getUTCDate()).padStart(2, "0")}`;
  }
  return date.slice(0, 10);
}

const dayMs = 86_400_000;
const toMs = (day: string) => Date.parse(`${day}T00:00:00Z`);
const toDay = (ms: number) => new Date(ms).toISOString().slice(0, 10);

/** The Monday of the ISO week of `day`. */
function monday(day: string): string {
  const ms = toMs(day);
  return toDay(ms - ((new Date(ms).getUTCDay() + 6) % 7) * dayMs);
}

function labelOf(interval: Interval, day: string): string {
  return interval === "year" ? day.slice(0, 4) : interval === "month" ? day.slice(0, 7) : monday(day);
}

function next(interval: Interval, label: string): string {
  if (interval === "week") return toDay(toMs(label) + 7 * dayMs);
  if (interval === "year") return String(Number(label) + 1).padStart(4, "0");
  const [year, month] = label.split("-").map(Number);
  return month === 12
    ? `${String(year + 1).padStart(4, "0")}-01`
    : `${label.slice(0, 5)}${String(month + 1).padStart(2, "0")}`;
}

function bucketCount(interval: Interval, start: string, end: string): number {
  const [y1, m1] = start.split("-").map(Number);
  const [y2, m2] = end.split("-").map(Number);
  if (interval === "year") return y2 - y1 + 1;
  if (interval === "month") return y2 * 12 + m2 - (y1 * 12 + m1) + 1;
  return Math.round((toMs(monday(end)) - toMs(monday(start))) / (7 * dayMs)) + 1;
}
