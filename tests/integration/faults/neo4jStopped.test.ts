import { startServer, type Server } from "../../../src/api/server";
import type { Database } from "../../../src/graph/database";
import { warmUp } from "../../../src/graph/warmUp";
import { graphql } from "../../support/http";
import { OwnNeo4j, ownPort, unthrottled } from "./ownNeo4j";

/**
 * Neo4j goes away under a running server and comes back: /health says so, requests fail fast
 * with SERVICE_UNAVAILABLE (and nothing of the driver), and the same server recovers by itself.
 * The Neo4j is this file's own (`db start` in a temp home, ownPort(2)), so stopping it harms no one.
 */
const neo4j = new OwnNeo4j(ownPort(2));
const count = `{ articles(first: 1) { totalCount } }`;
const ingest = `mutation ($input: ArticleInput!) { ingestArticle(input: $input) { status } }`;
const lavrov = {
  id: "stopped-lavrov",
  language: "en",
  publishedAt: "2023-10-19T09:00:00Z",
  text: "Russian Foreign Minister Sergei Lavrov landed in Pyongyang on 18 October 2023 for a two-day visit to North Korea.",
};
/** What a client must never see: driver names and codes, addresses, stack frames. */
const leaks = new RegExp(
  String.raw`Neo4jError|ServiceUnavailable|SessionExpired|ECONNREFUSED|bolt:\/\/|127\.0\.0\.1|${neo4j.port}|\n\s+at |\.[jt]s:\d+`,
);

/** What `work` cost: the sessions opened for a transaction and the pings sent (no clock: the machine is shared). */
async function counted<T>(
  db: Database,
  work: () => Promise<T>,
): Promise<{ attempts: number; pings: number; value: T }> {
  const [attempts, pings] = [db.attemptCount, db.pingCount];
  const value = await work();
  return { attempts: db.attemptCount - attempts, pings: db.pingCount - pings, value };
}

describe("Neo4j stopped while the server runs", () => {
  let db: Database;
  const events: string[] = [];
  let server: Server;
  const health = async () => {
    const response = await fetch(`${server.url}/health`);
    return { status: response.status, body: (await response.json()) as { status: string; reason?: string } };
  };

  beforeAll(async () => {
    await neo4j.start();
    // The server's configuration (NEO4J_MAX_RETRY_MS 3000), with long read and health timeouts: a
    // cold Neo4j on a busy machine can take over 5 s to plan its first queries and over 2 s to answer
    // the first ping after a restart (CI under load: /health 503 once Neo4j was back), and this is
    // not about that. A stopped Neo4j refuses the connection at once.
    db = neo4j.connect({ NEWSGRAPH_READ_TIMEOUT_MS: "30000", NEWSGRAPH_HEALTH_TIMEOUT_MS: "30000" });
    await db.applySchema();
    server = await startServer(db, 0, "127.0.0.1", { api: unthrottled() });
    // What serve does: a Neo4j that comes back has no plans cached, so requests wait for a warm-up.
    db.onReconnect = async () => {
      events.push("warm-up started");
      await warmUp(db);
      events.push("warm-up done");
    };
  }, 180_000);
  afterAll(async () => {
    await server?.stop();
    await db?.close();
    await neo4j.remove();
  }, 120_000);
  // Each test starts on a running Neo4j that the server knows to be up (the tests run in any order).
  let running = true;
  let articles = 0;
  beforeEach(async () => {
    if (!running) await neo4j.start();
    running = true;
    expect((await health()).status).toBe(200);
    // A request waits for the warm-up that a reconnection starts, so none is left running.
    expect((await graphql(server.url, count)).body.errors).toBeUndefined();
  }, 180_000);
  const stop = async () => {
    running = false;
    await neo4j.stop();
  };

  it("answers while Neo4j runs", async () => {
    expect((await health()).status).toBe(200);
    const { body } = await graphql(server.url, count);
    expect(body).toEqual({ data: { articles: { totalCount: articles } } });
  }, 60_000);

  it("fails requests with SERVICE_UNAVAILABLE, without a transaction once one found Neo4j gone, and says 503 with a reason on /health", async () => {
    await stop();
    const expectUnavailable = (body: { data?: unknown; errors?: any[] }) => {
      expect(body.data ?? null).toBeNull();
      expect(body.errors).toHaveLength(1);
      expect(body.errors![0].extensions).toEqual({ code: "SERVICE_UNAVAILABLE" });
      expect(body.errors![0].message).toMatch(/^Neo4j is not reachable/);
      expect(JSON.stringify(body)).not.toMatch(leaks);
    };

    // The first request finds out: its transaction fails, and the ping that follows confirms it.
    const first = await counted(db, () => graphql(server.url, count));
    expectUnavailable(first.value.body);
    expect(first.attempts).toBeGreaterThanOrEqual(1);
    expect(first.pings).toBeGreaterThanOrEqual(1);

    // /health asks once and opens no transaction.
    const health503 = await counted(db, health);
    expect(health503.value.status).toBe(503);
    expect(health503.value.body).toEqual({ status: "unavailable", reason: expect.stringMatching(/Neo4j/) });
    expect(health503.value.body.reason).not.toMatch(leaks);
    expect([health503.attempts, health503.pings]).toEqual([0, 1]);

    // The next ones do not wait out a transaction's retries again: a read and a write each cost one
    // ping (one connection attempt, no retries) and no session.
    for (const [query, variables] of [
      [count, {}],
      [ingest, { input: lavrov }],
    ] as const) {
      const next = await counted(db, () => graphql(server.url, query, variables));
      expectUnavailable(next.value.body);
      expect([next.attempts, next.pings]).toEqual([0, 1]);
    }
  }, 60_000);

  it("recovers without a restart when Neo4j is back on the same home and port, warming it up before the first request runs", async () => {
    await stop();
    expect((await graphql(server.url, count)).body.errors![0].extensions.code).toBe("SERVICE_UNAVAILABLE");
    events.length = 0;
    await neo4j.start();
    running = true;
    expect(events).toEqual([]);
    expect((await health()).status).toBe(200);
    const { body } = await graphql(server.url, ingest, { input: lavrov });
    events.push("first request answered");
    expect(events).toEqual(["warm-up started", "warm-up done", "first request answered"]);
    expect(body).toEqual({ data: { ingestArticle: { status: "CREATED" } } });
    articles = 1;
    expect((await graphql(server.url, count)).body).toEqual({ data: { articles: { totalCount: 1 } } });
  }, 180_000);
});
