import countries from "i18n-iso-countries";
import { NAME_LOCALES } from "./nameLocales";

/** Country acronyms understood in any language ("DPRK" inside an Indonesian article). */
export const UNIVERSAL_COUNTRY_ALIASES: Readonly<Record<string, string[]>> = {
  KP: ["DPRK", "D.P.R.K."],
  KR: ["ROK"],
  CN: ["PRC"],
  US: ["USA", "U.S.", "U.S.A."],
  GB: ["UK", "U.K."],
  AE: ["UAE"],
  RU: ["Kremlin"],
};

/**
 * Country names that are also given names or surnames ("Michael Jordan", "Georgia Smith"): they
 * count only when no other capitalised name word stands next to them.
 */
export const AMBIGUOUS_COUNTRY_NAMES: ReadonlySet<string> = new Set([
  "jordan",
  "chad",
  "georgia",
  "jersey",
  "guernsey",
  "dominica",
  // "Kuba" is Cuba in Polish and the usual short form of Jakub ("Kuba Nowak").
  "kuba",
]);

/**
 * Every name of every country in `locale` (inverted and parenthesised forms unfolded). A part in
 * brackets that is another country's own name is its sovereign, not a name: "Виргинские острова
 * (США)" does not make "США" the Virgin Islands.
 */
export function countryNamesIn(locale: string): Array<[code: string, name: string]> {
  if (!NAME_LOCALES.includes(locale)) return [];
  const all = Object.entries(countries.getNames(locale, { select: "all" }));
  const owner = new Map<string, string>();
  for (const [code, names] of all) for (const name of names) if (!name.includes("(")) owner.set(name.trim(), code);
  const out: Array<[string, string]> = [];
  for (const [code, names] of all) {
    for (const name of names)
      for (const form of unfold(name)) if ((owner.get(form) ?? code) === code) out.push([code, form]);
  }
  // "Moldova, Republic of", "Micronesia, Federated States of": the name before the comma alone is the
  // country's usual name, unless it is part of another country's name ("Korea, Republic of": North Korea).
  const words = (x: string) => ` ${x.toLowerCase()} `;
  for (const [code, names] of all)
    for (const name of names) {
      const short = /^([^,(]+),\s*[^,]*\bof(?: the)?\s*$/.exec(name)?.[1].trim();
      if (!short || owner.has(short)) continue;
      const elsewhere = all.some(([other, ns]) => other !== code && ns.some((n) => words(n).includes(words(short))));
      if (!elsewhere) out.push([code, short]);
    }
  return out;
}

/** "Korea, Republic of" → "Republic of Korea"; "КНДР (Корейская …)" → both parts. */
function unfold(name: string): string[] {
  const paren = /^(.*?)\s*\((.*)\)\s*$/.exec(name);
  if (paren) return [...unfold(paren[1]), ...unfold(paren[2])];
  const comma = /^([^,]+),\s*(.+)$/.exec(name);
  if (comma) return [`${comma[2]} ${comma[1]}`];
  return name.trim() ? [name.trim()] : [];
}

/** Codes come from the ISO list and the gazetteer (blocs such as EU, UN): a bounded set. */
const englishNames = new Map<string, string>();

/** A short English name for output ("Russia", not "Russian Federation"); looked up once per code (the library searches its list). */
export function englishCountryName(code: string): string {
  let name = englishNames.get(code);
  if (name === undefined) {
    const alias = countries.getName(code, "en", { select: "alias" });
    name =
      alias && !alias.includes(",") && alias.length > 3
        ? alias
        : (countries.getName(code, "en", { select: "official" }) ?? code);
    englishNames.set(code, name);
  }
  return name;
}
