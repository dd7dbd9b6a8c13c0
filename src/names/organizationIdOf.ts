import { NEWS_AGENCIES, ORGANIZATIONS } from "./organizations";
import { nameKey } from "./nameKey";
import type { PackNames } from "./packNames";

/**
 * Organization names → the organization's id, as ingestion assigns it: "UN", "EU", "NATO" … for
 * organizations (in any language extraction reads: "PBB", "Uni Eropa"), the agency's name for
 * state news agencies ("KCNA", "TASS"). The packs' lists come as a parameter (see PackNames).
 */
const indexes = new WeakMap<readonly PackNames[], Map<string, string>>();

function buildIndex(packs: readonly PackNames[]): Map<string, string> {
  const map = new Map<string, string>();
  const add = (id: string, name: string) => {
    const key = nameKey(name);
    if (key && !map.has(key)) map.set(key, id);
  };
  for (const [id, names] of Object.entries(ORGANIZATIONS)) for (const name of [id, ...names]) add(id, name);
  for (const pack of packs)
    for (const [id, names] of Object.entries(pack.organizations)) for (const name of names) add(id, name);
  for (const agency of NEWS_AGENCIES) for (const name of [agency.name, ...agency.names]) add(agency.name, name);
  return map;
}

export function organizationIdOf(name: string, packs: readonly PackNames[]): string | undefined {
  let index = indexes.get(packs);
  if (!index) indexes.set(packs, (index = buildIndex(packs)));
  return index.get(nameKey(name));
}
