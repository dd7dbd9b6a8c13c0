import fs from "node:fs";
import path from "node:path";
import { projectRoot } from "../config";
import type { Database } from "../graph/database";
import type { ArticleInput } from "../ingestion/articleInput";
import { ingestArticles } from "../ingestion/ingestArticles";

/** Ingests samples/articles.jsonl (idempotent: a second start writes nothing) and says what it did. */
export async function loadSamples(db: Database): Promise<string> {
  const file = path.join(projectRoot, "samples", "articles.jsonl");
  const articles = fs
    .readFileSync(file, "utf8")
    .split("\n")
    .filter((line) => line.trim())
    .map((line) => JSON.parse(line) as ArticleInput);
  const outcomes = await ingestArticles(db, articles);
  const statuses = outcomes.map((o) => (o.ok ? o.status.toLowerCase() : "failed"));
  const counts = [...new Set(statuses)].map((status) => `${statuses.filter((s) => s === status).length} ${status}`);
  return `Sample articles: ${counts.join(", ")}.`;
}
