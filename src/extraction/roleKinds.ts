import type { RoleKind } from "./languages/types";

/**
 * The kind of a normalised English role title, so that "the French president" can find the person
 * the gazetteer lists as "President", and "the Chinese leader" a "Leader" or a head of state.
 */
export function roleKindOf(title: string): RoleKind {
  const t = title.toLowerCase();
  if (/spokes|press secretary/.test(t)) return "spokesperson";
  if (/ambassador|envoy/.test(t)) return "ambassador";
  if (/secretary[- ]general/.test(t)) return "secretary_general";
  if (/^(acting )?president$|^king$|^president of/.test(t)) return "head_of_state";
  if (/leader/.test(t)) return "leader";
  if (/prime minister|premier|chancellor|crown prince/.test(t)) return "head_of_government";
  if (/^foreign minister$|secretary of state|foreign secretary|high representative/.test(t)) return "foreign_minister";
  if (/^defen[cs]e minister$|secretary of defense|defen[cs]e secretary/.test(t)) return "defence_minister";
  if (/minister/.test(t)) return "minister";
  return "official";
}

const MINISTERS = new Set<RoleKind>(["foreign_minister", "defence_minister"]);

/** Whether a person holding `held` answers to a reference by `wanted` ("leader" covers heads of state, "minister" any minister). */
export function roleKindsMatch(wanted: RoleKind, held: RoleKind): boolean {
  if (wanted === held) return true;
  if (wanted === "minister") return MINISTERS.has(held);
  const top = new Set<RoleKind>(["leader", "head_of_state"]);
  return top.has(wanted) && top.has(held);
}
