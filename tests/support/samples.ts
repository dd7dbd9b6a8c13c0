import fs from "node:fs";
import path from "node:path";
import type { Database } from "../../src/graph/database";
import { deleteArticle } from "../../src/graph/deleteArticle";
import type { ArticleInput } from "../../src/ingestion/articleInput";
import { ingestArticles } from "../../src/ingestion/ingestArticles";

const samplesFile = path.resolve(__dirname, "../../samples/articles.jsonl");

/**
 * Ingests samples/articles.jsonl (what `npm start` loads: the Russia–North Korea articles) through
 * the real pipeline, and returns a function that deletes the ones it created: samples that were
 * already there (a dev database that `npm start` filled) stay as they were.
 */
export async function ingestSamples(db: Database): Promise<() => Promise<void>> {
  const samples: ArticleInput[] = fs.readFileSync(samplesFile, "utf8").split("\n").filter((line) => line.trim()).map((line) => JSON.parse(line));
  const created: string[] = [];
  for (const outcome of await ingestArticles(db, samples)) {
    if (!outcome.ok) throw outcome.error;
    if (outcome.status === "CREATED") created.push(outcome.id);
  }
  return async () => {
    for (const id of created) await deleteArticle(db, id);
  };
}
