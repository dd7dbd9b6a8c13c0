import type { LanguagePack } from "./types";
import { de } from "./de";
import { en } from "./en";
import { es } from "./es";
import { id } from "./id";

/**
 * The registry of language packs. Adding a language = one file beside this one + one line here.
 * Order matters only for detection ties (earlier wins).
 */
export const LANGUAGE_PACKS: readonly LanguagePack[] = [id, en, de, es];

const byCode = new Map(LANGUAGE_PACKS.map((p) => [p.code, p]));

/** The pack for a language code; English stands in for languages without a pack of their own. */
export function languagePack(code: string): LanguagePack {
  return byCode.get(code) ?? en;
}

export type { LanguagePack } from "./types";
