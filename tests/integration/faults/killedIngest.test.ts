import { spawn } from "node:child_process";
import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import { syntheticArticles } from "../../../bench/syntheticArticles";
import type { Database } from "../../../src/graph/database";
import { cliPath } from "../../support/cli";
import { shuffled } from "../../support/shuffled";
import { cli, isAlive, OwnNeo4j, sleep, type CliResult, ownPort } from "./ownNeo4j";

/**
 * Neo4j SIGKILLed in the middle of `newsgraph ingest big.jsonl`: the CLI says why in a sentence
 * and exits 1; once Neo4j is back, the same command finishes the job, and the graph is the one a
 * clean single run makes, in any order. The Neo4j is this file's own (ownPort(3)).
 */
const neo4j = new OwnNeo4j(ownPort(3));
const tmp = fs.mkdtempSync(path.join(os.tmpdir(), "newsgraph-killed-"));
const bigFile = path.join(tmp, "big.jsonl");
const shuffledFile = path.join(tmp, "shuffled.jsonl");
const count = 600;
const command = ["ingest", bigFile, "--batch-size", "25", "--rejects", path.join(tmp, "rejects.jsonl")];
const env = { NEO4J_URI: neo4j.uri };

type Keys = { nodes: string[]; relationships: string[] };
const withoutCopyLinks = ({ nodes, relationships }: Keys): Keys => ({
  nodes,
  relationships: relationships.filter((triple) => !triple.includes(" -COPY_OF-> ")),
});

/** Each article is a copy of at most one article, and that one is an original (a copy of none). */
function expectCopiesOfOriginals({ relationships }: Keys): void {
  const copyOf = new Map<string, string[]>();
  for (const triple of relationships.filter((t) => t.includes(" -COPY_OF-> "))) {
    const [copy, original] = triple.split(" -COPY_OF-> ");
    copyOf.set(copy, [...(copyOf.get(copy) ?? []), original]);
  }
  expect(copyOf.size).toBeGreaterThan(0); // the corpus has copies
  for (const [copy, originals] of copyOf) {
    expect([copy, originals.length]).toEqual([copy, 1]);
    expect([originals[0], copyOf.has(originals[0])]).toEqual([originals[0], false]);
  }
}

describe("Neo4j killed in the middle of a bulk ingest", () => {
  let db: Database;
  const articleCount = async () => (await db.read<{ articles: number }>("test/articleCount"))[0].articles;
  const graphKeys = async (): Promise<Keys> => {
    const [{ nodes, relationships }] = await db.read<Keys>("test/graphKeys");
    return { nodes: nodes.sort(), relationships: relationships.sort() };
  };

  beforeAll(async () => {
    const articles = syntheticArticles(count, 7);
    const lines = (list: typeof articles) => list.map((a) => JSON.stringify(a)).join("\n") + "\n";
    fs.writeFileSync(bigFile, lines(articles));
    fs.writeFileSync(shuffledFile, lines(shuffled(articles, 11)));
    await neo4j.start();
    // The test's own look at the graph, with a long read timeout (a cold Neo4j plans slowly).
    db = neo4j.connect({ NEWSGRAPH_READ_TIMEOUT_MS: "60000" });
  }, 180_000);
  afterAll(async () => {
    await db?.close();
    await neo4j.remove();
    fs.rmSync(tmp, { recursive: true, force: true });
  }, 120_000);

  it("reports the failure in one sentence when Neo4j dies, and a re-run makes the graph of a clean run", async () => {
    // 1. Start the ingest; once some batches are in, SIGKILL the Neo4j java process.
    const child = spawn(process.execPath, [cliPath, ...command], {
      env: { ...process.env, ...env },
      stdio: ["ignore", "pipe", "pipe"],
    });
    let stderr = "";
    child.stderr.on("data", (chunk) => (stderr += chunk));
    const exited = new Promise<number | null>((resolve) => child.once("exit", resolve));
    let written = 0;
    for (const started = Date.now(); written < 50; await sleep(100)) {
      if (Date.now() - started > 120_000)
        throw new Error(`no 50 articles written within 120 s; the CLI said:\n${stderr}`);
      written = await articleCount().catch(() => 0);
    }
    const pid = neo4j.pid();
    process.kill(pid, "SIGKILL");
    for (let waited = 0; isAlive(pid) && waited < 10_000; waited += 100) await sleep(100);

    // 2. The CLI stops, says why in a sentence, keeps no stack trace, and exits 1.
    const status = await exited;
    expect(status).toBe(1);
    expect(stderr).toMatch(/^newsgraph: Neo4j is not reachable right now; try again shortly\.$/m);
    expect(stderr).toMatch(/Ingested \d+ articles .*\d+ failed/);
    expect(stderr).not.toMatch(/\n\s+at |Error:|\.js:\d+|ServiceUnavailable|Neo4jError/);

    // 3. Neo4j back on the same home; the same command finishes the job and skips what was kept.
    await neo4j.start();
    const kept = await articleCount();
    expect(kept).toBeGreaterThanOrEqual(written);
    expect(kept).toBeLessThan(count); // it was killed mid-run, not after
    const rerun: CliResult = await cli(command, env);
    expect(rerun.stderr).toMatch(
      new RegExp(`Ingested ${count} articles .*: ${count - kept} created, 0 updated, ${kept} unchanged, 0 failed`),
    );
    expect(rerun.status).toBe(0);
    const resumed = await graphKeys();
    expect(resumed.nodes.filter((node) => node.endsWith(":Article"))).toHaveLength(count);

    // 4. The graph of a clean single run: empty the graph, run once, compare keys and triples. Not
    // the copy links: which report of a chain of near-duplicates (a near b, b near c, a not near c)
    // is whose copy depends on the order they are written in (README, "Independent sources"), and
    // the CLI writes two batches at once, so even one file's order can commit two ways (one link
    // in 600 differed in CI). Every copy link points at an original, in each run.
    await db.write("test/deleteEverything");
    const clean = await cli(command, env);
    expect(clean.stderr).toMatch(new RegExp(`: ${count} created, 0 updated, 0 unchanged, 0 failed`));
    const cleanKeys = await graphKeys();
    expect(withoutCopyLinks(cleanKeys)).toEqual(withoutCopyLinks(resumed));
    expectCopiesOfOriginals(resumed);
    expectCopiesOfOriginals(cleanKeys);

    // 5. And so does the same file in another order (other batches): the merge rules decide on the
    // set of articles (a busy speaker's statements, the pairs each article covers). Shuffled, about
    // 90 of this corpus's copy links differed.
    await db.write("test/deleteEverything");
    const reordered = await cli([...command.slice(0, 1), shuffledFile, ...command.slice(2)], env);
    expect(reordered.status).toBe(0);
    const reorderedKeys = await graphKeys();
    expect(withoutCopyLinks(reorderedKeys)).toEqual(withoutCopyLinks(resumed));
    expectCopiesOfOriginals(reorderedKeys);
  }, 900_000);
});
