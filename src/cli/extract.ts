import { Command } from "commander";
import type { Writable } from "node:stream";
import { extract } from "../extraction/extract";
import { identifyArticle } from "../ingestion/identifyArticle";
import { readArticles, type ReadItem } from "./readArticles";

/** What `newsgraph extract` prints for a piece of input it cannot extract: where it is, and why. */
export interface ExtractError {
  id: string | null;
  origin: string;
  error: string;
}

/**
 * `newsgraph extract [INPUT]`: the articles `newsgraph ingest` reads (JSON Lines, a JSON array, a
 * directory of .json/.jsonl/.txt files; standard input when INPUT is absent or "-"), through the
 * same reader and the same validation, and one JSON line of facts per article out, in input order.
 * No database is needed. A bad article prints `{"id", "origin", "error"}` and the rest go on; the
 * exit status is 1 only when the input cannot be read at all.
 */
export function extractCommand(): Command {
  return new Command("extract")
    .description(
      "Extract countries, persons, meetings, sanctions and statements from articles (JSON Lines, a JSON array, or a directory of .json/.txt files; no database needed).",
    )
    .argument("[input]", 'a file, a directory, or "-" for standard input', "-")
    .action(async (input: string) => {
      const { extracted, failed, readError } = await extractArticles(readArticles(input), process.stdout);
      if (readError) {
        // What was read has been written; say why the rest is missing, and fail only if nothing was read.
        const why = readError.message.replace(/\.?$/, ".");
        const where = input === "-" ? "standard input" : input;
        const nothingRead = extracted + failed === 0;
        process.stderr.write(`newsgraph extract: ${nothingRead ? why : `reading ${where} stopped part-way: ${why}`}\n`);
        if (nothingRead) process.exitCode = 1;
      }
    });
}

/**
 * Extracts every article `items` yields and writes one JSON line each to `output`, waiting for the
 * output to drain. Returns how many articles were extracted and failed, and the error that stopped
 * the reading, if one did.
 */
export async function extractArticles(
  items: AsyncIterable<ReadItem>,
  output: Writable,
  now = new Date(),
): Promise<{ extracted: number; failed: number; readError?: Error }> {
  let extracted = 0;
  let failed = 0;
  try {
    for await (const item of items) {
      const result = extractItem(item, now);
      if ("error" in result) failed++;
      else extracted++;
      if (!output.write(`${JSON.stringify(result)}\n`)) await new Promise((resolve) => output.once("drain", resolve));
    }
  } catch (error) {
    return { extracted, failed, readError: error as Error };
  }
  return { extracted, failed };
}

/** Facts for one article, or an error sentence naming the problem, the value and where it is. */
function extractItem(item: ReadItem, now: Date): ReturnType<typeof extract> | ExtractError {
  if ("error" in item) return { id: null, origin: item.origin, error: item.error };
  const given = item.article.id?.trim() || null;
  let article;
  try {
    article = identifyArticle(item.article, now);
  } catch (error) {
    return { id: given, origin: item.origin, error: (error as Error).message };
  }
  try {
    return extract(article);
  } catch (error) {
    return {
      id: article.id,
      origin: item.origin,
      error: `The article "${article.id}" could not be extracted: ${(error as Error).message}.`,
    };
  }
}
