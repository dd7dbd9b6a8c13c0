import { dateRange, type CheckedRange } from "../../graph/dateRange";
import type { SeriesPoint, SeriesRange } from "../../graph/series";
import type { SeriesArgs } from "./series.args";

/**
 * A series' range: its own from/to, else the range asked of its parent, else the dates of the
 * parent's earliest and latest facts (`seen`, read only when a bound is still missing); null when
 * there is still no bound (nothing dated to count).
 */
export async function seriesRange(
  args: SeriesArgs,
  parent: CheckedRange,
  seen: () => Promise<CheckedRange>,
): Promise<SeriesRange | null> {
  let from = args.from ?? parent.from;
  let to = args.to ?? parent.to;
  if (from == null || to == null) {
    const dates = await seen();
    from ??= dates.from;
    to ??= dates.to;
  }
  const checked = dateRange({ from, to });
  return checked.from !== null && checked.to !== null ? { from: checked.from, to: checked.to } : null;
}

/** The points as the GraphQL SeriesBucket reads them: a field per kind. */
export function seriesBuckets(points: SeriesPoint[]) {
  return points.map(({ bucket, counts, stances }) => ({ bucket, ...counts, stances }));
}
