import type { Country, Person, TitleKey } from "./newsCast";
import { namePool, type NamePool } from "./newsNames";
import { Random } from "./random";

/**
 * The generated part of the synthetic cast: for every country, an official in each portfolio below
 * that no real leader of the cast already holds, with an invented name from the country's region
 * (bench/newsNames.ts). They are ranked as often as the news would name them: a country's rank
 * times its portfolio's, so Russia's trade minister comes before Peru's foreign minister, and all
 * come after the real leaders. The names are drawn from a source of their own with a fixed seed,
 * so the cast is the same whatever seed the corpus uses.
 */
const PORTFOLIOS: readonly TitleKey[] = [
  "fm",
  "dm",
  "spokes",
  "deputyFm",
  "finance",
  "trade",
  "ambassador",
  "energy",
  "interior",
  "economy",
  "justice",
  "health",
  "agriculture",
  "transport",
  "education",
  "industry",
];

export function officials(countries: readonly Country[], leaders: readonly Person[]): Person[] {
  const held = new Set(leaders.map((leader) => `${leader.country} ${leader.title}`));
  const seats: Array<{ country: string; title: TitleKey; weight: number }> = [];
  countries.forEach((country, c) =>
    PORTFOLIOS.forEach((title, t) => {
      if (!held.has(`${country.code} ${title}`))
        seats.push({ country: country.code, title, weight: 1 / (Math.pow(c + 1, 1.1) * (t + 1)) });
    }),
  );
  seats.sort((x, y) => y.weight - x.weight);
  const random = new Random(18);
  const taken = new Set(leaders.map((leader) => leader.name));
  const families = new Map<string, Set<string>>();
  return seats.map(({ country, title }) => {
    const own = families.get(country) ?? families.set(country, new Set()).get(country)!;
    return { ...invented(random, namePool(country), taken, own), country, title };
  });
}

/**
 * A name no one in the cast has yet; `short` is the family name a later mention uses. A family
 * name the country's other officials have is avoided while the list has others, so that "Kolar
 * said" tells which minister spoke; Korean, Chinese or Vietnamese lists, short as those names
 * are, repeat.
 */
function invented(
  random: Random,
  pool: NamePool,
  taken: Set<string>,
  families: Set<string>,
): { name: string; short: string } {
  for (let attempt = 0; attempt < 1000; attempt++) {
    const woman = random.chance(0.4);
    const given = random.pick(woman ? pool.female : pool.male);
    const stem = random.pick(pool.family);
    const family = woman ? pool.feminine(stem) : stem;
    const name = pool.familyFirst ? `${family} ${given}` : `${given} ${family}`;
    if (taken.has(name) || (families.has(stem) && attempt < 50)) continue;
    taken.add(name);
    families.add(stem);
    return { name, short: family };
  }
  throw new Error(`bench/newsOfficials.ts: too few names in the list with ${pool.family[0]}`);
}
