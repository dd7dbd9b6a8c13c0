import fs from "node:fs";
import { Command, InvalidArgumentError } from "commander";
import { loadConfig } from "../config";
import { ConfigError } from "../errors";
import { openDatabase } from "../graph/openDatabase";
import { articleId } from "../ingestion/articleId";
import type { ArticleInput } from "../ingestion/articleInput";
import { CallIds } from "../ingestion/callIds";
import { ingestArticles, type IngestOutcome } from "../ingestion/ingestArticles";
import { postBatch } from "./apiSink";
import { Progress } from "./progress";
import { readArticles, type ReadItem } from "./readArticles";

type Options = { batchSize: number; api?: string; apiKey?: string; rejects: string };
type Sink = (batch: ArticleInput[]) => Promise<IngestOutcome[]>;
type Article = Extract<ReadItem, { article: unknown }>;

/** Batches in flight at once: one being written while the next is read and extracted. */
const depth = 2;

/** `newsgraph ingest <file|dir|->`: bulk loading, batched, resumable by re-running. */
export function ingestCommand(): Command {
  return new Command("ingest")
    .description(
      "Load articles from JSON Lines, a JSON array, or a directory of .json/.txt files ('-' reads standard input).",
    )
    .argument("<input>", "a file, a directory, or - for standard input")
    .option(
      "-b, --batch-size <n>",
      "articles per write transaction (500 was fastest in `npm run bench`)",
      positive,
      500,
    )
    .option("--api <url>", "send the articles through a running server's ingestArticles instead of writing to Neo4j")
    .option("--api-key <key>", "the API key for --api")
    .option("--rejects <file>", "where articles that failed go, one JSON line each with the reason", "rejects.jsonl")
    .action(async (input: string, options: Options) => {
      const size = input === "-" ? undefined : fs.statSync(input, { throwIfNoEntry: false });
      if (input !== "-" && !size) throw new ConfigError(`There is no file or directory at ${input}.`);
      const progress = new Progress(process.stderr, size?.isFile() ? size.size : undefined);
      fs.rmSync(options.rejects, { force: true }); // a rejects file from an earlier run would mislead
      const rejects = new Rejects(options.rejects);
      const database = options.api ? undefined : await openDatabase(loadConfig(), (line) => console.error(line));
      const sink: Sink = options.api
        ? (batch) => postBatch(options.api!, options.apiKey, batch)
        : (batch) => ingestArticles(database!.db, batch);
      let interrupted = false;
      const onSignal = () => (interrupted = true);
      process.once("SIGINT", onSignal).once("SIGTERM", onSignal);
      try {
        await load(readArticles(input), sink, options.batchSize, progress, rejects, () => interrupted);
      } finally {
        process.off("SIGINT", onSignal).off("SIGTERM", onSignal);
        await database?.close();
        rejects.close();
        console.error(progress.summary());
        if (rejects.count > 0) console.error(`${rejects.count} failed articles are in ${options.rejects}.`);
      }
      if (interrupted)
        console.error("Interrupted: run the same command again to finish; what was written is kept and skipped.");
      process.exitCode = progress.counts.failed > 0 || interrupted ? 1 : 0;
    });
}

async function load(
  items: AsyncIterable<ReadItem>,
  sink: Sink,
  batchSize: number,
  progress: Progress,
  rejects: Rejects,
  stopped: () => boolean,
): Promise<void> {
  const inFlight: Promise<void>[] = [];
  let batch: Article[] = [];
  let idsInBatch = new CallIds();
  // The first batch that failed as a whole (the database or the server went away): reading stops,
  // what was written is kept. Recorded rather than rethrown, so that a batch failing while we
  // wait on the one before it is not an unhandled rejection (which would crash with a stack).
  let failure: { error: Error } | undefined;
  const send = async () => {
    const sent = batch;
    batch = [];
    idsInBatch = new CallIds();
    inFlight.push(
      sink(sent.map((item) => item.article)).then(
        (outcomes) =>
          outcomes.forEach((outcome, i) => {
            if (!outcome.ok)
              rejects.add(sent[i].origin, outcome.id, outcome.error.message, outcome.error.extensions.code);
            progress.add(outcome, sent[i].position);
          }),
        (error: Error) => {
          for (const item of sent) {
            rejects.add(
              item.origin,
              item.article.id ?? null,
              error.message,
              (error as { extensions?: { code?: unknown } }).extensions?.code ?? "SERVICE_UNAVAILABLE",
            );
            progress.add("failed");
          }
          failure ??= { error };
        },
      ),
    );
    if (inFlight.length >= depth) await inFlight.shift();
  };
  try {
    for await (const item of items) {
      if (stopped() || failure) break;
      if ("error" in item) {
        rejects.add(item.origin, null, item.error, "BAD_USER_INPUT");
        progress.add("failed", item.position);
        continue;
      }
      // The same article twice in one call is refused (CallIds): send what we have first.
      const id = identityOf(item.article);
      if (id !== undefined && idsInBatch.repeat({ id, url: item.article.url })) {
        await send();
        idsInBatch.repeat({ id, url: item.article.url });
      }
      batch.push(item);
      if (batch.length >= batchSize) await send();
    }
    if (batch.length > 0 && !stopped() && !failure) await send();
  } finally {
    await Promise.all(inFlight);
  }
  if (failure) throw failure.error;
}

/** The rejects file: created on the first failure, one JSON line per failed article. */
class Rejects {
  count = 0;
  private fd: number | undefined;

  constructor(private readonly file: string) {}

  add(origin: string, id: string | null, error: string, code: unknown): void {
    this.fd ??= fs.openSync(this.file, "w");
    fs.writeSync(this.fd, `${JSON.stringify({ origin, id, error, code })}\n`);
    this.count++;
  }

  close(): void {
    if (this.fd !== undefined) fs.closeSync(this.fd);
  }
}

/** The id the article will have (articleId), or its given id when it is too malformed to say (validation will refuse it). */
function identityOf(article: ArticleInput): string | undefined {
  try {
    return articleId(article.id, article.url?.trim() || undefined, article.text);
  } catch {
    return article.id ?? undefined;
  }
}

function positive(value: string): number {
  const n = Number(value);
  if (!Number.isInteger(n) || n < 1 || n > 5000)
    throw new InvalidArgumentError(`"${value}" is not a whole number from 1 to 5000.`);
  return n;
}
