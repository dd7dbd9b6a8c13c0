import { AMBIGUOUS_COUNTRY_NAMES, UNIVERSAL_COUNTRY_ALIASES, countryNamesIn } from "../names/countryNames";
import { LEADER_SPELLINGS } from "../names/leaderSpellings";
import { LEADERS } from "../names/leaders";
import { NEWS_AGENCIES, ORGANIZATIONS, STATE_INSTITUTIONS } from "../names/organizations";
import { OTHER_CAPITALS, PLACES } from "../names/places";
import type { LanguagePack, RoleKind } from "./languages/types";
import { PhraseIndex, type CaseRule } from "./phraseIndex";
import { stemmer } from "./stemmer";
import { normalizeWord } from "./tokenize";

/** What a known name points at. */
export type EntityRef =
  | { kind: "country"; code: string; form: CountryForm; ambiguous?: boolean }
  | { kind: "capital"; code: string; city: string }
  | { kind: "place"; city: string; country: string }
  | { kind: "org"; id: string }
  | { kind: "agency"; name: string; country: string | null }
  | { kind: "leader"; index: number }
  | { kind: "surname"; index: number }
  | { kind: "role"; title: string; roleKind: RoleKind; country?: string };

export type CountryForm = "name" | "demonym" | "institution";

/**
 * An all-capital short form ("AS", "PBB") is an acronym and must match letter for letter; so must a
 * phrase with initials ("N. Korea", "U.S."), or any "…'s Korean" would read as "S. Korean".
 */
function caseRuleOf(phrase: string, fallback: CaseRule): CaseRule {
  const letters = phrase.replace(/[^\p{L}]/gu, "");
  return (!/\p{Ll}/u.test(phrase) && letters.length <= 5) || /\p{L}\./u.test(phrase) ? "exact" : fallback;
}

const cache = new Map<string, PhraseIndex<EntityRef>>();

/**
 * All names the pipeline recognises in an article written in `language`: countries (that language's
 * names and English ones), capitals and places, organisations, news agencies, leaders and their
 * short forms, and the pack's role titles. Built once per language and reused.
 */
export function entityIndex(language: string, pack: LanguagePack): PhraseIndex<EntityRef> {
  const cached = cache.get(language);
  if (cached) return cached;
  const index = new PhraseIndex<EntityRef>(stemmer(pack));
  const add = (phrase: string, ref: EntityRef, rule: CaseRule, key: string) =>
    index.add(phrase, ref, caseRuleOf(phrase, rule), key);
  const withGenitive = (name: string): string[] =>
    pack.countries.genitiveSuffix && !/[sxzß]$/i.test(name) ? [name, name + pack.countries.genitiveSuffix] : [name];

  for (const [id, names] of [...Object.entries(ORGANIZATIONS), ...Object.entries(pack.organizations)]) {
    for (const name of names) add(name, { kind: "org", id }, "capitalized", `org:${id}`);
  }
  for (const agency of NEWS_AGENCIES) {
    for (const name of agency.names)
      add(name, { kind: "agency", name: agency.name, country: agency.country }, "capitalized", `agency:${agency.name}`);
  }
  const countryName = (code: string, name: string, form: CountryForm, rule: CaseRule) => {
    // As written, not transliterated: "Куба" and "Чад" are nobody's first names in Russian.
    const ambiguous = AMBIGUOUS_COUNTRY_NAMES.has(name.toLowerCase()) || undefined;
    for (const n of withGenitive(name)) add(n, { kind: "country", code, form, ambiguous }, rule, `country:${code}`);
  };
  // A country name that is also a common word of the language ("Того" = "of that") is left out.
  const notNames = new Set((pack.countries.notNames ?? []).map(normalizeWord));
  for (const locale of new Set([language, "en"])) {
    for (const [code, name] of countryNamesIn(locale))
      if (!notNames.has(normalizeWord(name))) countryName(code, name, "name", "capitalized");
  }
  for (const aliases of [UNIVERSAL_COUNTRY_ALIASES, pack.countries.aliases]) {
    for (const [code, names] of Object.entries(aliases))
      for (const name of names) countryName(code, name, "name", "capitalized");
  }
  for (const [code, names] of [...Object.entries(STATE_INSTITUTIONS), ...Object.entries(pack.countries.institutions)]) {
    for (const name of names) countryName(code, name, "institution", "capitalized");
  }
  const demonymRule: CaseRule = pack.countries.demonymsAnyCase ? "any" : "capitalized";
  for (const [code, names] of Object.entries(pack.countries.demonyms)) {
    for (const name of names) add(name, { kind: "country", code, form: "demonym" }, demonymRule, `country:${code}`);
  }
  for (const place of [...PLACES, ...OTHER_CAPITALS]) {
    const ref: EntityRef = place.capital
      ? { kind: "capital", code: place.country, city: place.city }
      : { kind: "place", city: place.city, country: place.country };
    for (const name of place.names)
      for (const n of withGenitive(name)) add(n, ref, "capitalized", `place:${place.city}`);
  }
  LEADERS.forEach((leader, i) => {
    const spellings = LEADER_SPELLINGS[leader.name];
    for (const v of [...leader.variants, ...(spellings?.full ?? [])])
      add(v, { kind: "leader", index: i }, "capitalized", `leader:${i}`);
    for (const s of [...leader.short, ...(spellings?.short ?? [])])
      add(s, { kind: "surname", index: i }, "capitalized", `surname:${i}`);
  });
  for (const role of pack.roles) {
    const ref: EntityRef = { kind: "role", title: role.title, roleKind: role.kind, country: role.country };
    for (const word of role.words) add(word, ref, "any", `role:${role.title}:${role.country ?? ""}`);
  }
  cache.set(language, index);
  return index;
}
