import fs from "node:fs";
import path from "node:path";
import { runNode, type Env } from "./children";
import { send } from "./load";
import type { NewsArticle } from "./newsArticles";

/**
 * Ingest speed, end to end (reading, extraction and writing): batched through the CLI
 * (`newsgraph ingest corpus.jsonl`, its own summary line parsed), and one article per request
 * through a running server's `ingestArticle` mutation, sequentially.
 */
export interface BatchedIngest {
  articles: number;
  /** The CLI's own figure (its elapsed time starts before it connects to Neo4j). */
  rate: number;
  seconds: number;
  /** Wall-clock time of the whole process, start-up included. */
  wallSeconds: number;
  failed: number;
  facts: number;
  batchSize: number | "default";
  summary: string;
}

const summaryPattern =
  /Ingested (\d+) articles in (.+?) \(\d+\/s\): (\d+) created, (\d+) updated, (\d+) unchanged, (\d+) failed; (\d+) facts written\./;

export async function cliIngest(
  file: string,
  env: Env,
  batchSize: number | undefined,
  log: (line: string) => void,
): Promise<BatchedIngest> {
  const rejects = path.join(path.dirname(file), "rejects.jsonl");
  const args = [
    "bin/newsgraph.js",
    "ingest",
    file,
    "--rejects",
    rejects,
    ...(batchSize ? ["--batch-size", String(batchSize)] : []),
  ];
  const run = await runNode(args, env, (line) => line.startsWith("ingest:") && log(`  ${line}`));
  const match = summaryPattern.exec(run.stderr);
  if (!match)
    throw new Error(
      `newsgraph ingest ${file} ended (code ${run.code}) without its summary line:\n${run.stderr.slice(-2000)}`,
    );
  const articles = Number(match[1]);
  const seconds = parseSeconds(match[2]);
  return {
    articles,
    rate: articles / seconds,
    seconds,
    wallSeconds: run.seconds,
    failed: Number(match[6]),
    facts: Number(match[7]),
    batchSize: batchSize ?? "default",
    summary: match[0],
  };
}

/** "17.5 s" or "2 min 5 s" in seconds. */
function parseSeconds(text: string): number {
  const minutes = /(\d+) min/.exec(text);
  const seconds = /([\d.]+) s/.exec(text);
  return (minutes ? Number(minutes[1]) * 60 : 0) + (seconds ? Number(seconds[1]) : 0);
}

export interface PerArticleIngest {
  articles: number;
  seconds: number;
  rate: number;
  failed: number;
  p50: number;
  p99: number;
}

const mutation = "mutation Ingest($input: ArticleInput!) { ingestArticle(input: $input) { status facts } }";

/** Each article in its own `ingestArticle` request, one after the other. */
export async function perArticleIngest(
  baseUrl: string,
  apiKey: string,
  articles: readonly NewsArticle[],
): Promise<PerArticleIngest> {
  const times: number[] = [];
  let failed = 0;
  const started = process.hrtime.bigint();
  for (const input of articles) {
    const request = {
      url: `${baseUrl}/graphql`,
      method: "POST" as const,
      body: JSON.stringify({ query: mutation, variables: { input } }),
      headers: { authorization: `Bearer ${apiKey}` },
    };
    const { status, body, ms } = await send(request);
    times.push(ms);
    const answer = JSON.parse(body) as { data?: { ingestArticle?: { status: string } }; errors?: unknown[] };
    if (status !== 200 || answer.errors || answer.data?.ingestArticle?.status !== "CREATED") failed++;
  }
  const seconds = Number(process.hrtime.bigint() - started) / 1e9;
  times.sort((x, y) => x - y);
  const at = (q: number) => times[Math.min(times.length - 1, Math.floor(q * times.length))] ?? 0;
  return { articles: articles.length, seconds, rate: articles.length / seconds, failed, p50: at(0.5), p99: at(0.99) };
}

/** The articles of a JSON Lines file (a few hundred: small enough to hold). */
export function readJsonLines(file: string): NewsArticle[] {
  return fs
    .readFileSync(file, "utf8")
    .trim()
    .split("\n")
    .filter(Boolean)
    .map((line) => JSON.parse(line) as NewsArticle);
}
