/**
 * The counters (Tally nodes, kept by tallyFacts) whose sum is how many facts of `scope` a date
 * range matches, as inclusive ranges of Tally keys: a few index seeks, however many facts or days
 * the range covers. `scope` is a kind ("Meeting") or a kind and a side ("Statement@RU").
 *
 * A fact of date d matches the range (src/graph/dateRange.ts) when `d + '~' >= from` and
 * `d <= to + '~'`: the dates from `from` to `to + '~'` in string order, and the coarser dates that
 * `from` starts with (a meeting of "2023-09" overlaps `from: "2023-09-13"`). Those from-to dates
 * are counted by whole years ("<scope>|Y|2023" counts every date that starts with 2023), then in
 * the partly covered years by whole months ("|M|2023-09"), then by exact dates ("|D|2023-09-13",
 * "|D|2023-09", "|D|2023"). With no bound at all, every year and the undated ("<scope>|U").
 */
export function countRanges(scope: string, from: string | null, to: string | null): Array<[string, string]> {
  const key = (level: string, low: string, high: string): [string, string] => [
    `${scope}|${level}|${low}`,
    `${scope}|${level}|${high}`,
  ];
  if (from == null && to == null) return [key("Y", "", "~"), [`${scope}|U`, `${scope}|U`]];
  const low = from ?? "0000";
  const high = to == null ? "9999~" : `${to}~`;
  const out: Array<[string, string]> = [];
  for (const prefix of [low.slice(0, 4), low.slice(0, 7)]) {
    if (prefix.length < low.length && prefix <= high) out.push(key("D", prefix, prefix));
  }
  const firstYear = low.length === 4 ? low : shift(low.slice(0, 4), 1);
  const lastYear = high.length === 5 ? high.slice(0, 4) : shift(high.slice(0, 4), -1);
  const parts: Array<[string, string]> = [];
  if (firstYear <= lastYear) {
    out.push(key("Y", firstYear, lastYear));
    if (low.length > 4) parts.push([low, `${shift(firstYear, -1)}~`]);
    if (high.length > 5) parts.push([shift(lastYear, 1), high]);
  } else if (low.slice(0, 4) === high.slice(0, 4)) {
    parts.push([low, high]);
  } else {
    parts.push([low, `${low.slice(0, 4)}~`], [high.slice(0, 4), high]);
  }
  for (const [a, b] of parts) out.push(...withinYear(a, b, key));
  return out;
}

/** The dates a..b of one year: its whole months, and the dates before and after them one by one. */
function withinYear(
  a: string,
  b: string,
  key: (level: string, low: string, high: string) => [string, string],
): Array<[string, string]> {
  const year = a.slice(0, 4);
  const firstMonth = a.length === 4 ? `${year}-01` : a.length === 7 ? a : month(a.slice(0, 7), 1);
  const lastMonth = b.length === 5 ? `${year}-12` : b.length === 8 ? b.slice(0, 7) : month(b.slice(0, 7), -1);
  if (firstMonth > lastMonth) return [key("D", a, b)];
  const out = [key("M", firstMonth, lastMonth)];
  // A bare year a counts its own exact date here; a day a, the rest of its month. A month a or a
  // month or year end b leaves no dates outside the whole months.
  if (a.length === 4 || a.length === 10) out.push(key("D", a, `${month(firstMonth, -1)}~`));
  if (b.length === 11) out.push(key("D", `${lastMonth}~`, b));
  return out;
}

/** The year `by` years from a "YYYY" year. */
function shift(year: string, by: number): string {
  return String(Number(year) + by).padStart(4, "0");
}

/** The month `by` months from a "YYYY-MM" month, within its year ("2023-00" and "2023-13" stand outside it). */
function month(yearMonth: string, by: number): string {
  return `${yearMonth.slice(0, 4)}-${String(Number(yearMonth.slice(5, 7)) + by).padStart(2, "0")}`;
}
