import { spawn } from "node:child_process";
import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import { cliPath, runCli, servingUrl } from "../support/cli";
import { graphql, waitForOk } from "../support/http";
import { ownPort } from "./faults/ownNeo4j";

/**
 * The CLI's own local Neo4j, in a home of its own on a port of its own (ownPort(9): derived from
 * NEWSGRAPH_TEST_NEO4J_PORT, so two checkouts running their suites at once never share it), so
 * that it never touches the Neo4j the rest of the suite uses. NEO4J_URI is unset for these
 * children; serve listens on a port the system picks (PORT 0) and says which.
 */
const home = fs.mkdtempSync(path.join(os.tmpdir(), "newsgraph-cli-"));
const neo4jPort = ownPort(9);
const env = {
  NEO4J_URI: "",
  NEWSGRAPH_NEO4J_HOME: home,
  NEWSGRAPH_NEO4J_PORT: String(neo4jPort),
  NEWSGRAPH_NEO4J_HEAP_MB: "512",
  NEWSGRAPH_NEO4J_PAGECACHE_MB: "64",
  PORT: "0",
};
const launcherPid = () => JSON.parse(fs.readFileSync(path.join(home, "neo4j.json"), "utf8")).pid as number;
const isAlive = (pid: number) => {
  try {
    return process.kill(pid, 0);
  } catch {
    return false;
  }
};
const exited = (child: ReturnType<typeof spawn>) =>
  new Promise<number | null>((resolve) => child.once("exit", (code) => resolve(code)));
const serve = () =>
  spawn(process.execPath, [cliPath, "serve"], {
    env: { ...process.env, ...env },
    stdio: ["ignore", "pipe", "pipe"],
  });

async function waitUntilGone(pid: number, timeoutMs = 30_000): Promise<boolean> {
  for (const started = Date.now(); Date.now() - started < timeoutMs; await new Promise((r) => setTimeout(r, 200))) {
    if (!isAlive(pid)) return true;
  }
  return false;
}

afterAll(() => {
  runCli(["db", "stop"], env);
  fs.rmSync(home, { recursive: true, force: true });
});

describe("newsgraph db", () => {
  it("starts, reports and stops a real local Neo4j; serve reuses it instead of starting another", async () => {
    const started = runCli(["db", "start"], env);
    expect(started.status).toBe(0);
    expect(started.stdout.trim().split("\n").pop()).toBe(`bolt://127.0.0.1:${neo4jPort}`);
    expect(runCli(["db", "status"], env).stdout.startsWith(`running at bolt://127.0.0.1:${neo4jPort}`)).toBe(true);
    const pid = launcherPid();

    const server = serve();
    let log = "";
    server.stderr!.on("data", (chunk) => (log += chunk));
    await waitForOk(`${await servingUrl(server)}/health`);
    expect(log).not.toMatch(/Starting the local Neo4j/);
    server.kill("SIGTERM");
    expect(await exited(server)).toBe(0);
    expect(isAlive(pid)).toBe(true); // serve did not own it, so it left it running

    expect(runCli(["db", "stop"], env).status).toBe(0);
    expect(await waitUntilGone(pid)).toBe(true);
    const status = runCli(["db", "status"], env);
    expect(status.stdout.trim()).toBe("not running");
    expect(status.status).toBe(3);
  }, 300_000);
});

describe("newsgraph serve without NEO4J_URI", () => {
  it("starts its own Neo4j, answers GraphQL and /health, and a SIGKILL leaves no Neo4j behind", async () => {
    const server = serve();
    const url = await servingUrl(server);
    await waitForOk(`${url}/health`);
    const { body } = await graphql(url, "{ __typename }");
    expect(body).toEqual({ data: { __typename: "Query" } });
    const pid = launcherPid();
    expect(isAlive(pid)).toBe(true);

    server.kill("SIGKILL");
    await exited(server);
    expect(await waitUntilGone(pid)).toBe(true);
  }, 300_000);

  it("stops its Neo4j on SIGTERM and exits 0", async () => {
    const server = serve();
    await waitForOk(`${await servingUrl(server)}/health`);
    const pid = launcherPid();
    server.kill("SIGTERM");
    expect(await exited(server)).toBe(0);
    expect(isAlive(pid)).toBe(false);
  }, 300_000);
});
