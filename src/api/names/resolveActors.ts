import { englishCountryName } from "../../names/countryNames";
import { personId } from "../../names/personId";
import { findActors, type ActorLookup } from "../../graph/actors";
import type { Database } from "../../graph/database";
import type { ActorRecord } from "../../graph/records";
import { BadInputError } from "../../errors";
import type DataLoader from "dataloader";
import { countryCodeOf, countryNames } from "../../names/countryCodeOf";
import { leaderNameOf } from "../../names/leaderNameOf";
import { LANGUAGE_PACKS } from "../../extraction/languages";
import { organizationIdOf } from "../../names/organizationIdOf";

export type ActorKind = ActorRecord["kind"];
export const anyActor: readonly ActorKind[] = ["Country", "Organization", "Person"];

/** The request's loader of names (api/loaders.ts), typed here so that this file need not import it back. */
export type ActorNameLoaders = { actorNames: DataLoader<NameQuery, ActorRecord | null, string> };

export interface NameQuery {
  name: string;
  /** The kinds of actor the name may denote. */
  kinds: readonly ActorKind[];
}

/** The name tables' reading of a name, restricted to the wanted kinds. */
function lookupOf({ name, kinds }: NameQuery): ActorLookup {
  const countryCode = kinds.includes("Country") ? (countryCodeOf(name, LANGUAGE_PACKS) ?? null) : null;
  const organizationId = kinds.includes("Organization") ? (organizationIdOf(name, LANGUAGE_PACKS) ?? null) : null;
  const leader = kinds.includes("Person") ? leaderNameOf(name) : undefined;
  const personIds = kinds.includes("Person")
    ? [...new Set([leader, name].filter((n): n is string => Boolean(n)).map(personId))]
    : [];
  const known = Boolean(countryCode || organizationId || leader);
  return {
    name,
    kinds,
    countryCode,
    organizationId,
    personIds,
    scanPersons: kinds.includes("Person") && !known,
    scanCountries: kinds.includes("Country") && !known,
  };
}

/**
 * The actor each name denotes, in order (null where none): the graph is asked once for all names.
 * A real country that no article has mentioned yet still resolves, from the ISO tables, so that
 * asking about it gives an empty answer rather than an error.
 */
export async function resolveActors(db: Database, queries: readonly NameQuery[]): Promise<Array<ActorRecord | null>> {
  if (queries.length === 0) return [];
  const lookups = queries.map(lookupOf);
  const found = await findActors(db, lookups);
  return found.map((actor, i) => {
    const code = lookups[i].countryCode;
    if (actor || !code) return actor;
    return { kind: "Country", id: code, code, name: englishCountryName(code), names: countryNames(code) };
  });
}

const kindNames = { Country: "country", Person: "leader", Organization: "organization" } as const;
/** ["Country", "Organization", "Person"] → "country, organization or leader". */
const describe = (kinds: readonly ActorKind[]) =>
  kinds
    .map((kind) => kindNames[kind])
    .join(", ")
    .replace(/, ([^,]*)$/, " or $1");

/**
 * The actors these names denote, through the request's loader (so that all the names a request
 * uses are resolved in one query); a name that denotes nothing is the caller's mistake:
 * BAD_USER_INPUT naming it.
 */
export async function requireActors(loaders: ActorNameLoaders, queries: readonly NameQuery[]): Promise<ActorRecord[]> {
  const actors = await loaders.actorNames.loadMany(queries);
  return actors.map((actor, i) => {
    if (actor instanceof Error) throw actor;
    if (actor) return actor;
    const { name, kinds } = queries[i];
    throw new BadInputError(`newsgraph knows no ${describe(kinds)} called "${name}".`);
  });
}
