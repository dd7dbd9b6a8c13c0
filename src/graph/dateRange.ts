import { BadInputError } from "../errors";

/**
 * Dates keep their precision ("2023", "2023-09", "2023-09-13"), so a range matches the facts whose
 * date overlaps it: `from: "2023-09-13"` keeps a meeting of "2023-09", `to: "2023-09"` keeps one
 * of "2023-09-30". The queries compare `date + '~' >= from` and `date <= to + '~'` ('~' sorts
 * after every digit and '-'). Facts without a date are left out as soon as a bound is given.
 */
export interface DateRange {
  from?: string | null;
  to?: string | null;
}

const datePattern = /^\d{4}(-(0[1-9]|1[0-2])(-(0[1-9]|[12]\d|3[01]))?)?$/;

/** A range dateRange has checked: each bound given or null. */
export interface CheckedRange {
  from: string | null;
  to: string | null;
}

/** The range checked: each bound a year, a month or a day, and from not after to. */
export function dateRange({ from, to }: DateRange): CheckedRange {
  for (const [name, value] of [
    ["from", from],
    ["to", to],
  ] as const) {
    if (value != null && !datePattern.test(value)) {
      throw new BadInputError(`${name} must be a date like 2023, 2023-09 or 2023-09-13; "${value}" is not.`);
    }
  }
  if (from != null && to != null && from.slice(0, to.length) > to) {
    throw new BadInputError(`from (${from}) is after to (${to}).`);
  }
  return { from: from ?? null, to: to ?? null };
}
