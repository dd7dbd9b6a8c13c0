import { query, type Range } from "./api";

/** One month of a relationship's series: how many facts of each kind it holds. */
export interface SeriesBucket {
  bucket: string;
  meetings: number;
  statements: number;
  sanctions: number;
  agreements: number;
  transfers: number;
}

/**
 * The pair's counts per month, every month of the range present (`relationship { series }`), in
 * one query of its own: a series the server refuses (over 1,000 months) costs the chart, not the view.
 */
export async function fetchSeries(a: string, b: string, range: Range, signal?: AbortSignal): Promise<SeriesBucket[]> {
  const document = `query ExplorerSeries($a: String!, $b: String!, $from: String, $to: String) {
    relationship(a: $a, b: $b, from: $from, to: $to) {
      series(interval: MONTH) { bucket meetings statements sanctions agreements transfers }
    }
  }`;
  const data = await query<{ relationship: { series: SeriesBucket[] } }>(document, { a, b, ...range }, signal);
  return data.relationship.series;
}
