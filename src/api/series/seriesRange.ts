import { dateRange, type CheckedRange } from "../../graph/dateRange";
import type { SeriesPoint, SeriesRange } from "../../graph/series";
import type { SeriesArgs } from "./series.args";

/**
 * A series' range: its own from/to, else the range asked of its parent, else the dates of the
 * parent's earliest and latest facts; null when there is still no bound (nothing dated to count).
 */
export function seriesRange(args: SeriesArgs, parent: CheckedRange, seen: CheckedRange): SeriesRange | null {
  const { from, to } = dateRange({ from: args.from ?? parent.from ?? seen.from, to: args.to ?? parent.to ?? seen.to });
  return from !== null && to !== null ? { from, to } : null;
}

/** The points as the GraphQL SeriesBucket reads them: a field per kind. */
export function seriesBuckets(points: SeriesPoint[]) {
  return points.map(({ bucket, counts, stances }) => ({ bucket, ...counts, stances }));
}
