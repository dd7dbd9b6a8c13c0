import { spawn } from "node:child_process";
import http from "node:http";
import { syntheticArticles } from "../../../bench/syntheticArticles";
import type { Database } from "../../../src/graph/database";
import { ingestArticles } from "../../../src/ingestion/ingestArticles";
import { cliPath } from "../../support/cli";
import { waitForOk } from "../../support/http";
import { OwnNeo4j, ownPort, sleep } from "./ownNeo4j";

/**
 * SIGTERM to `newsgraph serve` while a burst of requests (ingest batches among them) is in
 * flight: each one gets its whole, normal response before the process exits 0, and every article is
 * in the graph once. Served on this file's own Neo4j (ownPort(4)), so that the
 * synthetic facts never mix with what other tests read.
 */
const neo4j = new OwnNeo4j(ownPort(4));
const port = 4196;
const batches = 4;
const perBatch = 10;
const [warmUp, ...articles] = syntheticArticles(1 + batches * perBatch, 11);
const ingestMany = `mutation ($input: [ArticleInput!]!) { ingestArticles(input: $input) { status article { id } } }`;
const reads = [
  `{ articles(first: 20) { totalCount nodes { id title } } }`,
  `{ countries(first: 50) { totalCount nodes { code name } } }`,
  `{ relationship(a: "RU", b: "KP") { summary { meetings statements sanctions articles } } }`,
  `{ meetings(first: 20, country: "Russia") { totalCount nodes { id date participants { name } } } }`,
];

interface Answer {
  status: number;
  body: { data?: any; errors?: unknown[] };
  /** Where the answer came in the order of events (the signal is one too). */
  order: number;
}

/** What happened, in order: no clock, which a shared machine makes say anything. */
const events: string[] = [];

/** POSTs on a connection of its own; `sent` resolves once the whole request is on the wire. */
function post(query: string, variables: object = {}): { sent: Promise<void>; answer: Promise<Answer> } {
  const payload = JSON.stringify({ query, variables });
  let onSent!: () => void;
  const sent = new Promise<void>((resolve) => (onSent = resolve));
  const answer = new Promise<Answer>((resolve, reject) => {
    const request = http.request(
      {
        host: "127.0.0.1",
        port,
        path: "/graphql",
        method: "POST",
        agent: false,
        headers: { "content-type": "application/json" },
      },
      (response) => {
        let text = "";
        response.on("data", (chunk) => (text += chunk));
        response.on("end", () =>
          resolve({ status: response.statusCode!, body: JSON.parse(text), order: events.push("answer") }),
        );
        response.on("error", reject);
      },
    );
    request.on("error", reject); // a reset connection fails the test
    request.on("finish", onSent);
    request.end(payload);
  });
  return { sent, answer };
}

describe("SIGTERM to newsgraph serve under load", () => {
  let db: Database;
  beforeAll(async () => {
    await neo4j.start();
    db = neo4j.connect({ NEWSGRAPH_READ_TIMEOUT_MS: "60000" });
  }, 180_000);
  afterAll(async () => {
    await db?.close();
    await neo4j.remove();
  }, 120_000);

  it("finishes every in-flight request, also those still running at the signal, exits 0, and ingests each article once", async () => {
    // A long read timeout: a cold Neo4j on a busy machine can take over 5 s to plan a query.
    const server = spawn(process.execPath, [cliPath, "serve", "--port", String(port)], {
      env: {
        ...process.env,
        NEO4J_URI: neo4j.uri,
        NEWSGRAPH_READ_TIMEOUT_MS: "30000",
        NEWSGRAPH_RATE_LIMIT_REQUESTS: "100000",
        // The burst takes 3 s on a quiet machine and over 10 s (the default grace) on a loaded
        // 2-core one: what is tested is that every request sent is answered, so a long grace.
        NEWSGRAPH_STOP_GRACE_MS: "120000",
      },
      stdio: ["ignore", "ignore", "pipe"],
    });
    let log = "";
    server.stderr!.on("data", (chunk) => (log += chunk));
    const exited = new Promise<number | null>((resolve) => server.once("exit", resolve));
    await waitForOk(`http://127.0.0.1:${port}/health`, 120_000);
    // Once each, so that Neo4j has planned every query before the burst: a busy machine takes
    // seconds per cold plan.
    for (const query of reads) expect((await post(query).answer).body.errors).toBeUndefined();
    expect((await post(ingestMany, { input: [warmUp] }).answer).body.errors).toBeUndefined();

    const requests = [
      ...Array.from({ length: batches }, (_, i) =>
        post(ingestMany, { input: articles.slice(i * perBatch, (i + 1) * perBatch) }),
      ),
      ...Array.from({ length: 16 }, (_, i) => post(reads[i % reads.length])),
    ];
    await Promise.all(requests.map((r) => r.sent));
    await sleep(100); // let the server take them in
    const signalled = events.push("SIGTERM");
    server.kill("SIGTERM");

    // A reset connection fails the test with what the server said (its stderr), to tell why.
    const answers = await Promise.all(requests.map((r) => r.answer)).catch((error: Error) => {
      throw new Error(`${error.message} after ${events.join(", ")}; the server said:\n${log}`);
    });
    const code = await exited;
    for (const answer of answers) expect([answer.status, answer.body.errors]).toEqual([200, undefined]);
    // Some were still running when the signal came, so this tested something.
    expect(answers.filter((a) => a.order > signalled).length).toBeGreaterThan(0);
    // Whole answers all (a stop whose grace ran out would have reset a connection, which
    // fails its request above), then a clean exit.
    expect(code).toBe(0);
    expect(log).toMatch(/SIGTERM: finishing in-flight requests/);

    const statuses = answers
      .slice(0, batches)
      .flatMap((a) => a.body.data.ingestArticles.map((r: { status: string }) => r.status));
    expect(statuses).toEqual(articles.map(() => "CREATED"));
    const graph = async () => (await db.read<{ nodes: string[]; relationships: string[] }>("test/graphKeys"))[0];
    const before = await graph();
    expect(before.nodes.filter((node) => node.endsWith(":Article"))).toHaveLength(1 + articles.length);
    // The re-check: the same articles again change nothing.
    const again = await ingestArticles(db, articles);
    expect(again.map((o) => (o.ok ? o.status : o.error.message))).toEqual(articles.map(() => "UNCHANGED"));
    const after = await graph();
    expect(after.nodes.sort()).toEqual(before.nodes.sort());
    expect(after.relationships.sort()).toEqual(before.relationships.sort());
  }, 300_000);
});
