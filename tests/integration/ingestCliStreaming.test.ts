import { spawn, type ChildProcess } from "node:child_process";
import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import type { Database } from "../../src/graph/database";
import { deleteArticles } from "../../src/graph/deleteArticles";
import { cliPath } from "../support/cli";
import { testDatabase } from "../support/database";

/**
 * README, The CLI: `ingest` streams JSON Lines (it writes while the input is still arriving),
 * in batches of 500 by default (one transaction each), prints progress lines on a non-terminal
 * (throttled, not one per article), and puts failed articles in `rejects.jsonl` by default. The
 * input is standard input held open by the test, so what is written before its end is known.
 * Short articles written for this test about real 2023 diplomacy.
 */
const run = `stream-${Date.now()}`;
const ids = Array.from({ length: 501 }, (_, i) => `${run}-${i}`);
const article = (i: number) =>
  JSON.stringify({
    id: ids[i],
    language: "en",
    publishedAt: "2023-09-14T10:00:00Z",
    title: `Summit report ${i}`,
    text: `Kim Jong Un met Vladimir Putin at the Vostochny Cosmodrome on Wednesday. This is report ${i} of the day.`,
  }) + "\n";
const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

describe("newsgraph ingest - (standard input held open)", () => {
  let db: Database;
  const cwd = fs.mkdtempSync(path.join(os.tmpdir(), "newsgraph-stream-"));
  const stored = async () => (await db.read("articlesById", { ids })).length;
  beforeAll(() => (db = testDatabase()));
  let child: ChildProcess | undefined;
  afterAll(async () => {
    child?.kill("SIGKILL"); // when a check failed with the input still open
    await deleteArticles(db, ids);
    await db.close();
    fs.rmSync(cwd, { recursive: true, force: true });
  });

  it("writes a first batch of exactly 500 before the input ends, prints throttled progress, and rejects to ./rejects.jsonl", async () => {
    const ingest = spawn(process.execPath, [cliPath, "ingest", "-"], { cwd, stdio: ["pipe", "ignore", "pipe"] });
    child = ingest;
    let stderr = "";
    ingest.stderr!.on("data", (chunk) => (stderr += chunk));
    const exited = new Promise<number | null>((resolve) => ingest.once("exit", resolve));
    const progressLines = () =>
      stderr.split("\n").filter((line) => /^ingest: \d+ articles, \d+\/s, \d+ failed/.test(line));

    ingest.stdin!.write("{not json\n");
    for (let i = 0; i < 500; i++) ingest.stdin!.write(article(i));

    // The input is still open. A batch is one transaction, so the articles appear all at once:
    // the first count above zero is the size of the first batch.
    let first = 0;
    for (let waited = 0; first === 0 && waited < 120_000; waited += 25) {
      first = await stored();
      if (first === 0) await sleep(25);
    }
    expect(first).toBe(500);
    expect(progressLines().length).toBeGreaterThanOrEqual(1); // while the input is still open
    expect(fs.existsSync(path.join(cwd, "rejects.jsonl"))).toBe(true);

    ingest.stdin!.end(article(500));
    expect(await exited).toBe(1); // one line failed
    expect(await stored()).toBe(501);
    expect(stderr).toMatch(/Ingested 502 articles .*: 501 created, 0 updated, 0 unchanged, 1 failed;/);
    expect(stderr).toContain(`1 failed articles are in rejects.jsonl.`);
    // Progress comes on an outcome, at most once in 5 s: three moments here (the bad line, each batch), not 502.
    expect(progressLines().length).toBeLessThanOrEqual(3);
    const rejects = fs.readFileSync(path.join(cwd, "rejects.jsonl"), "utf8").trim().split("\n");
    expect(rejects).toHaveLength(1);
    expect(JSON.parse(rejects[0])).toMatchObject({
      code: "BAD_USER_INPUT",
      error: expect.stringMatching(/not valid JSON/),
    });
  }, 240_000);
});
