import { mixedLoad, retryableCodes, warmRequests } from "../../../bench/mixedLoad";
import { startServer, type Server } from "../../../src/api/server";
import type { Database } from "../../../src/graph/database";
import { warmUp } from "../../../src/graph/warmUp";
import { OwnNeo4j, ownPort, unthrottled } from "./ownNeo4j";

/**
 * 200 concurrent clients, every third one writing (ingesting articles that share states, leaders
 * and quotes, and deleting every other one again), the rest reading the lists with the fields a
 * delete can take away. No answer may be INTERNAL_SERVER_ERROR (deadlocks that outlasted the
 * driver's retries were, 41 of ~440 ingests at 50 clients) or a non-null violation (a statement
 * deleted between a request's reads); every error carries a retryable code. The run is shorter
 * here than the 30 s of `node dist/bench/mixedLoad.js` (NEWSGRAPH_LOAD_SECONDS, default 10), on
 * this file's own Neo4j (ownPort(7)).
 */
const neo4j = new OwnNeo4j(ownPort(7));
const seconds = Number(process.env.NEWSGRAPH_LOAD_SECONDS || 10);

describe("200 clients, one third writing", () => {
  let db: Database;
  let server: Server;

  beforeAll(async () => {
    await neo4j.start();
    db = neo4j.connect();
    await db.applySchema();
    await warmUp(db);
    server = await startServer(db, 0, "127.0.0.1", { api: unthrottled() });
  }, 180_000);
  afterAll(async () => {
    await server?.stop();
    await db?.close();
    await neo4j.remove();
  }, 120_000);

  it(`answers every request, with no INTERNAL_SERVER_ERROR and no non-null violation, for ${seconds} s`, async () => {
    const tag = `mixed-${Date.now()}`;
    await warmRequests(server.url, tag);
    const result = await mixedLoad({ url: server.url, clients: 200, seconds, tag });
    console.log(`mixed load, 200 clients, ${seconds} s: ${JSON.stringify(result)}`);
    expect(result.noAnswer).toBe(0);
    expect(result.nonNull).toBe(0);
    expect(Object.keys(result.codes).filter((code) => !retryableCodes.includes(code))).toEqual([]);
    // It did load the server: writes and reads both got through.
    expect(result.writes).toBeGreaterThan(66);
    expect(result.ok).toBeGreaterThan(0);
  }, 600_000);
});
