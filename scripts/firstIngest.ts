import { spawn } from "node:child_process";
import path from "node:path";

/**
 * How long the first `ingestArticle` after a start takes, against the second: starts `serve`
 * (built, PORT 0) on NEO4J_URI, waits for /health, then ingests two new articles one after the
 * other and prints both latencies, deletes them and stops the server. Repeats `--runs` times.
 * Usage: NEO4J_URI=bolt://127.0.0.1:7687 node dist/scripts/firstIngest.js [--runs 3]
 */
const cli = path.resolve(__dirname, "../../bin/newsgraph.js");
const runs = Number(process.argv[process.argv.indexOf("--runs") + 1]) || 3;
const ingest = `mutation ($input: ArticleInput!) { ingestArticle(input: $input) { status } }`;

/** Written for this script about the 2023 summit in the Russian Far East. */
const article = (id: string) => ({
  id,
  language: "en",
  publishedAt: "2023-09-14T08:00:00Z",
  text: "Russian President Vladimir Putin hosted North Korean leader Kim Jong Un on Wednesday at a launch site in eastern Russia. Washington warned Pyongyang against selling shells to Moscow.",
});

async function post(url: string, query: string, variables: object = {}): Promise<unknown> {
  const response = await fetch(`${url}/graphql`, {
    method: "POST",
    headers: { "content-type": "application/json" },
    body: JSON.stringify({ query, variables }),
  });
  return response.json();
}

async function once(run: number): Promise<[number, number]> {
  const child = spawn(process.execPath, [cli, "serve"], {
    env: { ...process.env, PORT: "0", NEWSGRAPH_API_KEYS: "", NODE_ENV: "development" },
    stdio: ["ignore", "ignore", "pipe"],
  });
  const url = await new Promise<string>((resolve, reject) => {
    let log = "";
    child.stderr!.on("data", (chunk) => {
      log += chunk;
      const found = /serving GraphQL at (http:\/\/\S+)\/graphql/.exec(log);
      if (found) resolve(found[1]);
    });
    child.once("exit", (code) => reject(new Error(`serve exited (${code}):\n${log}`)));
  });
  while ((await fetch(`${url}/health`).catch(() => undefined))?.status !== 200) await sleep(100);
  const ids = [`first-ingest-${Date.now()}-${run}-a`, `first-ingest-${Date.now()}-${run}-b`];
  const took: number[] = [];
  for (const id of ids) {
    const started = performance.now();
    await post(url, ingest, { input: article(id) });
    took.push(performance.now() - started);
  }
  for (const id of ids) await post(url, `mutation { deleteArticle(id: "${id}") }`);
  child.kill("SIGTERM");
  await new Promise((resolve) => child.once("exit", resolve));
  return [took[0], took[1]];
}

const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

async function main(): Promise<void> {
  if (!process.env.NEO4J_URI)
    throw new Error("NEO4J_URI is not set: this script measures a server on a running Neo4j.");
  for (let run = 1; run <= runs; run++) {
    const [first, second] = await once(run);
    console.log(`run ${run}: first ingestArticle ${first.toFixed(0)} ms, second ${second.toFixed(0)} ms`);
  }
}

main().catch((error) => {
  console.error(error);
  process.exit(1);
});
