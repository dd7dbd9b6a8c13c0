/**
 * `npm run bench:cast -- [--articles 300] [--seed 1]`: whether extraction reads the synthetic cast
 * (bench/newsCast.ts). Generates the first articles of the bench stream, extracts each, and counts
 * the cast's people the text names in full (outside page furniture, which extraction blanks out)
 * that extraction finds with the right country: the generated officials (introduced by title and
 * country, "Peru's Trade Minister …") and, for comparison, the real leaders (the gazetteer's). Also checks the cast itself: every
 * independent country, at least 3,000 people, no generated name the gazetteer gives to someone
 * real, every country's names read back as that country. Fails below 90% for the officials.
 */
import { parseArgs } from "node:util";
import worldCountries from "world-countries";
import { cleanText } from "../src/extraction/cleanText";
import { extract } from "../src/extraction/extract";
import { LANGUAGE_PACKS } from "../src/extraction/languages";
import { en } from "../src/extraction/languages/en";
import { id } from "../src/extraction/languages/id";
import { leaderNameOf } from "../src/names/leaderNameOf";
import { COUNTRIES, LEADERS, PEOPLE, TITLES, type Person } from "./newsCast";
import { newsArticles } from "./newsArticles";
import { en as enKit } from "./newsKitEn";
import { id as idKit } from "./newsKitId";

const FLOOR = 0.9;

interface Tally {
  named: number;
  /** Named only after page furniture that ends the article ("Related articles"), which extraction rightly skips. */
  cut: number;
  right: number;
  wrongCountry: number;
  seen: Set<string>;
  misses: string[];
}

function main(): void {
  const { values } = parseArgs({
    options: { articles: { type: "string", default: "300" }, seed: { type: "string", default: "1" } },
  });
  const count = Number(values.articles);
  const seed = Number(values.seed);
  const problems = checkCast();

  const byName = new Map(PEOPLE.map((p) => [p.name, p]));
  const tallies = { generated: tally(), real: tally() };
  let n = 0;
  for (const article of newsArticles(seed)) {
    if (n++ === count) break;
    const found = new Map(extract(article).persons.map((p) => [p.name, p.country]));
    const read = namedIn(cleanText(article.text, LANGUAGE_PACKS), byName);
    for (const person of namedIn(article.text, byName)) {
      const t = person.short ? tallies.generated : tallies.real;
      if (!read.has(person)) {
        t.cut++;
        continue;
      }
      t.named++;
      t.seen.add(person.name);
      const country = found.get(person.name);
      if (country === person.country) t.right++;
      else {
        if (found.has(person.name)) t.wrongCountry++;
        const got = found.has(person.name) ? (country ?? "no country") : "not found";
        t.misses.push(`${article.id} (${article.language}): ${person.name} ${person.country} → ${got}`);
      }
    }
  }

  console.log(
    `cast: ${COUNTRIES.length} countries, ${PEOPLE.length} people (${LEADERS.length} real, ${PEOPLE.length - LEADERS.length} generated)`,
  );
  for (const problem of problems) console.log(`cast: ${problem}`);
  for (const [label, t] of Object.entries(tallies)) {
    console.log(
      `${label}: ${t.right} of ${t.named} mentions (${t.seen.size} people) read with the right country: ${percent(t.right, t.named)}` +
        ` (${t.wrongCountry} found with another country or none, ${t.named - t.right - t.wrongCountry} not found;` +
        ` ${t.cut} more named only in furniture or after it, which extraction skips)`,
    );
    for (const miss of t.misses.slice(0, 10)) console.log(`  ${miss}`);
  }
  const share = tallies.generated.right / Math.max(1, tallies.generated.named);
  if (share < FLOOR || problems.some((p) => p.startsWith("FAIL"))) process.exitCode = 1;
}

const tally = (): Tally => ({ named: 0, cut: 0, right: 0, wrongCountry: 0, seen: new Set(), misses: [] });
const percent = (x: number, of: number) => `${((100 * x) / Math.max(1, of)).toFixed(1)}%`;

/** The cast's people whose full name the text gives, once per article. */
function namedIn(text: string, byName: Map<string, Person>): Set<Person> {
  const out = new Set<Person>();
  const words = text.match(/[\p{L}'-]+/gu) ?? [];
  for (let i = 0; i < words.length; i++) {
    // Names of the cast have two to five words.
    for (let k = 2; k <= 5 && i + k <= words.length; k++) {
      const person = byName.get(words.slice(i, i + k).join(" "));
      if (person) out.add(person);
    }
  }
  return out;
}

/** What is wrong with the cast: "FAIL" problems fail the check, the others are worth knowing. */
function checkCast(): string[] {
  const problems: string[] = [];
  const codes = new Set(COUNTRIES.map((c) => c.code));
  const missing = worldCountries.filter((c) => c.independent && !codes.has(c.cca2)).map((c) => c.cca2);
  if (missing.length > 0) problems.push(`FAIL: independent countries missing: ${missing.join(" ")}`);
  if (PEOPLE.length < 3000) problems.push(`FAIL: ${PEOPLE.length} people, fewer than 3,000`);
  if (new Set(PEOPLE.map((p) => p.name)).size !== PEOPLE.length) problems.push("FAIL: two people share a name");
  const generated = PEOPLE.filter((p) => p.short);
  const real = generated.filter((p) => leaderNameOf(p.name));
  if (real.length > 0)
    problems.push(
      `generated names the gazetteer knows: ${real.map((p) => `${p.name} → ${leaderNameOf(p.name)}`).join(", ")}`,
    );
  // A name word the languages read as a function word or an institution cuts the name short.
  const skipped = new Set(
    [en, id].flatMap((pack) =>
      [...pack.stopwords, ...pack.nonNameWords, ...pack.connectors].map((w) => w.toLowerCase()),
    ),
  );
  const words = new Set(generated.flatMap((p) => p.name.split(/[ -]/)).filter((w) => skipped.has(w.toLowerCase())));
  if (words.size > 0) problems.push(`FAIL: generated names with words extraction skips: ${[...words].join(", ")}`);
  // Each country's official as the articles introduce one, in both languages.
  const unread = COUNTRIES.flatMap((c) =>
    (["en", "id"] as const).flatMap((lang) => {
      const text = PROBES[lang](KITS[lang].styled(TITLES.fm[lang === "en" ? 0 : 1], c[lang], PROBE));
      const read = extract({ id: "probe", language: lang, publishedAt: "2024-05-01T10:00:00Z", text }).persons;
      const country = read.find((p) => p.name === PROBE)?.country;
      return country === c.code ? [] : [`${lang} ${c.code} "${c[lang]}" → ${country ?? "nothing"}`];
    }),
  );
  if (unread.length > 0) problems.push(`countries not read from an official's title: ${unread.join(", ")}`);
  return problems;
}

const PROBE = "Tomas Ilgauskas";
const KITS = { en: enKit, id: idKit };
const PROBES = {
  en: (styled: string) => `${styled[0].toUpperCase()}${styled.slice(1)} arrived in Moscow on 3 May.`,
  id: (styled: string) => `${styled} tiba di Moskow pada 3 Mei.`.replace(/,(?=[,.])/g, ""),
};

main();
