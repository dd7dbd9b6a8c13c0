import { LEADERS } from "./leaders";
import { nameKey } from "./nameKey";

/**
 * Any spelling of a leader in extraction's gazetteer → the canonical English name ingestion keys
 * the person on: "Kim Jong-un" and "Kim Dschong Un" → "Kim Jong Un", "Sergei Lavrov" →
 * "Sergey Lavrov". A surname alone ("Lavrov", "Putin") counts when the gazetteer calls it
 * distinctive and no one else carries it.
 */
let index: Map<string, string> | undefined;

function buildIndex(): Map<string, string> {
  const map = new Map<string, string>();
  for (const leader of LEADERS)
    for (const variant of leader.variants) if (!map.has(nameKey(variant))) map.set(nameKey(variant), leader.name);
  const surnames = new Map<string, Set<string>>();
  for (const leader of LEADERS) {
    if (!leader.distinctive) continue;
    for (const short of leader.short)
      surnames.set(nameKey(short), (surnames.get(nameKey(short)) ?? new Set()).add(leader.name));
  }
  for (const [key, names] of surnames) if (names.size === 1 && !map.has(key)) map.set(key, [...names][0]);
  return map;
}

export function leaderNameOf(name: string): string | undefined {
  index ??= buildIndex();
  return index.get(nameKey(name));
}
