import countries from "i18n-iso-countries";
import { UNIVERSAL_COUNTRY_ALIASES, countryNamesIn } from "./countryNames";
import { PLACES } from "./places";
import { nameKey } from "./nameKey";
import { NAME_LOCALES } from "./nameLocales";
import type { PackNames } from "./packNames";

/**
 * Country names → ISO 3166-1 alpha-2 code, from extraction's own tables, strongest first: English
 * names, the names in every other locale extraction registered ("Korea Utara", "Nordkorea"),
 * acronyms and aliases ("DPRK", "Korut"), institutions ("Kremlin", "Gedung Putih"), capitals
 * ("Pyongyang") and demonyms ("Russian"). When two countries share a name the stronger table wins.
 * The language packs' lists come as a parameter (see PackNames); the index is built once per set of packs.
 */
const indexes = new WeakMap<readonly PackNames[], Map<string, string>>();

function buildIndex(languagePacks: readonly PackNames[]): Map<string, string> {
  const map = new Map<string, string>();
  const add = (code: string, name: string) => {
    const key = nameKey(name);
    if (key && !map.has(key)) map.set(key, code);
  };
  for (const locale of NAME_LOCALES) for (const [code, name] of countryNamesIn(locale)) add(code, name);
  const packs = languagePacks.map((pack) => pack.countries);
  for (const table of [
    UNIVERSAL_COUNTRY_ALIASES,
    ...packs.map((p) => p.aliases),
    ...packs.map((p) => p.institutions),
  ]) {
    for (const [code, names] of Object.entries(table)) for (const name of names) add(code, name);
  }
  for (const place of PLACES) if (place.capital) for (const name of place.names) add(place.country, name);
  for (const demonyms of packs.map((p) => p.demonyms)) {
    for (const [code, names] of Object.entries(demonyms)) for (const name of names) add(code, name);
  }
  return map;
}

/** The code of the country `name` names (a code, alpha-3 code, or any name above), or undefined. */
export function countryCodeOf(name: string, packs: readonly PackNames[]): string | undefined {
  const trimmed = name.trim();
  const upper = trimmed.toUpperCase();
  if (/^[A-Z]{2}$/.test(upper) && countries.isValid(upper)) return upper;
  let index = indexes.get(packs);
  if (!index) indexes.set(packs, (index = buildIndex(packs)));
  const byName = index.get(nameKey(trimmed));
  if (byName) return byName;
  return /^[A-Z]{3}$/.test(upper) ? countries.alpha3ToAlpha2(upper) : undefined;
}

/** The English name and the names in every registered locale, for a country the graph has not met yet. */
export function countryNames(code: string): string[] {
  return [
    ...new Set(NAME_LOCALES.map((locale) => countries.getName(code, locale)).filter((n): n is string => Boolean(n))),
  ];
}
