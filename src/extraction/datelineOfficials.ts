import type { Doc } from "./document";
import { roleKindOf } from "./roleKinds";
import { codeOf } from "./sentenceQueries";
import type { RoleKind } from "./languages/types";

/** Roles of a national government, whose holder the wire names without the state it serves. */
const GOVERNMENT_KINDS = new Set<RoleKind>([
  "head_of_state",
  "head_of_government",
  "leader",
  "foreign_minister",
  "defence_minister",
  "minister",
  "spokesperson",
]);

/**
 * "CARACAS, Venezuela (AP) — … Defense Minister Vladimir Padrino López said": a government official
 * the article introduces by a role with no state serves the state of the dateline (wire copy leaves the
 * home state unsaid). Only for persons the article introduces, not the gazetteer's, and only when the
 * dateline names a state.
 */
export function datelineOfficials(doc: Doc): void {
  const dateline = doc.sentences.find((s) => s.dateline);
  const place = dateline?.entities.find((m) => m.entity.kind === "country" || m.entity.kind === "place");
  const home = place ? codeOf(doc, place.entity) : null;
  if (!home) return;
  for (const [key, p] of doc.persons) {
    if (p.country || !key.startsWith("new:") || !p.roles.some((r) => GOVERNMENT_KINDS.has(roleKindOf(r.title))))
      continue;
    p.country = home;
    p.roles = p.roles.map((r) => (r.country ? r : { ...r, country: home }));
  }
}
