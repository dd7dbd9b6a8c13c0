import { Command } from "commander";
import fs from "node:fs";
import readline from "node:readline";
import type { Writable } from "node:stream";
import { extract } from "../extraction/extract";
import type { ArticleText } from "../extraction/facts";

/** What `newsgraph extract` prints for a line it cannot extract. */
export interface ExtractError {
  id: string | null;
  error: string;
}

const OPTIONAL_STRINGS = ["title", "language", "publishedAt", "url", "source"] as const;

/**
 * `newsgraph extract [FILE]`: JSON Lines of articles in (FILE, or standard input when FILE is
 * absent or "-"), one JSON line of facts per article out, in input order. No database is needed.
 * A bad line prints `{"id", "error"}` and the rest go on; the exit status is 1 only when the input
 * cannot be read at all.
 */
export function extractCommand(): Command {
  return new Command("extract")
    .description(
      "Extract countries, persons, meetings, sanctions and statements from JSON Lines articles (no database needed).",
    )
    .argument(
      "[file]",
      'a JSON Lines file of {"id", "text", "title"?, "language"?, "publishedAt"?, …}; standard input when absent or "-"',
    )
    .action(async (file?: string) => {
      const input = file && file !== "-" ? await openFile(file) : process.stdin;
      if (!input) {
        process.exitCode = 1;
        return;
      }
      const { extracted, failed, readError } = await extractLines(input, process.stdout);
      if (readError) {
        // What was read has been written; say why the rest is missing, and fail only if nothing was read.
        process.stderr.write(`newsgraph extract: reading ${file ?? "standard input"} failed: ${readError.message}.\n`);
        if (extracted + failed === 0) process.exitCode = 1;
      }
    });
}

async function openFile(file: string): Promise<NodeJS.ReadableStream | null> {
  try {
    const handle = await fs.promises.open(file, "r");
    if ((await handle.stat()).isDirectory()) {
      await handle.close();
      throw Object.assign(new Error("is a directory"), { code: "EISDIR" });
    }
    return handle.createReadStream({ encoding: "utf8" });
  } catch (error) {
    const code = (error as NodeJS.ErrnoException).code;
    const why =
      code === "ENOENT"
        ? "there is no such file"
        : code === "EISDIR"
          ? "it is a directory"
          : code === "EACCES"
            ? "permission is denied"
            : (error as Error).message;
    process.stderr.write(`newsgraph extract: cannot read ${file}: ${why}.\n`);
    return null;
  }
}

/**
 * Streams `input` line by line (never whole) and writes one JSON line per non-blank input line to
 * `output`, waiting for the output to drain. Returns how many articles were extracted and failed,
 * and the error that stopped the reading, if one did.
 */
export async function extractLines(
  input: NodeJS.ReadableStream,
  output: Writable,
): Promise<{ extracted: number; failed: number; readError?: Error }> {
  let number = 0;
  let extracted = 0;
  let failed = 0;
  try {
    for await (const line of readline.createInterface({ input, crlfDelay: Infinity })) {
      number++;
      if (!line.trim()) continue;
      const result = extractLine(line, number);
      if ("error" in result) failed++;
      else extracted++;
      if (!output.write(`${JSON.stringify(result)}\n`)) await new Promise((resolve) => output.once("drain", resolve));
    }
  } catch (error) {
    return { extracted, failed, readError: error as Error };
  }
  return { extracted, failed };
}

/** Facts for one JSON Lines record, or an error sentence naming the problem and the value. */
export function extractLine(line: string, number: number): ReturnType<typeof extract> | ExtractError {
  let value: unknown;
  try {
    value = JSON.parse(line);
  } catch {
    return { id: null, error: `Line ${number} is not valid JSON: ${preview(line)}.` };
  }
  if (typeof value !== "object" || value === null || Array.isArray(value)) {
    return { id: null, error: `Line ${number} is not a JSON object: ${preview(line)}.` };
  }
  const record = value as Record<string, unknown>;
  const id = typeof record.id === "string" || typeof record.id === "number" ? String(record.id) : null;
  if (id === null)
    return {
      id: null,
      error: `Line ${number} has no "id" (a string); got ${preview(JSON.stringify(record.id ?? null))}.`,
    };
  if (typeof record.text !== "string" || !record.text.trim()) {
    return {
      id,
      error: `Article "${id}" on line ${number} has no "text" to read; got ${preview(JSON.stringify(record.text ?? null))}.`,
    };
  }
  for (const key of OPTIONAL_STRINGS) {
    const v = record[key];
    if (v !== undefined && v !== null && typeof v !== "string")
      return {
        id,
        error: `Article "${id}" on line ${number} has a "${key}" that is not a string: ${preview(JSON.stringify(v))}.`,
      };
  }
  const article: ArticleText = { id, text: record.text };
  for (const key of OPTIONAL_STRINGS) if (typeof record[key] === "string") article[key] = record[key] as string;
  try {
    return extract(article);
  } catch (error) {
    return { id, error: `Article "${id}" on line ${number} could not be extracted: ${(error as Error).message}.` };
  }
}

function preview(text: string): string {
  const flat = text.replace(/\s+/g, " ");
  return flat.length > 60 ? `${flat.slice(0, 60)}…` : flat;
}
