import type { Doc, EntityMention } from "./document";
import { codeOf } from "./sentenceQueries";

/**
 * The state or bloc an entity mention stands for as a party to an agreement or an end of a
 * transfer: a country, its capital or institution, a person's country, an organisation's id.
 * News agencies are sources, never parties.
 */
export function cooperationParty(doc: Doc, m: EntityMention): string | null {
  if (m.entity.kind === "org") return m.entity.id;
  if (m.entity.kind === "agency") return null;
  return codeOf(doc, m.entity);
}
