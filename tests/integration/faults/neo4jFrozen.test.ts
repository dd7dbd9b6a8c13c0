import fs from "node:fs";
import { startServer, type Server } from "../../../src/api/server";
import type { Database } from "../../../src/graph/database";
import { warmUp } from "../../../src/graph/warmUp";
import { graphql } from "../../support/http";
import { OwnNeo4j, ownPort, sleep, unthrottled } from "./ownNeo4j";

/**
 * A Neo4j that does not answer at all (SIGSTOP: its port still accepts connections, nothing comes
 * back, so its own transaction timeouts never fire). Every request must still end, with TIMEOUT,
 * and /health say 503 — while Neo4j is still stopped: each assertion reads the process state
 * ('T') after the answer came. Before the client-side deadlines they hung until SIGCONT.
 * This file's own Neo4j (ownPort(5)), so stopping it harms no one.
 */
const neo4j = new OwnNeo4j(ownPort(5));
const list = `{ statements(first: 5) { totalCount nodes { id speaker { name } } } }`;
const ingest = `mutation ($input: ArticleInput!) { ingestArticle(input: $input) { status } }`;
const lavrov = {
  id: "frozen-lavrov",
  language: "en",
  publishedAt: "2023-10-19T09:00:00Z",
  text: "Russian Foreign Minister Sergei Lavrov landed in Pyongyang on 18 October 2023 for a two-day visit to North Korea.",
};
/** How long a request may hang before we call it hung: far past every deadline configured below. */
const hung = 60_000;

/** The process state letter of /proc/<pid>/stat: T when stopped. */
const state = (pid: number) => fs.readFileSync(`/proc/${pid}/stat`, "utf8").replace(/^.*\) /, "")[0];

/**
 * SIGSTOP, then wait until every thread of the process has stopped: the signal is delivered
 * asynchronously, and on a busy machine a thread still running could answer the next request.
 */
async function freeze(pid: number): Promise<void> {
  process.kill(pid, "SIGSTOP");
  const threads = () => fs.readdirSync(`/proc/${pid}/task`).map((tid) => state(Number(tid)));
  for (const until = Date.now() + 5_000; threads().some((s) => s !== "T") && Date.now() < until;)
    await new Promise((resolve) => setTimeout(resolve, 5));
}

/** `work`'s value, or "still waiting" after `ms`. */
const within = <T>(work: Promise<T>, ms: number) =>
  Promise.race([work, sleep(ms).then(() => "still waiting" as const)]);

describe("Neo4j frozen (SIGSTOP) while the server runs", () => {
  let db: Database;
  let server: Server;
  let pid: number;

  beforeAll(async () => {
    await neo4j.start();
    pid = neo4j.pid();
    // The schema and the query plans first, with time to spare: a cold Neo4j on a busy machine
    // takes seconds, and this file is about a Neo4j that never answers, not a slow one.
    const patient = neo4j.connect({ NEWSGRAPH_READ_TIMEOUT_MS: "60000", NEWSGRAPH_WRITE_TIMEOUT_MS: "60000" });
    await patient.applySchema();
    await warmUp(patient);
    await patient.close();
    db = neo4j.connect({ NEWSGRAPH_HEALTH_TIMEOUT_MS: "1000" });
    server = await startServer(db, 0, "127.0.0.1", { api: unthrottled() });
    // Once while it answers: the pool then holds open connections, as a running server's does.
    expect((await graphql(server.url, list)).body.errors).toBeUndefined();
  }, 180_000);
  afterAll(async () => {
    if (pid) process.kill(pid, "SIGCONT");
    await server?.stop();
    await db?.close();
    await neo4j.remove();
  }, 120_000);

  it(
    "answers a read with TIMEOUT, /health with 503, then a write with SERVICE_UNAVAILABLE at once, while Neo4j is still stopped",
    async () => {
      await freeze(pid);
      try {
        const read = await within(graphql(server.url, list), hung);
        expect(state(pid)).toBe("T");
        expect(read).not.toBe("still waiting");
        const { body } = read as Awaited<ReturnType<typeof graphql>>;
        expect(body.data ?? null).toBeNull();
        expect(body.errors?.map((e: { extensions: { code: string } }) => e.extensions.code)).toEqual(["TIMEOUT"]);

        const health = await within(
          fetch(`${server.url}/health`).then(async (r) => ({ status: r.status, body: await r.json() })),
          hung,
        );
        expect(state(pid)).toBe("T");
        expect(health).toEqual({
          status: 503,
          body: { status: "unavailable", reason: "Neo4j did not answer within 1000 ms." },
        });

        // /health found it unreachable: the next request pings first (its own short deadline) and fails.
        const write = await within(graphql(server.url, ingest, { input: lavrov }), hung);
        expect(state(pid)).toBe("T");
        expect(write).not.toBe("still waiting");
        expect((write as Awaited<ReturnType<typeof graphql>>).body.errors).toEqual([
          expect.objectContaining({
            message: "Neo4j did not answer within 1000 ms.",
            extensions: { code: "SERVICE_UNAVAILABLE" },
          }),
        ]);
      } finally {
        process.kill(pid, "SIGCONT");
      }
    },
    3 * hung,
  );

  it("finds it frozen on a connection that has only logged on (a ping asks the server itself)", async () => {
    // A fresh pool: the first ping opens a connection (HELLO, LOGON) and leaves it idle. The
    // driver's getServerInfo answered from such a connection without a round trip.
    const fresh = neo4j.connect({ NEWSGRAPH_HEALTH_TIMEOUT_MS: "1000" });
    try {
      await fresh.ping();
      await freeze(pid);
      try {
        await expect(fresh.ping()).rejects.toThrow("Neo4j did not answer within 1000 ms.");
        expect(state(pid)).toBe("T");
      } finally {
        process.kill(pid, "SIGCONT");
      }
    } finally {
      await fresh.close();
    }
  }, 120_000);

  it("answers again once Neo4j does", async () => {
    // Found unreachable first, as above (this test may run first: jest runs a file's tests in any order).
    await freeze(pid);
    try {
      expect((await fetch(`${server.url}/health`)).status).toBe(503);
    } finally {
      process.kill(pid, "SIGCONT");
    }
    const { body } = await graphql(server.url, ingest, { input: lavrov });
    expect(body).toEqual({ data: { ingestArticle: { status: "CREATED" } } });
    expect((await fetch(`${server.url}/health`)).status).toBe(200);
  }, 120_000);
});
