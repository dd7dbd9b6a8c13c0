import { spawn, type ChildProcess } from "node:child_process";
import fs from "node:fs";
import path from "node:path";
import type { Database } from "../../src/graph/database";
import { deleteArticle } from "../../src/graph/deleteArticle";
import { cliPath } from "../support/cli";
import { testDatabase } from "../support/database";
import { freePort, graphql, waitForOk } from "../support/http";

/**
 * README, The CLI: `serve --samples` (what `npm start` runs) loads samples/articles.jsonl before
 * serving, so that a first run has data. The sample articles are deleted first, so that finding
 * them afterwards is the load's doing.
 */
const sampleIds = fs
  .readFileSync(path.resolve(__dirname, "../../samples/articles.jsonl"), "utf8")
  .split("\n")
  .filter((line) => line.trim())
  .map((line) => (JSON.parse(line) as { id: string }).id);

describe("newsgraph serve --samples", () => {
  let db: Database;
  let serve: ChildProcess | undefined;
  beforeAll(() => (db = testDatabase()));
  afterAll(async () => {
    if (serve && serve.exitCode === null) {
      const exited = new Promise((resolve) => serve!.once("exit", resolve));
      serve.kill("SIGTERM");
      await exited;
    }
    await db.close();
  });

  it("loads the sample articles before serving, says so, and answers with them", async () => {
    expect(sampleIds.length).toBeGreaterThanOrEqual(5);
    for (const id of sampleIds) await deleteArticle(db, id);
    const port = await freePort();
    const started = spawn(process.execPath, [cliPath, "serve", "--samples", "--port", String(port)], {
      env: { ...process.env, NEWSGRAPH_API_KEYS: "", NODE_ENV: "development" },
      stdio: ["ignore", "ignore", "pipe"],
    });
    serve = started;
    let stderr = "";
    started.stderr!.on("data", (chunk) => (stderr += chunk));
    const url = `http://127.0.0.1:${port}`;
    await waitForOk(`${url}/health`, 90_000);

    // Another test file may load the samples too; either way this run loaded and counted all of them.
    expect(stderr).toMatch(new RegExp(`^Sample articles: (\\d+ (created|unchanged)(, )?)+\\.$`, "m"));
    const counted = [...stderr.matchAll(/(\d+) (created|unchanged)/g)].reduce((sum, [, n]) => sum + Number(n), 0);
    expect(counted).toBe(sampleIds.length);
    const { body } = await graphql(
      url,
      `
        query ($id: ID!) {
          article(id: $id) {
            id
            facts {
              id
            }
          }
        }
      `,
      {
        id: sampleIds[0],
      },
    );
    expect(body.data.article.id).toBe(sampleIds[0]);
    expect(body.data.article.facts.length).toBeGreaterThan(0);
  }, 120_000);
});
