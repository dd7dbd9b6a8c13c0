import type { LanguagePack } from "./types";
import { de } from "./de";
import { en } from "./en";
import { es } from "./es";
import { fr } from "./fr";
import { id } from "./id";
import { it } from "./it";
import { pl } from "./pl";
import { pt } from "./pt";
import { ru } from "./ru";

/**
 * The registry of language packs. Adding a language = one file beside this one + one line here.
 * Order matters only for detection ties (earlier wins).
 */
export const LANGUAGE_PACKS: readonly LanguagePack[] = [id, en, de, es, fr, it, pt, pl, ru];

const byCode = new Map(LANGUAGE_PACKS.map((p) => [p.code, p]));

/** The pack for a language code; English stands in for languages without a pack of their own. */
export function languagePack(code: string): LanguagePack {
  return byCode.get(code) ?? en;
}

export type { LanguagePack } from "./types";
