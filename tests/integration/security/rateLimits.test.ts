import type { Server } from "../../../src/api/server";
import type { Database } from "../../../src/graph/database";
import { testDatabase } from "../../support/database";
import { post, testServer } from "../../support/server";

/**
 * README, Limits: operations per key (or per address, anonymous) per minute, and cost per key per
 * minute, over HTTP against a real server. Each test has a server of its own, so its windows start
 * empty and the tests pass alone and in any order.
 */
const read = { query: "{ status { version } }" };
/** Costs 2 × n (operationCost.test.ts): n = 20 costs 40. */
const costly = (n: number) => ({
  query: "query ($n: Int) { meetings(first: $n) { totalCount } }",
  variables: { n },
});
const bearer = (key: string) => ({ authorization: `Bearer ${key}` });

describe("rate limits over HTTP", () => {
  let db: Database;
  const servers: Server[] = [];
  const server = async (rateLimit: { requests: number; cost: number }) => {
    const started = await testServer(db, { apiKeys: ["key-one", "key-two"], rateLimit });
    servers.push(started);
    return started;
  };
  beforeAll(() => (db = testDatabase()));
  afterAll(async () => {
    for (const started of servers) await started.stop();
    await db.close();
  });

  it("counts operations per key: one key at its limit is refused with 429, another key and an anonymous reader are not", async () => {
    const { url } = await server({ requests: 3, cost: 1_000_000 });
    for (let i = 0; i < 3; i++) expect((await post(url, read, bearer("key-one"))).status).toBe(200);
    const refused = await post(url, read, bearer("key-one"));
    expect(refused.status).toBe(429);
    expect(refused.body.errors![0]).toMatchObject({ extensions: { code: "RATE_LIMITED" } });
    expect(refused.body.errors![0].message).toMatch(/^Too many requests this minute; try again in \d+ s\.$/);
    expect(Number(refused.headers.get("retry-after"))).toBeGreaterThan(0);

    expect((await post(url, read, bearer("key-two"))).status).toBe(200);
    expect((await post(url, read)).status).toBe(200);
  });

  it("counts cost per key: past NEWSGRAPH_RATE_LIMIT_COST items a minute the key is refused with 429, another key is not", async () => {
    const { url } = await server({ requests: 1_000, cost: 100 });
    expect((await post(url, costly(20), bearer("key-one"))).status).toBe(200); // 40
    expect((await post(url, costly(20), bearer("key-one"))).status).toBe(200); // 80
    const refused = await post(url, costly(20), bearer("key-one")); // 120 > 100
    expect(refused.status).toBe(429);
    expect(refused.body.errors![0]).toMatchObject({ extensions: { code: "RATE_LIMITED" } });
    expect(refused.body.errors![0].message).toMatch(/^Too many items asked for this minute; try again in \d+ s\.$/);
    expect(Number(refused.headers.get("retry-after"))).toBeGreaterThan(0);
    // The refused operation counted nothing: 10 more items (cost 20, to 100) still fit.
    expect((await post(url, costly(10), bearer("key-one"))).status).toBe(200);

    expect((await post(url, costly(20), bearer("key-two"))).status).toBe(200);
  });
});
