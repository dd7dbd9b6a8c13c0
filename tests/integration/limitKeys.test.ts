import { spawn, type ChildProcess } from "node:child_process";
import { cliPath } from "../support/cli";
import { freePort, waitForOk } from "../support/http";
import { post } from "../support/server";

/**
 * README, Configuration: the NEWSGRAPH_MAX_* keys reach the server that `newsgraph serve` starts.
 * Each is set far below its default, and an operation the default allows is refused with a
 * message naming the configured value.
 */
const limits = {
  NEWSGRAPH_MAX_DEPTH: "3",
  // Above the schema's size, which an introspection field costs (the answer-bytes test asks for one).
  NEWSGRAPH_MAX_COST: "5000",
  NEWSGRAPH_MAX_ALIASES: "1",
  NEWSGRAPH_MAX_SELECTIONS: "20",
  NEWSGRAPH_MAX_QUERY_BYTES: "300",
  NEWSGRAPH_MAX_BODY_BYTES: "2048",
  NEWSGRAPH_MAX_ANSWER_BYTES: "1024",
};

describe("NEWSGRAPH_MAX_* through newsgraph serve", () => {
  let serve: ChildProcess;
  let url: string;
  beforeAll(async () => {
    const port = await freePort();
    url = `http://127.0.0.1:${port}`;
    // NEO4J_URI (set by the suite's setup) points serve at the suite's Neo4j.
    serve = spawn(process.execPath, [cliPath, "serve", "--port", String(port)], {
      env: { ...process.env, ...limits, NEWSGRAPH_API_KEYS: "", NODE_ENV: "development" },
      stdio: "ignore",
    });
    await waitForOk(`${url}/health`, 60_000);
  }, 90_000);
  afterAll(async () => {
    const exited = new Promise((resolve) => serve.once("exit", resolve));
    serve.kill("SIGTERM");
    await exited;
  });

  const refusedWith = async (body: unknown, message: RegExp) => {
    const response = await post(url, body);
    expect(response.status).toBe(400);
    expect(response.body.errors![0].extensions.code).toBe("QUERY_TOO_COMPLEX");
    expect(response.body.errors![0].message).toMatch(message);
  };

  it("answers a small operation within every limit", async () => {
    const response = await post(url, { query: "{ status { version } }" });
    expect(response.status).toBe(200);
    expect(response.body.data.status.version).toEqual(expect.any(String));
  });

  it("NEWSGRAPH_MAX_DEPTH=3 refuses 4 levels", () =>
    refusedWith({ query: `{ leader(name: "Putin") { meetings { nodes { id } } } }` }, /4 levels deep; at most 3 /));

  it("NEWSGRAPH_MAX_COST=5000 refuses a cost of 6000 and takes 4000", async () => {
    const meetings = "query ($n: Int) { meetings(first: $n) { totalCount } }";
    await refusedWith({ query: meetings, variables: { n: 3000 } }, /up to 6000 items; at most 5000 are allowed/);
    expect((await post(url, { query: meetings, variables: { n: 2000 } })).status).toBe(200);
  });

  it("NEWSGRAPH_MAX_ALIASES=1 refuses 2 aliases", () =>
    refusedWith({ query: "{ a: status { version } b: status { version } }" }, /2 aliases; at most 1 /));

  it("NEWSGRAPH_MAX_SELECTIONS=20 refuses 21 selections", () =>
    refusedWith({ query: `{ status { ${"version ".repeat(20)}} }` }, /21 selections; at most 20 /));

  it("NEWSGRAPH_MAX_QUERY_BYTES=300 refuses 301 bytes of query text", async () => {
    const query = "{ status { version } } #";
    await refusedWith({ query: query + "x".repeat(301 - query.length) }, /301 bytes long, over the limit of 300\./);
  });

  it("NEWSGRAPH_MAX_BODY_BYTES=2048 refuses a 3 KB body with 413", async () => {
    const response = await post(url, { query: "{ status { version } }", variables: { pad: "x".repeat(3000) } });
    expect(response.status).toBe(413);
  });

  it("NEWSGRAPH_MAX_ANSWER_BYTES=1024 refuses the answer listing the schema's type names", () =>
    refusedWith({ query: "{ __schema { types { name } } }" }, /The answer is \d+ bytes, over the limit of 1024:/));
});

/** The same for the keys and rate limits: all in one test, since a wrong key locks the address out for the minute. */
describe("NEWSGRAPH_API_KEYS, _READS_REQUIRE_KEY, _RATE_LIMIT_* and _AUTH_FAILURES_PER_MINUTE through newsgraph serve", () => {
  let serve: ChildProcess;
  let url: string;
  beforeAll(async () => {
    const port = await freePort();
    url = `http://127.0.0.1:${port}`;
    serve = spawn(process.execPath, [cliPath, "serve", "--port", String(port)], {
      env: {
        ...process.env,
        NODE_ENV: "development",
        NEWSGRAPH_API_KEYS: "serve-key",
        NEWSGRAPH_READS_REQUIRE_KEY: "on",
        NEWSGRAPH_RATE_LIMIT_REQUESTS: "3",
        NEWSGRAPH_RATE_LIMIT_COST: "100",
        NEWSGRAPH_AUTH_FAILURES_PER_MINUTE: "1",
      },
      stdio: "ignore",
    });
    await waitForOk(`${url}/health`, 60_000);
  }, 90_000);
  afterAll(async () => {
    const exited = new Promise((resolve) => serve.once("exit", resolve));
    serve.kill("SIGTERM");
    await exited;
  });

  it("needs the key to read, counts 3 operations and 100 items a minute per key, and locks the address after 1 wrong key", async () => {
    const key = { authorization: "Bearer serve-key" };
    const meetings = (n: number) => ({
      query: "query ($n: Int) { meetings(first: $n) { totalCount } }",
      variables: { n },
    });
    const codeOf = (response: Awaited<ReturnType<typeof post>>) => response.body.errors?.[0]?.extensions.code;

    const anonymous = await post(url, { query: "{ status { version } }" });
    expect([anonymous.status, codeOf(anonymous)]).toEqual([401, "UNAUTHENTICATED"]);

    expect((await post(url, meetings(20), key)).status).toBe(200); // 1 operation, 40 items
    const costly = await post(url, meetings(40), key); // 2 operations, 40 + 80 items > 100
    expect([costly.status, codeOf(costly)]).toEqual([429, "RATE_LIMITED"]);
    expect(costly.body.errors![0].message).toMatch(/^Too many items asked for this minute/);
    expect((await post(url, { query: "{ status { version } }" }, key)).status).toBe(200); // 3 operations
    const fourth = await post(url, { query: "{ status { version } }" }, key);
    expect([fourth.status, codeOf(fourth)]).toEqual([429, "RATE_LIMITED"]);
    expect(fourth.body.errors![0].message).toMatch(/^Too many requests this minute/);

    const wrong = await post(url, { query: "{ status { version } }" }, { authorization: "Bearer wrong-key" });
    expect([wrong.status, codeOf(wrong)]).toEqual([401, "UNAUTHENTICATED"]);
    const again = await post(url, { query: "{ status { version } }" }, { authorization: "Bearer wrong-key" });
    expect([again.status, codeOf(again)]).toEqual([429, "RATE_LIMITED"]);
    expect(again.body.errors![0].message).toMatch(/^Too many wrong API keys from this address this minute/);
  });
});
