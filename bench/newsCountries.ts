import i18nCountries from "i18n-iso-countries";
import worldCountries from "world-countries";
import type { Country } from "./newsCast";
// Registers the locales extraction reads, Indonesian among them, with i18n-iso-countries.
import "../src/names/nameLocales";

/**
 * The synthetic cast's long tail of countries: every independent country of world-countries that
 * the hand-written head (bench/newsCast.ts) does not list. Names come from the tables the project
 * already reads: world-countries' common English name, i18n-iso-countries' Indonesian name, the
 * capital world-countries gives. They are ranked by area, largest first: world-countries has no
 * population, and area is a stable, rough stand-in for how often the news names a country.
 */
export function tailCountries(head: readonly Country[]): Country[] {
  const listed = new Set(head.map((country) => country.code));
  return worldCountries
    .filter((country) => country.independent && !listed.has(country.cca2))
    .sort((x, y) => y.area - x.area || x.cca2.localeCompare(y.cca2))
    .map((country) => {
      const code = country.cca2;
      const capital = country.capital[0] ?? country.name.common;
      return {
        code,
        en: englishName(code, country.name.common),
        id: ID_NAMES[code] ?? i18nCountries.getName(code, "id") ?? country.name.common,
        capital: [capital, ID_CAPITALS[capital] ?? capital],
        bloc: EAST.has(code) ? "east" : country.region === "Europe" ? "west" : "south",
      } satisfies Country;
    });
}

/**
 * English names extraction reads in English text where it does not read world-countries' common
 * ones: "DR Congo", "Vatican City", and "Moldova", "Brunei" and "Micronesia", which it knows only
 * in their long forms (a gap in extraction's English names, left to it).
 */
const EN_NAMES: Readonly<Record<string, string>> = {
  CD: "Democratic Republic of the Congo",
  VA: "Vatican",
  MD: "Republic of Moldova",
  BN: "Brunei Darussalam",
  FM: "Federated States of Micronesia",
};

/** i18n-iso-countries misspells one Indonesian name ("Guatamala"). */
const ID_NAMES: Readonly<Record<string, string>> = { GT: "Guatemala" };

/** Indonesian spellings of tail capitals, as src/names/places.ts lists them; the rest keep the English. */
const ID_CAPITALS: Readonly<Record<string, string>> = {
  Vienna: "Wina",
  Algiers: "Aljir",
  Lisbon: "Lisabon",
  Copenhagen: "Kopenhagen",
  Prague: "Praha",
  Bucharest: "Bukares",
};

/** Tail states the head's "east" (Russia's and China's side) counts with; the rest of Europe is "west", the others "south". */
const EAST = new Set(["NI", "ER"]);

function englishName(code: string, common: string): string {
  const name = EN_NAMES[code] ?? common;
  // English writes "the" before plural names and republics ("the Netherlands", "the Dominican Republic").
  return /^(Bahamas|Comoros|Gambia|Maldives|Netherlands|Vatican)$|Republic|Islands|States/.test(name)
    ? `the ${name}`
    : name;
}
