import type { Database } from "./database";
import type { CheckedRange } from "./dateRange";
import { keyRange, linkId } from "./relationship";
import { seriesBuckets, type Interval } from "./seriesBuckets";
import { seriesKinds, type SeriesKind } from "./seriesKinds";

/** One bucket of a series: how many facts of each kind, and the statements by stance. */
export interface SeriesPoint {
  bucket: string;
  counts: Record<SeriesKind, number>;
  /** Every stance with a statement in the bucket, most frequent first. */
  stances: Array<{ stance: string; count: number }>;
}

/** A series' date range: both bounds given (dateRange has checked them). */
export interface SeriesRange {
  from: string;
  to: string;
}

/** How many facts of a kind (a field of seriesKinds) fall on a date; statements by stance. */
interface DateCount {
  field: SeriesKind;
  date: string;
  stance: string | null;
  count: number;
}

/** The characters of a date that place it in a bucket (a week's needs its day). */
const precisions: Record<Interval, number> = { week: 10, month: 7, year: 4 };

/**
 * The relationship of a and b counted per week, month or year of the range, every bucket present
 * (zeros where nothing happened), from their Link's counters per month when the buckets and bounds
 * are months or years, else from its dated keys (findSeries.cypher). Refuses, before querying, a
 * range with more than maxBuckets.
 */
export async function findSeries(
  db: Database,
  a: string,
  b: string,
  interval: Interval,
  range: SeriesRange,
): Promise<SeriesPoint[]> {
  const buckets = seriesBuckets(interval, range.from, range.to);
  const linked = seriesKinds.filter((kind) => kind.link !== null);
  const link = linkId(a, b);
  const rows = await db.read<{ kind: string | null; date: string; stance: string | null; count: number }>(
    "findSeries",
    {
      a,
      b,
      precision: precisions[interval],
      ...keyRange(link, range),
      ...counterRange(link, interval, range),
    },
  );
  const fieldOf = new Map<string | null, SeriesKind>([
    ...linked.map((kind) => [kind.link, kind.field] as const),
    [null, "sanctions"],
  ]);
  return pointsOf(
    buckets,
    rows.map((row) => ({ ...row, field: fieldOf.get(row.kind)! })),
  );
}

/**
 * The Link's series counters ("S|<link id>|<month>|…", tallyFacts.cypher) of the range's years, and
 * whether they can answer: a counter holds a month, so the buckets must be months or years and the
 * bounds no finer than a month.
 */
function counterRange(link: string, interval: Interval, { from, to }: SeriesRange) {
  const prefix = `S|${link}|`;
  return {
    counted: interval !== "week" && from.length <= 7 && to.length <= 7,
    counterCut: prefix.length,
    counterLow: prefix + from.slice(0, 4),
    counterHigh: `${prefix}${to.slice(0, 4)}~`,
  };
}

/**
 * The facts of one actor (a country with its people, a leader) counted per bucket, as the lists
 * filtered by it count them (findActorSeries.cypher). A bound left null is the date of its
 * earliest (latest) dated fact; [] when it has none.
 */
export async function findActorSeries(
  db: Database,
  id: string,
  interval: Interval,
  range: CheckedRange,
): Promise<SeriesPoint[]> {
  // Checked before reading, when both bounds are given.
  if (range.from !== null && range.to !== null) seriesBuckets(interval, range.from, range.to);
  // The kinds read by their party relationships, one registry-driven branch of the query.
  const partyKinds = seriesKinds.flatMap(({ field, parties }) => (parties ? [{ field, ...parties }] : []));
  const rows = await db.read<{ kind: SeriesKind; date: string; stance: string | null; count: number }>(
    "findActorSeries",
    { id, partyKinds, ...range },
  );
  if (rows.length === 0 && (range.from === null || range.to === null)) return [];
  const dates = rows.map((row) => row.date).sort();
  const buckets = seriesBuckets(interval, range.from ?? dates[0], range.to ?? dates[dates.length - 1]);
  return pointsOf(
    buckets,
    rows.map((row) => ({ ...row, field: row.kind })),
  );
}

function pointsOf({ labels, bucketOf }: ReturnType<typeof seriesBuckets>, counts: readonly DateCount[]): SeriesPoint[] {
  const points = new Map(labels.map((bucket) => [bucket, emptyPoint(bucket)]));
  const stances = new Map(labels.map((bucket) => [bucket, new Map<string, number>()]));
  for (const { field, date, stance, count } of counts) {
    const bucket = bucketOf(date);
    const point = points.get(bucket);
    // Cannot happen while the queries and the buckets read the range alike; loud if they ever part.
    if (!point || !(field in point.counts))
      throw new Error(`The series has no bucket ${bucket} or kind ${field} for the date ${date}.`);
    point.counts[field] += count;
    const byStance = stances.get(bucket)!;
    if (stance !== null) byStance.set(stance, (byStance.get(stance) ?? 0) + count);
  }
  for (const [bucket, point] of points) {
    point.stances = [...stances.get(bucket)!]
      .map(([stance, count]) => ({ stance, count }))
      .sort((x, y) => y.count - x.count || x.stance.localeCompare(y.stance));
  }
  return [...points.values()];
}

function emptyPoint(bucket: string): SeriesPoint {
  const counts = Object.fromEntries(seriesKinds.map((kind) => [kind.field, 0])) as Record<SeriesKind, number>;
  return { bucket, counts, stances: [] };
}
