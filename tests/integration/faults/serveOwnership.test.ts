import { spawn } from "node:child_process";
import fs from "node:fs";
import path from "node:path";
import { projectRoot } from "../../../src/config";
import { cliPath, servingUrl } from "../../support/cli";
import { waitForOk } from "../../support/http";
import { cli, isAlive, OwnNeo4j, ownPort, sleep } from "./ownNeo4j";

/**
 * What `serve` owns: the local Neo4j it started (its state file), and nothing past its own life.
 * - The repro: serve starts a Neo4j; that Java is killed; `db start` starts another on the
 *   same home; SIGTERM to serve must leave the other's state file (it removed it: `db status`
 *   then said "not running" of a running Neo4j, and the next serve found the port taken).
 * - Its parent dies (an `npm exec` / `npx` wrapper SIGTERMed passes the signal to its shell only):
 *   serve stops, and its Neo4j with it (both ran on, orphaned).
 * This file's own Neo4j home and port (ownPort(6)); serve on an HTTP port the system picks.
 */
const neo4j = new OwnNeo4j(ownPort(6));
const env = { ...neo4j.env, NEWSGRAPH_READ_TIMEOUT_MS: "30000", PORT: "0" };

/** The /proc parent of a process. */
const parentOf = (pid: number) =>
  Number(
    fs
      .readFileSync(`/proc/${pid}/stat`, "utf8")
      .replace(/^.*\) /, "")
      .split(" ")[1],
  );

async function gone(pid: number, ms: number): Promise<boolean> {
  for (let waited = 0; waited < ms; waited += 250) {
    if (!isAlive(pid)) return true;
    await sleep(250);
  }
  return !isAlive(pid);
}

describe("what serve owns", () => {
  const strays: number[] = [];
  afterAll(async () => {
    for (const pid of strays) if (isAlive(pid)) process.kill(pid, "SIGKILL");
    await neo4j.remove();
  }, 120_000);

  it("leaves the state file of a Neo4j it did not start (the issue's repro)", async () => {
    const serve = spawn(process.execPath, [cliPath, "serve"], {
      env: { ...process.env, ...env },
      stdio: ["ignore", "ignore", "pipe"],
    });
    strays.push(serve.pid!);
    const exited = new Promise((resolve) => serve.once("exit", resolve));
    await waitForOk(`${await servingUrl(serve)}/health`, 60_000);
    const started = neo4j.pid();
    strays.push(started);
    process.kill(started, "SIGKILL");
    expect(await gone(started, 30_000)).toBe(true);

    await neo4j.start(); // `db start`: another Neo4j on the same home, state file and all
    const other = neo4j.pid();
    strays.push(other);
    expect(other).not.toBe(started);

    serve.kill("SIGTERM");
    await exited;
    expect(neo4j.pid()).toBe(other);
    const status = await cli(["db", "status"], neo4j.env);
    expect(status.status).toBe(0);
    await neo4j.stop();
    expect(await gone(other, 60_000)).toBe(true);
  }, 300_000);

  it("stops, and stops its Neo4j, when the npm exec wrapper that started it is SIGTERMed", async () => {
    const wrapper = spawn("npm", ["exec", "--offline", "--", "node", cliPath, "serve"], {
      cwd: projectRoot,
      env: { ...process.env, ...env },
      stdio: ["ignore", "ignore", "pipe"],
    });
    strays.push(wrapper.pid!);
    await waitForOk(`${await servingUrl(wrapper)}/health`, 120_000);
    const java = neo4j.pid();
    const serve = parentOf(java);
    strays.push(java, serve);
    // npm → sh → node: serve is not the wrapper itself, which is the point.
    expect(serve).not.toBe(wrapper.pid);
    expect(fs.readFileSync(`/proc/${serve}/cmdline`, "utf8")).toContain(path.basename(cliPath));

    wrapper.kill("SIGTERM");
    expect(await gone(serve, 60_000)).toBe(true);
    expect(await gone(java, 60_000)).toBe(true);
    expect(fs.existsSync(path.join(neo4j.home, "neo4j.json"))).toBe(false);
  }, 300_000);
});
