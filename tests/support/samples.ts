import { randomUUID } from "node:crypto";
import fs from "node:fs";
import path from "node:path";
import type { Database } from "../../src/graph/database";
import { deleteArticle } from "../../src/graph/deleteArticle";
import type { ArticleInput } from "../../src/ingestion/articleInput";
import { ingestArticles } from "../../src/ingestion/ingestArticles";

const samplesFile = path.resolve(__dirname, "../../samples/articles.jsonl");

/**
 * Ingests samples/articles.jsonl (what `npm start` loads: the Russia–North Korea articles) through
 * the real pipeline, under ids of this test's own, and returns a function that deletes them. The
 * facts merge with those of the same articles under their usual ids, so another test that deletes
 * its copy (or a dev database that `npm start` filled) changes nothing for this one.
 */
export async function ingestSamples(db: Database): Promise<() => Promise<void>> {
  const suffix = randomUUID().slice(0, 8);
  const samples: ArticleInput[] = fs
    .readFileSync(samplesFile, "utf8")
    .split("\n")
    .filter((line) => line.trim())
    .map((line) => JSON.parse(line))
    .map((article: ArticleInput) => ({ ...article, id: `${article.id}-${suffix}` }));
  const ids: string[] = [];
  for (const outcome of await ingestArticles(db, samples)) {
    if (!outcome.ok) throw outcome.error;
    ids.push(outcome.id);
  }
  return async () => {
    for (const id of ids) await deleteArticle(db, id);
  };
}
