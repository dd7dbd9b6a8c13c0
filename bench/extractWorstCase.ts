/**
 * Extraction on adversarial text: `npm run bench:extract:worst`.
 * Each generator repeats a pattern that a step of the pipeline might handle badly (sentence
 * joins, quotes, one endless sentence full of names or cue words, line breaks, furniture …) up
 * to the longest text an article may have, and takes the CPU time of `extract` at a quarter, half
 * and all of that length. The growth from half to whole is the exponent: 1 is linear, n log n stays under
 * 1.2; a step that is quadratic shows 2. Exits 1 when any exponent passes LIMIT.
 */
import { extract } from "../src/extraction/extract";
import { maxTextLength as MAX_TEXT_LENGTH } from "../src/ingestion/articleInput";

const LIMIT = 1.35;

/** Patterns repeated to length; each names what it stresses. */
const PATTERNS: Array<[string, string]> = [
  ["abbreviation joins", "U.S. "],
  ["initials", "N. K. "],
  ["open quotation", '"Putin said that '],
  ["closed quotations", '"We deny it," Peskov said. '],
  ["German quotes", "„Wir bestreiten das“, sagte Peskow. "],
  ["one sentence of names", "Kim Jong Un, Vladimir Putin and Sergey Lavrov and "],
  ["one sentence of unknown names", "Adewale Okonkwo Babatunde met Chidi Eze in Lagos and "],
  ["one sentence of cue words", "met talks visit sanctions denied accused said summit "],
  ["meetings", "Putin met Kim in Vladivostok on Wednesday. "],
  ["pairs with no one named", "The two leaders met and talked. "],
  ["speakers", "Putin said. He said they would meet. "],
  ["sanctions", "The US imposed sanctions on Russia and North Korea. "],
  ["sanctions by pronoun and list", "They imposed sanctions on Iran and put three Iranian firms on its blacklist, "],
  ["Indonesian speech", "kata Menlu Rusia Sergey Lavrov, "],
  ["line breaks in a sentence", "Rusia dan Korea Utara,\n"],
  ["blank lines", "Kremlin\n\n"],
  ["furniture", "Baca juga: Putin bertemu Kim\n"],
  ["dates", "13. September 2023, 14/9/2023, bulan lalu, "],
  ["Cyrillic", "Путин встретился с Ким Чен Ыном. "],
  ["no spaces", "a".repeat(50)],
  ["punctuation", ".!?…\"'”»«„“,;:"],
];

/** CPU seconds, the least of three runs after a warm-up: other load on the machine only adds to a wall clock. */
function secondsFor(text: string): number {
  const article = { id: "worst", text, language: undefined, publishedAt: "2023-10-17" };
  extract(article);
  let best = Infinity;
  for (let i = 0; i < 3; i++) {
    const start = process.cpuUsage();
    extract(article);
    const used = process.cpuUsage(start);
    best = Math.min(best, (used.user + used.system) / 1e6);
  }
  return best;
}

function main(): void {
  let worst = 0;
  console.log(
    `extract on adversarial text up to ${MAX_TEXT_LENGTH.toLocaleString("en")} characters (seconds at ¼, ½, 1; exponent from ½ to 1)`,
  );
  for (const [name, pattern] of PATTERNS) {
    const full = pattern.repeat(Math.ceil(MAX_TEXT_LENGTH / pattern.length)).slice(0, MAX_TEXT_LENGTH);
    const times = [4, 2, 1].map((d) => secondsFor(full.slice(0, Math.floor(full.length / d))));
    // Below a few milliseconds the clock's noise decides the ratio.
    const exponent = times[2] < 0.02 ? 1 : Math.log2(times[2] / times[1]);
    worst = Math.max(worst, exponent);
    const flag = exponent > LIMIT ? "  <-- superlinear" : "";
    console.log(
      `${name.padEnd(32)} ${times.map((t) => t.toFixed(3)).join("  ")}  exponent ${exponent.toFixed(2)}${flag}`,
    );
  }
  console.log(`worst exponent ${worst.toFixed(2)} (limit ${LIMIT})`);
  if (worst > LIMIT) process.exitCode = 1;
}

main();
