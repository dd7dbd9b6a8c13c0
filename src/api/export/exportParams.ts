import { BadInputError } from "../../errors";

/** A query parameter of an export: free text, or one of a GraphQL enum's names. */
export type ParamSpec = { kind: "text" } | { kind: "enum"; values: Record<string, string> };

/**
 * The query string of an export read against the parameters it takes, with the GraphQL list's
 * names and checks: an unknown or repeated parameter, or an enum value that is not one of the
 * enum's names (ASSERT, or assert), is BAD_USER_INPUT naming it and its value.
 */
export function readParams(search: URLSearchParams, specs: Record<string, ParamSpec>): Record<string, string | null> {
  const values: Record<string, string | null> = Object.fromEntries(Object.keys(specs).map((name) => [name, null]));
  for (const [name, value] of search) {
    const spec = Object.hasOwn(specs, name) ? specs[name] : undefined;
    if (!spec) {
      const known = Object.keys(specs).join(", ");
      throw new BadInputError(
        `The parameter ${JSON.stringify(name)} (${JSON.stringify(value)}) is not one this export takes; it takes ${known || "none"}.`,
      );
    }
    if (values[name] !== null)
      throw new BadInputError(
        `The parameter ${JSON.stringify(name)} is given twice (${JSON.stringify(value)} the second time).`,
      );
    values[name] = spec.kind === "enum" ? enumValue(name, value, spec.values) : value;
  }
  return values;
}

function enumValue(name: string, given: string, values: Record<string, string>): string {
  const key = Object.keys(values).find((key) => key === given.toUpperCase());
  if (key === undefined)
    throw new BadInputError(`${name} must be one of ${Object.keys(values).join(", ")}; "${given}" is not.`);
  return values[key];
}
