/**
 * `npm run check:corpus`: lists every run of 8 or more consecutive words that a tracked project file
 * shares with a corpus article (../shared/corpus/*.jsonl, field `text`), with file and line, and exits
 * 1 if there is any. Texts the project did not write stay out of it: fixtures and samples are the
 * project's own words about real events. Run from the project root (npm does); skips with one line
 * when ../shared is not there (it sits beside the project, not in clones).
 *
 * Linear in the size of both sides: the corpus 8-grams go into one Set, and each file's 8-grams are
 * looked up once.
 */
import { execFileSync } from "node:child_process";
import fs from "node:fs";
import path from "node:path";

const N = 8;
const EXTENSIONS = [".ts", ".tsx", ".js", ".json", ".jsonl", ".md", ".graphql", ".txt", ".html", ".css"];

interface Word {
  word: string;
  line: number;
}

/** Lower-cased runs of letters and digits (any script), each with its 1-based line. */
function words(text: string): Word[] {
  const out: Word[] = [];
  text.split("\n").forEach((line, i) => {
    for (const match of line.toLowerCase().matchAll(/[\p{L}\p{N}]+/gu)) out.push({ word: match[0], line: i + 1 });
  });
  return out;
}

function gram(list: Word[], start: number): string {
  return list
    .slice(start, start + N)
    .map((w) => w.word)
    .join(" ");
}

/** Every 8-gram of every corpus article's text. */
function corpusGrams(dir: string): { grams: Set<string>; articles: number } {
  const grams = new Set<string>();
  let articles = 0;
  for (const file of fs.readdirSync(dir).filter((f) => f.endsWith(".jsonl"))) {
    for (const line of fs.readFileSync(path.join(dir, file), "utf8").split("\n")) {
      if (!line.trim()) continue;
      const text = (JSON.parse(line) as { text?: unknown }).text;
      if (typeof text !== "string") continue;
      articles++;
      // Normalised the same way as the project files; JSON escapes are already decoded here.
      const list = words(text);
      for (let i = 0; i + N <= list.length; i++) grams.add(gram(list, i));
    }
  }
  return { grams, articles };
}

/** JSON files hold texts with escapes (\n, \u00e9, \"): decode each string literal before comparing. */
function readable(file: string, raw: string): string {
  if (!/\.jsonl?$/.test(file)) return raw;
  return raw.replace(/"(?:[^"\\\n]|\\.)*"/g, (literal) => {
    try {
      // Keep the text on its source line: decoded newlines become spaces.
      return ` ${(JSON.parse(literal) as string).replace(/\n/g, " ")} `;
    } catch {
      return literal;
    }
  });
}

interface Hit {
  file: string;
  line: number;
  words: number;
  /** How many of the run's 8-grams are in the corpus (every one when the run is one copied phrase). */
  grams: number;
  text: string;
}

/** Overlapping shared 8-grams in one file, merged into one hit per run of words. */
function hitsIn(file: string, grams: Set<string>): Hit[] {
  const list = words(readable(file, fs.readFileSync(file, "utf8")));
  const hits: Hit[] = [];
  let runStart = -1;
  let runEnd = -1; // exclusive word index
  let runGrams = 0;
  const flush = () => {
    if (runStart < 0) return;
    const run = list.slice(runStart, runEnd);
    hits.push({ file, line: run[0].line, words: run.length, grams: runGrams, text: run.map((w) => w.word).join(" ") });
    runStart = -1;
  };
  for (let i = 0; i + N <= list.length; i++) {
    if (!grams.has(gram(list, i))) continue;
    if (runStart >= 0 && i < runEnd) runEnd = i + N;
    else {
      flush();
      runStart = i;
      runEnd = i + N;
      runGrams = 0;
    }
    runGrams++;
  }
  flush();
  return hits;
}

function main(): number {
  const corpus = path.resolve(process.cwd(), "../shared/corpus");
  if (!fs.existsSync(corpus)) {
    console.log(`check:corpus: skipped — ${corpus} is not here (it sits beside the project, not in clones).`);
    return 0;
  }
  const { grams, articles } = corpusGrams(corpus);
  const files = execFileSync("git", ["ls-files", "-z"], { encoding: "utf8", maxBuffer: 1 << 28 })
    .split("\0")
    .filter((f) => f && EXTENSIONS.includes(path.extname(f)) && fs.existsSync(f));
  const hits = files.flatMap((f) => hitsIn(f, grams));
  for (const h of hits) console.log(`${h.file}:${h.line}: ${h.words} words: ${h.text}`);
  const shared = hits.reduce((sum, h) => sum + h.grams, 0);
  console.log(
    `check:corpus: ${hits.length} run(s) of ${N}+ words shared with the corpus (${shared} ${N}-grams) in ${new Set(hits.map((h) => h.file)).size} file(s); ` +
      `${files.length} files checked against ${grams.size} ${N}-grams of ${articles} articles.`,
  );
  return hits.length ? 1 : 0;
}

process.exitCode = main();
