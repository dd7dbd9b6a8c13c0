import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import type { Database } from "../../src/graph/database";
import { deleteArticles } from "../../src/graph/deleteArticles";
import { articleId } from "../../src/ingestion/articleId";
import { runCli } from "../support/cli";
import { testDatabase } from "../support/database";

/**
 * README, Ingestion: two articles of one call with the same id — given, or derived from one
 * canonical URL — refuse the call; "the CLI starts a new batch rather than put them in one". So a
 * file that holds an article and its correction loads both, the later as an update. Sentences
 * written for this test.
 */
const run = `repeats-${Date.now()}`;
const url = `https://www.example.org/news/${run}`;
const text = "Sergei Lavrov arrived in Pyongyang on 18 October 2023 for a two-day visit.";
const lines = [
  { id: `${run}-given`, language: "en", text },
  { id: `${run}-given`, language: "en", text: `${text} A correction followed.` },
  { url: `${url}?utm_source=feed`, language: "en", text },
  { url: `${url}#top`, language: "en", text: `${text} A correction followed.` },
];

describe("newsgraph ingest, one id twice in a file", () => {
  let db: Database;
  const tmp = fs.mkdtempSync(path.join(os.tmpdir(), "newsgraph-repeats-"));
  const ids = [`${run}-given`, articleId(undefined, url, text)];
  beforeAll(() => (db = testDatabase()));
  afterAll(async () => {
    await deleteArticles(db, ids);
    await db.close();
    fs.rmSync(tmp, { recursive: true, force: true });
  });

  it("loads both in separate batches, the second as an update, for a given id and for one canonical URL", async () => {
    const file = path.join(tmp, "repeats.jsonl");
    fs.writeFileSync(file, lines.map((line) => JSON.stringify(line)).join("\n") + "\n");
    const result = runCli(["ingest", file, "--rejects", path.join(tmp, "rejects.jsonl")]);
    expect(result.stderr).toMatch(/Ingested 4 articles .*: 2 created, 2 updated, 0 unchanged, 0 failed;/);
    expect(result.status).toBe(0);
    const stored = await db.read<{ article: { id: string; contentHash: string } }>("articlesById", { ids });
    expect(stored.map((row) => row.article.id).sort()).toEqual([...ids].sort());
  });
});
