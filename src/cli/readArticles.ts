import fs from "node:fs";
import path from "node:path";
import readline from "node:readline";
import type { ArticleInput } from "../ingestion/articleInput";

/**
 * One article read from the input, or why that piece of input is not one; `origin` says where,
 * and `position` how many bytes of a JSON Lines file have been read (for progress).
 */
export type ReadItem = ({ article: ArticleInput } | { error: string }) & { origin: string; position?: number };

/**
 * Streams articles from JSON Lines (a file or "-" for standard input; never read whole), a JSON
 * array file, a `.json` file of one article, or a directory of `.json` / `.jsonl` / `.txt` files
 * (sorted, so reruns read in the same order).
 */
export async function* readArticles(input: string): AsyncGenerator<ReadItem> {
  if (input === "-") return yield* readJsonLines(process.stdin, "stdin");
  const stat = fs.statSync(input, { throwIfNoEntry: false });
  if (!stat) throw new Error(`There is no file or directory at ${input}.`);
  if (!stat.isDirectory()) return yield* readFile(input);
  for (const name of fs.readdirSync(input).sort()) {
    if (/\.(jsonl?|txt)$/i.test(name)) yield* readFile(path.join(input, name));
  }
}

async function* readFile(file: string): AsyncGenerator<ReadItem> {
  if (file.toLowerCase().endsWith(".txt")) return yield parseText(fs.readFileSync(file, "utf8"), file);
  if (await isWholeJson(file)) return yield* parseArray(fs.readFileSync(file, "utf8"), file);
  yield* readJsonLines(fs.createReadStream(file, "utf8"), file);
}

/**
 * A file is one JSON value (an array of articles, or one article written over several lines) when
 * it opens with "[", or when it is a `.json` file whose first line is not a whole JSON value; any
 * other file is JSON Lines, streamed.
 */
async function isWholeJson(file: string): Promise<boolean> {
  if (await startsWith(file, "[")) return true;
  if (!file.toLowerCase().endsWith(".json")) return false;
  const lines = readline.createInterface({ input: fs.createReadStream(file, "utf8"), crlfDelay: Infinity });
  try {
    for await (const line of lines) {
      if (!line.trim()) continue;
      JSON.parse(line);
      return false;
    }
    return false;
  } catch {
    return true;
  } finally {
    lines.close();
  }
}

async function* readJsonLines(stream: NodeJS.ReadableStream, name: string): AsyncGenerator<ReadItem> {
  let number = 0;
  let position = 0;
  for await (const line of readline.createInterface({ input: stream, crlfDelay: Infinity })) {
    number++;
    position += Buffer.byteLength(line) + 1;
    if (line.trim()) yield { ...parseRecord(line, `${name}:${number}`), position };
  }
}

function parseRecord(json: string, origin: string): ReadItem {
  let value: unknown;
  try {
    value = JSON.parse(json);
  } catch {
    return { origin, error: `This is not valid JSON: ${json.slice(0, 60)}${json.length > 60 ? "…" : ""}` };
  }
  return toArticle(value, origin);
}

function* parseArray(json: string, file: string): Generator<ReadItem> {
  let values: unknown;
  try {
    values = JSON.parse(json);
  } catch (error) {
    return yield { origin: file, error: `The file is not valid JSON (${(error as Error).message}).` };
  }
  const list = Array.isArray(values) ? values : [values];
  for (const [i, value] of list.entries()) yield toArticle(value, `${file}[${i}]`);
}

function toArticle(value: unknown, origin: string): ReadItem {
  if (typeof value !== "object" || value === null || Array.isArray(value))
    return { origin, error: "An article must be a JSON object." };
  const article = value as Record<string, unknown>;
  if (typeof article.text !== "string")
    return {
      origin,
      error: `The article${typeof article.id === "string" ? ` "${article.id}"` : ""} has no "text" string.`,
    };
  for (const key of ["id", "url", "title", "language", "publishedAt", "source"]) {
    if (article[key] !== undefined && article[key] !== null && typeof article[key] !== "string") {
      return { origin, error: `"${key}" must be a string, not ${JSON.stringify(article[key])}.` };
    }
  }
  return { origin, article: article as unknown as ArticleInput };
}

/**
 * A `.txt` article: the first line is the title, the rest the text. It may open with a
 * front-matter block of `key: value` lines between `---` lines (id, url, language, publishedAt, source).
 */
function parseText(content: string, file: string): ReadItem {
  const meta: Record<string, string> = {};
  let body = content.replace(/^\uFEFF/, "");
  const front = /^---\r?\n([\s\S]*?)\r?\n---\r?\n/.exec(body);
  if (front) {
    for (const line of front[1].split(/\r?\n/)) {
      const pair = /^\s*(\w+)\s*:\s*(.*?)\s*$/.exec(line);
      if (pair) meta[pair[1]] = pair[2];
    }
    body = body.slice(front[0].length);
  }
  const [title, ...rest] = body.replace(/^\s*\n/, "").split(/\r?\n/);
  return toArticle(
    {
      id: path.basename(file, path.extname(file)),
      ...meta,
      title: meta.title ?? title.trim(),
      text: rest.join("\n").trim(),
    },
    file,
  );
}

async function startsWith(file: string, char: string): Promise<boolean> {
  const handle = await fs.promises.open(file, "r");
  try {
    const { buffer, bytesRead } = await handle.read(Buffer.alloc(64), 0, 64, 0);
    return buffer.subarray(0, bytesRead).toString("utf8").trimStart().startsWith(char);
  } finally {
    await handle.close();
  }
}
