import { NEWS_AGENCIES, ORGANIZATIONS } from "./organizations";
import { LANGUAGE_PACKS } from "../extraction/languages";
import { nameKey } from "./nameKey";

/**
 * Organization names → the organization's id, as ingestion assigns it: "UN", "EU", "NATO" … for
 * organizations (in any language extraction reads: "PBB", "Uni Eropa"), the agency's name for
 * state news agencies ("KCNA", "TASS").
 */
let index: Map<string, string> | undefined;

function buildIndex(): Map<string, string> {
  const map = new Map<string, string>();
  const add = (id: string, name: string) => {
    const key = nameKey(name);
    if (key && !map.has(key)) map.set(key, id);
  };
  for (const [id, names] of Object.entries(ORGANIZATIONS)) for (const name of [id, ...names]) add(id, name);
  for (const pack of LANGUAGE_PACKS)
    for (const [id, names] of Object.entries(pack.organizations)) for (const name of names) add(id, name);
  for (const agency of NEWS_AGENCIES) for (const name of [agency.name, ...agency.names]) add(agency.name, name);
  return map;
}

export function organizationIdOf(name: string): string | undefined {
  index ??= buildIndex();
  return index.get(nameKey(name));
}
