import { spawn } from "node:child_process";
import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import { loadConfig } from "../../../src/config";
import { Database } from "../../../src/graph/database";
import { cliPath } from "../../support/cli";
import { testQueries } from "../../support/testQueries";

export interface CliResult {
  status: number | null;
  stdout: string;
  stderr: string;
}

/**
 * Runs the built CLI (`npm run build` first) without blocking the event loop, so that a server
 * running in the test's own process keeps answering meanwhile.
 */
export function cli(args: string[], env: Record<string, string>, timeoutMs = 180_000): Promise<CliResult> {
  return new Promise((resolve) => {
    const child = spawn(process.execPath, [cliPath, ...args], {
      env: { ...process.env, ...env },
      stdio: ["ignore", "pipe", "pipe"],
    });
    let stdout = "";
    let stderr = "";
    child.stdout.on("data", (chunk) => (stdout += chunk));
    child.stderr.on("data", (chunk) => (stderr += chunk));
    const timer = setTimeout(() => child.kill("SIGKILL"), timeoutMs);
    child.once("exit", (status) => {
      clearTimeout(timer);
      resolve({ status, stdout, stderr });
    });
  });
}

/**
 * The port of a test file's own Neo4j: slot n (1, 2 …) above the suite's. With the default suite
 * port these are 7693, 7694 …; a worktree that runs its suite on another NEWSGRAPH_NEO4J_PORT gets
 * ports of its own too (100 apart), so that suites running side by side never share a Neo4j.
 */
export function ownPort(slot: number): number {
  const base = Number(process.env.NEWSGRAPH_TEST_NEO4J_PORT || 7688);
  return base === 7688 ? 7692 + slot : base + 100 * slot;
}

/**
 * A local Neo4j of the test's own, in a temp home on a port of its own (ownPort), run by
 * `newsgraph db start` (detached), so that a test can stop, kill and restart it without touching
 * the suite's Neo4j (NEWSGRAPH_TEST_NEO4J_PORT). `remove()` in afterAll stops it and deletes the home.
 */
export class OwnNeo4j {
  readonly home: string;
  readonly env: Record<string, string>;
  readonly uri: string;

  constructor(readonly port: number) {
    this.home = fs.mkdtempSync(path.join(os.tmpdir(), `newsgraph-faults-${port}-`));
    this.uri = `bolt://127.0.0.1:${port}`;
    this.env = {
      NEO4J_URI: "",
      NEWSGRAPH_NEO4J_HOME: this.home,
      NEWSGRAPH_NEO4J_PORT: String(port),
      NEWSGRAPH_NEO4J_HEAP_MB: "512",
      NEWSGRAPH_NEO4J_PAGECACHE_MB: "64",
    };
  }

  async start(): Promise<void> {
    const result = await cli(["db", "start"], this.env);
    if (result.status !== 0)
      throw new Error(`db start on port ${this.port} failed (${result.status}):\n${result.stderr}`);
  }

  async stop(): Promise<void> {
    await cli(["db", "stop"], this.env);
  }

  /** The Neo4j java process, from `<home>/neo4j.json`. */
  pid(): number {
    return JSON.parse(fs.readFileSync(path.join(this.home, "neo4j.json"), "utf8")).pid as number;
  }

  /** A driver on it, configured as the server's would be (NEO4J_MAX_RETRY_MS and all). */
  connect(env: Record<string, string> = {}): Database {
    return Database.connect(this.uri, loadConfig(env).neo4j, testQueries);
  }

  async remove(): Promise<void> {
    await this.stop();
    fs.rmSync(this.home, { recursive: true, force: true });
  }
}

/** The API limits of a development server, with a rate limit that a test's burst cannot reach. */
export const unthrottled = () =>
  loadConfig({ NEWSGRAPH_RATE_LIMIT_REQUESTS: "10000000", NEWSGRAPH_RATE_LIMIT_COST: "1000000000" }).api;

export const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

export function isAlive(pid: number): boolean {
  try {
    return process.kill(pid, 0);
  } catch {
    return false;
  }
}
