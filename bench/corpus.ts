/**
 * `npm run bench:corpus -- --articles N --seed S [--out FILE]`: the synthetic news corpus of
 * bench/newsArticles.ts as JSON Lines, on standard output or in FILE. Deterministic for a seed,
 * and the first N articles are the same whatever N, so a bigger corpus extends a smaller one.
 */
import fs from "node:fs";
import { once } from "node:events";
import { parseArgs } from "node:util";
import { newsArticles, type NewsArticle } from "./syntheticArticles";

/** Writes the next `count` articles of `stream` to `out` as JSON Lines, respecting backpressure; returns the bytes written. */
export async function writeCorpus(
  out: NodeJS.WritableStream,
  stream: Iterator<NewsArticle>,
  count: number,
): Promise<number> {
  let bytes = 0;
  for (let n = 0; n < count; n++) {
    const line = `${JSON.stringify(stream.next().value as NewsArticle)}\n`;
    bytes += Buffer.byteLength(line);
    if (!out.write(line)) await once(out, "drain");
  }
  return bytes;
}

/** Writes the next `count` articles of `stream` to a file and resolves once it is on disk. */
export async function writeCorpusFile(file: string, stream: Iterator<NewsArticle>, count: number): Promise<number> {
  const out = fs.createWriteStream(file);
  const bytes = await writeCorpus(out, stream, count);
  out.end();
  await once(out, "finish");
  return bytes;
}

async function main(): Promise<void> {
  const { values } = parseArgs({
    options: {
      articles: { type: "string", default: "1000" },
      seed: { type: "string", default: "1" },
      out: { type: "string" },
    },
  });
  const count = Number(values.articles);
  const seed = Number(values.seed);
  if (!Number.isInteger(count) || count < 1)
    throw new Error(`--articles must be a positive whole number, not "${values.articles}".`);
  if (!Number.isInteger(seed)) throw new Error(`--seed must be a whole number, not "${values.seed}".`);
  const started = Date.now();
  const stream = newsArticles(seed);
  const bytes = values.out
    ? await writeCorpusFile(values.out, stream, count)
    : await writeCorpus(process.stdout, stream, count);
  const where = values.out ?? "standard output";
  console.error(
    `corpus: ${count} articles (${(bytes / count / 1024).toFixed(1)} KB avg) for seed ${seed} to ${where} in ${((Date.now() - started) / 1000).toFixed(1)} s`,
  );
}

if (require.main === module) {
  main().catch((error: Error) => {
    console.error(`bench:corpus: ${error.message}`);
    process.exit(1);
  });
}
