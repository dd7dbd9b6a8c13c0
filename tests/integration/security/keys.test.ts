import type { Database } from "../../../src/graph/database";
import type { Server } from "../../../src/api/server";
import { runCli } from "../../support/cli";
import { testDatabase } from "../../support/database";
import { post, testServer } from "../../support/server";

const run = `keys-${Date.now()}`;
const ingest = (id: string) => ({
  query: `mutation ($input: ArticleInput!) { ingestArticle(input: $input) { status } }`,
  variables: { input: { id, language: "en", text: "Sergei Lavrov met Kim Jong Un in Pyongyang on Thursday." } },
});

describe("API keys and rate limits", () => {
  let db: Database;
  let keyed: Server;
  let closed: Server;
  let limited: Server;
  beforeAll(async () => {
    db = testDatabase();
    keyed = await testServer(db, { apiKeys: ["first-key", "second-key"] });
    closed = await testServer(db, { apiKeys: ["first-key"], readsRequireKey: true });
    limited = await testServer(db, { rateLimit: { requests: 3, cost: 1_000_000 } });
  });
  afterAll(async () => {
    await post(
      keyed.url,
      { query: `mutation { a: deleteArticle(id: "${run}-1") b: deleteArticle(id: "${run}-2") }` },
      { authorization: "Bearer first-key" },
    );
    for (const server of [keyed, closed, limited]) await server.stop();
    await db.close();
  });

  it("needs a key to change the graph, and takes any configured key", async () => {
    const none = await post(keyed.url, ingest(`${run}-1`));
    expect(none.status).toBe(401);
    expect(none.body.errors![0]).toMatchObject({ extensions: { code: "UNAUTHENTICATED" } });
    expect(none.body.errors![0].message).toMatch(/needs an API key: send `Authorization: Bearer <key>`/);

    const wrong = await post(keyed.url, ingest(`${run}-1`), { authorization: "Bearer first-kez" });
    expect(wrong.status).toBe(401);
    expect(wrong.body.errors![0].message).toBe("The API key in the Authorization header is not valid.");
    expect(await db.read("articlesById", { ids: [`${run}-1`] })).toEqual([]);

    const first = await post(keyed.url, ingest(`${run}-1`), { authorization: "Bearer first-key" });
    expect(first.body.data.ingestArticle.status).toBe("CREATED");
    const second = await post(keyed.url, ingest(`${run}-2`), { authorization: "bearer second-key" });
    expect(second.body.data.ingestArticle.status).toBe("CREATED");
  });

  it("leaves reads open by default, and closes them when configured", async () => {
    expect((await post(keyed.url, { query: "{ status { version } }" })).status).toBe(200);
    const closedRead = await post(closed.url, { query: "{ status { version } }" });
    expect(closedRead.status).toBe(401);
    expect(closedRead.body.errors![0].message).toMatch(/Reading the graph needs an API key/);
    expect(
      (await post(closed.url, { query: "{ status { version } }" }, { authorization: "Bearer first-key" })).status,
    ).toBe(200);
  });

  it("answers an anonymous reader 429 with RATE_LIMITED and Retry-After past its address's per-minute limit", async () => {
    const statuses: number[] = [];
    let last: Awaited<ReturnType<typeof post>> | undefined;
    for (let i = 0; i < 4; i++) {
      last = await post(limited.url, { query: "{ status { version } }" });
      statuses.push(last.status);
    }
    expect(statuses).toEqual([200, 200, 200, 429]);
    expect(Number(last!.headers.get("retry-after"))).toBeGreaterThan(0);
    expect(last!.body.errors![0]).toMatchObject({ extensions: { code: "RATE_LIMITED" } });
    expect(last!.body.errors![0].message).toMatch(/try again in \d+ s/);
  });
});

describe("serve without keys", () => {
  it("refuses to start in production", () => {
    const result = runCli(["serve", "--port", "4198"], { NODE_ENV: "production", NEWSGRAPH_API_KEYS: "" });
    expect(result.status).toBe(1);
    expect(result.stderr.trim()).toBe(
      "newsgraph: NEWSGRAPH_API_KEYS is empty, and in production mutations must need a key: set one or more keys (comma-separated).",
    );
  });
});
