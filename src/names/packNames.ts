/**
 * The name lists a language pack holds (extraction/languages): its spellings of countries and
 * organisations. The lookups below take the packs as a parameter, in this shape, because the packs
 * live above names (in extraction): names must not import them, and whoever reads names the way
 * extraction does (the API) hands them over.
 */
export interface PackNames {
  countries: {
    /** Code → acronyms and other names ("Korut" → KP). */
    aliases: Record<string, string[]>;
    /** Code → institutions that stand for the state ("Gedung Putih" → US). */
    institutions: Record<string, string[]>;
    /** Code → adjectives and demonyms ("Russian"). */
    demonyms: Record<string, string[]>;
  };
  /** Organisation id → its names in the pack's language ("PBB" → UN). */
  organizations: Record<string, string[]>;
}
