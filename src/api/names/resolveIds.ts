import { requireActors, type ActorKind, type ActorNameLoaders } from "./resolveActors";

export type NamedFilters<K extends string> = Record<
  K,
  { name: string | null | undefined; kinds: readonly ActorKind[] }
>;

/**
 * The actor ids that a list's name filters denote (null where a filter is not set), resolved
 * together with every other name of the request; a name that denotes nothing is BAD_USER_INPUT naming it.
 */
export async function resolveIds<K extends string>(
  loaders: ActorNameLoaders,
  filters: NamedFilters<K>,
): Promise<Record<K, string | null>> {
  const keys = (Object.keys(filters) as K[]).filter((key) => filters[key].name != null);
  const actors = await requireActors(
    loaders,
    keys.map((key) => ({ name: filters[key].name as string, kinds: filters[key].kinds })),
  );
  const ids = Object.fromEntries(Object.keys(filters).map((key) => [key, null])) as Record<K, string | null>;
  keys.forEach((key, i) => (ids[key] = actors[i].id));
  return ids;
}
