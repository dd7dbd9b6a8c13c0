/** A cell or a field: lists are written as their items joined (CSV) or as arrays (NDJSON). */
export type Value = string | number | null | string[];

/**
 * One CSV record (RFC 4180): a field holding a comma, a quote or a line break is quoted, its quotes
 * doubled; a list is its items joined by "; "; null is an empty field. Lines end in CRLF.
 */
export function csvLine(values: readonly Value[]): string {
  return values.map(csvField).join(",") + "\r\n";
}

function csvField(value: Value): string {
  const text = value === null ? "" : Array.isArray(value) ? value.join("; ") : String(value);
  return /[",\r\n]/.test(text) ? `"${text.replace(/"/g, '""')}"` : text;
}

/** One NDJSON line: the row as an object with the columns' names. */
export function ndjsonLine(columns: readonly string[], values: readonly Value[]): string {
  return JSON.stringify(Object.fromEntries(columns.map((column, i) => [column, values[i]]))) + "\n";
}
