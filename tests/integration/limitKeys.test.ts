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
  NEWSGRAPH_MAX_COST: "500",
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

  it("NEWSGRAPH_MAX_COST=500 refuses a cost of 600 and takes 400", async () => {
    const meetings = "query ($n: Int) { meetings(first: $n) { totalCount } }";
    await refusedWith({ query: meetings, variables: { n: 300 } }, /up to 600 items; at most 500 are allowed/);
    expect((await post(url, { query: meetings, variables: { n: 200 } })).status).toBe(200);
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
