import { spawn, type ChildProcess } from "node:child_process";
import type { Database } from "../../src/graph/database";
import { cliPath, servingUrl } from "../support/cli";
import { testDatabase } from "../support/database";
import { graphql, waitForOk } from "../support/http";

/**
 * Two `serve` processes on the suite's one Neo4j, as a fleet behind a load balancer runs them:
 * they keep no state of their own but the rate limiter, so they answer alike, and the uniqueness
 * constraints (not the process) keep concurrent ingests of one article from making copies.
 * Each is a child of this process (signals reach it directly) and listens where the system puts it (PORT 0).
 */
const concurrency = 16;
const run = `two-instances-${Date.now()}`;
/** Written for this test about the 2023 summit in the Russian Far East. */
const summit = {
  id: `${run}-summit`,
  language: "en",
  publishedAt: "2023-09-14T08:00:00Z",
  title: "Kim and Putin talk at a Russian launch site",
  text: "North Korean leader Kim Jong Un met Russian President Vladimir Putin on 13 September 2023 at the Vostochny Cosmodrome. The United States warned North Korea against selling arms to Russia.",
};
const ingestOne = `mutation ($input: ArticleInput!) { ingestArticle(input: $input) { status facts article { id } } }`;
const readBack = `query ($id: ID!) { article(id: $id) { id title publishedAt ingestedAt facts { id __typename } } }`;

type Twins = { nodes: string[]; relationships: string[]; names: string[] };
type Reported = { id: string; kind: string; sources: string[] };

const exited = (child: ChildProcess) =>
  child.exitCode !== null ? Promise.resolve(child.exitCode) : new Promise((resolve) => child.once("exit", resolve));

describe("two serve processes on one Neo4j", () => {
  const children: ChildProcess[] = [];
  const urls: string[] = [];
  let db: Database;
  // The tests run in a random order: each brings the graph to the state it starts from.
  const remove = () => graphql(urls[0], `mutation { deleteArticle(id: "${summit.id}") }`);

  beforeAll(async () => {
    db = testDatabase();
    for (let i = 0; i < 2; i++) {
      const child = spawn(process.execPath, [cliPath, "serve"], {
        // NEO4J_URI is the suite's Neo4j (globalSetup); no API keys, so ingestArticle is open. A
        // generous read timeout: a cold Neo4j on 2 busy cores takes seconds to plan a query, and
        // this file is about what the two answer, not about the 5 s read limit.
        env: {
          ...process.env,
          PORT: "0",
          NEWSGRAPH_API_KEYS: "",
          NODE_ENV: "development",
          NEWSGRAPH_READ_TIMEOUT_MS: "60000",
        },
        stdio: ["ignore", "ignore", "pipe"],
      });
      children.push(child);
      urls.push(await servingUrl(child));
    }
    for (const url of urls) await waitForOk(`${url}/health`);
  }, 180_000);

  afterAll(async () => {
    if (urls[0]) await remove();
    for (const child of children) {
      child.kill("SIGTERM");
      await exited(child);
    }
    await db?.close();
  }, 60_000);

  it("are two processes on two ports", () => {
    expect(new Set(children.map((child) => child.pid)).size).toBe(2);
    expect(new Set(urls).size).toBe(2);
  });

  it("create an article once when 16 ingests of it are split across both", async () => {
    await remove();
    const answers = await Promise.all(
      Array.from({ length: concurrency }, (_, i) => graphql(urls[i % 2], ingestOne, { input: summit })),
    );
    for (const answer of answers) expect(answer.body.errors).toBeUndefined();
    const statuses = answers.map((answer) => answer.body.data.ingestArticle.status).sort();
    expect(statuses).toEqual(["CREATED", ...Array(concurrency - 1).fill("UNCHANGED")]);

    expect(await db.read<Twins>("test/twins")).toEqual([{ nodes: [], relationships: [], names: [] }]);
    const reported = await db.read<Reported>("test/factsReported", { ids: [summit.id] });
    const created = answers.find((answer) => answer.body.data.ingestArticle.status === "CREATED");
    expect(reported.length).toBe(created!.body.data.ingestArticle.facts);
    expect(reported.length).toBeGreaterThan(0);
    // Each fact lists the article once among its sources: one REPORTS, not one per ingest.
    for (const fact of reported) expect(fact.sources).toEqual([summit.id]);
  }, 180_000);

  it("give the same answer to the same query", async () => {
    await graphql(urls[1], ingestOne, { input: summit });
    const [first, second] = await Promise.all(urls.map((url) => graphql(url, readBack, { id: summit.id })));
    expect(first.body.errors).toBeUndefined();
    expect(first.body.data.article.id).toBe(summit.id);
    expect(first.body.data.article.facts.length).toBeGreaterThan(0);
    expect(second.body).toEqual(first.body);
  }, 60_000);
});
