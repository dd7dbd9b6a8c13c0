import { BadInputError } from "../../errors";

/** The lists' `minIndependentSources` filter checked: a whole number of at least 1, or null when not given. */
export function minIndependentSourcesOf(value: number | null | undefined): number | null {
  if (value == null) return null;
  if (!Number.isInteger(value) || value < 1)
    throw new BadInputError(`minIndependentSources must be a whole number of at least 1, not ${value}.`);
  return value;
}
