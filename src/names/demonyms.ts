import countries from "world-countries";

/**
 * A demonym that is mostly something else in English news: a Georgian senator is from the US
 * state (see AMBIGUOUS_COUNTRY_NAMES in countryNames.ts).
 */
const NOT_DEMONYMS = new Set(["Georgian"]);

/**
 * English demonyms of every country from world-countries ("Kenyan", and "Kenyans" for those
 * ending in -an or -i). A demonym shared by several countries names the one of them that is
 * independent ("French": FR, not the French Southern Territories), or none ("Congolese").
 */
export function englishDemonyms(): Record<string, string[]> {
  const claims = new Map<string, Array<{ code: string; independent: boolean }>>();
  for (const country of countries) {
    const { m, f } = country.demonyms.eng ?? { m: "", f: "" };
    for (const word of new Set([m, f])) {
      if (!/^[A-Z][\p{L} '-]+$/u.test(word) || word.includes(" or ") || NOT_DEMONYMS.has(word)) continue;
      claims.set(word, [...(claims.get(word) ?? []), { code: country.cca2, independent: country.independent }]);
    }
  }
  const out: Record<string, string[]> = {};
  for (const [word, claimants] of claims) {
    const owners = claimants.length === 1 ? claimants : claimants.filter((claimant) => claimant.independent);
    if (owners.length !== 1) continue;
    const forms = /(an|i)$/.test(word) ? [word, `${word}s`] : [word];
    (out[owners[0].code] ??= []).push(...forms);
  }
  return out;
}

/**
 * French demonyms of every independent country from world-countries ("malaisien", "malaisienne"
 * and their plurals), lower-cased as French writes the adjective; territories are left out (their
 * words are also towns' people: "malouin"), and a word two states claim names neither.
 */
export function frenchDemonyms(): Record<string, string[]> {
  const claims = new Map<string, Array<{ code: string; independent: boolean }>>();
  for (const country of countries.filter((c) => c.independent)) {
    const { m, f } = country.demonyms.fra ?? { m: "", f: "" };
    for (const word of new Set([m, f].map((w) => w.toLowerCase()))) {
      if (!/^\p{L}[\p{L}-]+$/u.test(word)) continue;
      claims.set(word, [...(claims.get(word) ?? []), { code: country.cca2, independent: country.independent }]);
    }
  }
  const out: Record<string, string[]> = {};
  for (const [word, claimants] of claims) {
    const owners = claimants.length === 1 ? claimants : claimants.filter((claimant) => claimant.independent);
    if (owners.length !== 1) continue;
    (out[owners[0].code] ??= []).push(...(/[sx]$/.test(word) ? [word] : [word, `${word}s`]));
  }
  return out;
}
