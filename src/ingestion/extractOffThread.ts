import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import { Worker } from "node:worker_threads";
import { projectRoot } from "../config";
import { extract } from "../extraction/extract";
import type { ArticleText, ExtractedFacts } from "../extraction/facts";

/**
 * Extraction off the event loop. Extracting costs about a millisecond per kilobyte, so a batch of
 * a few megabytes would hold the thread that answers queries and /health for seconds; batches
 * larger than INLINE_CHARACTERS go to worker threads instead (the compiled extractionWorker.js;
 * the same code), split across them. Small ones — one article from a loading script — are
 * extracted in place, which costs less than the round trip.
 */
export const INLINE_CHARACTERS = 20_000;

export interface ExtractionRequest {
  id: number;
  articles: ArticleText[];
}
export interface ExtractionReply {
  id: number;
  results: Array<{ facts: ExtractedFacts } | { error: string }>;
}
/** Each article's facts, or the error its extraction threw. */
export type Extracted = ExtractedFacts | Error;

const script = path.join(projectRoot, "dist", "src", "ingestion", "extractionWorker.js");
/** Run from sources without a build (ts-node), there is no worker to start: extract in place. */
const workerBuilt = fs.existsSync(script);
const size = Math.max(1, Math.min(4, os.availableParallelism() - 1));
const workers: Worker[] = [];
const waiting = new Map<
  number,
  { resolve: (reply: ExtractionReply) => void; reject: (error: Error) => void; worker: Worker }
>();
let nextId = 0;
let nextWorker = 0;
/** How many articles went to the worker threads; tests count them (the loop stays free because of it). */
export const sentOffThread = { articles: 0 };

export async function extractOffThread(articles: readonly ArticleText[]): Promise<Extracted[]> {
  const characters = articles.reduce((sum, a) => sum + a.text.length, 0);
  if (characters <= INLINE_CHARACTERS || !workerBuilt) return articles.map(extractInPlace);
  const slices = split(articles, size);
  const replies = await Promise.all(slices.map((slice) => send(slice)));
  return replies.flatMap((reply) => reply.results.map((r) => ("facts" in r ? r.facts : new Error(r.error))));
}

function extractInPlace(article: ArticleText): Extracted {
  try {
    return extract(article);
  } catch (error) {
    return error instanceof Error ? error : new Error(String(error));
  }
}

/** At most n slices of about equal size, in order. */
function split<T>(items: readonly T[], n: number): T[][] {
  const per = Math.ceil(items.length / n);
  const out: T[][] = [];
  for (let i = 0; i < items.length; i += per) out.push(items.slice(i, i + per));
  return out;
}

function send(articles: ArticleText[]): Promise<ExtractionReply> {
  const worker = workerAt(nextWorker++ % size);
  const id = nextId++;
  sentOffThread.articles += articles.length;
  return new Promise((resolve, reject) => {
    waiting.set(id, { resolve, reject, worker });
    worker.ref(); // a request waiting for its answer keeps the process alive
    worker.postMessage({ id, articles } satisfies ExtractionRequest);
  });
}

function workerAt(index: number): Worker {
  if (workers[index]) return workers[index];
  const worker = new Worker(script);
  worker.unref(); // an idle worker does not keep the process alive
  worker.on("message", (reply: ExtractionReply) => {
    const job = waiting.get(reply.id);
    waiting.delete(reply.id);
    if (![...waiting.values()].some((w) => w.worker === worker)) worker.unref();
    job?.resolve(reply);
  });
  const fail = (error: Error) => {
    // A worker that died takes its requests with it; the next request starts a new one.
    if (workers[index] === worker) delete workers[index];
    for (const [id, job] of waiting) {
      if (job.worker !== worker) continue;
      waiting.delete(id);
      job.reject(error);
    }
  };
  worker.on("error", fail);
  worker.on("exit", (code) => fail(new Error(`The extraction worker stopped with exit code ${code}.`)));
  workers[index] = worker;
  return worker;
}
