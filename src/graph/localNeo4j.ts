import { spawn, spawnSync, type ChildProcess } from "node:child_process";
import fs from "node:fs";
import net from "node:net";
import path from "node:path";
import { projectRoot, type Config } from "../config";
import { ConfigError } from "../errors";

/**
 * The local Neo4j: Neo4j 5.26 Community, the real engine, run by the machine's Java from the
 * `org.neo4j` artifacts that Maven fetches (neo4j/pom.xml, neo4j/src/.../Launcher.java).
 *
 * Two ways to own one:
 * - attached (`serve`, tests): the launcher exits when our stdin pipe closes, so even a
 *   SIGKILLed parent leaves no Neo4j behind;
 * - detached (`db start`): runs until `db stop`.
 * A running local Neo4j (state file + port answering) is reused rather than started twice.
 */
type Settings = Config["localNeo4j"];

interface State {
  pid: number;
  port: number;
  uri: string;
}

export interface LocalNeo4j {
  uri: string;
  /** True when this process started it (and so stops it). */
  owned: boolean;
  stop(): Promise<void>;
}

const alternatives = "or run `docker compose up`, or set NEO4J_URI to a Neo4j you already have";
/** Built once per checkout; every local Neo4j home shares it. */
const buildDir = path.join(projectRoot, ".neo4j", "build");
const files = (s: Settings) => ({
  classpath: path.join(buildDir, "classpath.txt"),
  classes: path.join(buildDir, "classes"),
  data: path.join(s.home, "data"),
  log: path.join(s.home, "neo4j.log"),
  state: path.join(s.home, "neo4j.json"),
});

/** Fetches the Neo4j artifacts and compiles the launcher, once. */
export function install(s: Settings, log: (line: string) => void = () => {}): void {
  const f = files(s);
  if (fs.existsSync(f.classpath) && fs.existsSync(path.join(f.classes, "newsgraph", "Launcher.class"))) return;
  requireTool("java", ["-version"], "Java 17 or newer");
  requireTool("mvn", ["-v"], "Maven");
  log("Fetching Neo4j 5.26 with Maven (first run only)…");
  const pom = path.join(projectRoot, "neo4j", "pom.xml");
  const build = spawnSync("mvn", ["-q", "-B", "-f", pom, `-Dneo4j.buildDir=${buildDir}`, "compile"], {
    encoding: "utf8",
  });
  if (build.status !== 0) {
    const errors = `${build.stdout}${build.stderr}`
      .split("\n")
      .filter((line) => line.startsWith("[ERROR]"))
      .slice(0, 5)
      .join("\n");
    throw new ConfigError(
      `Maven could not fetch or build the local Neo4j from ${pom} (its errors follow); fix that, ${alternatives}.\n${errors}`,
    );
  }
}

/** The running local Neo4j, if any. */
export async function status(s: Settings): Promise<State | undefined> {
  const state = readState(files(s).state);
  if (!state || !isAlive(state.pid)) return undefined;
  return (await portAnswers(state.port)) ? state : undefined;
}

/** Reuses a running local Neo4j, or starts one and waits until Bolt accepts connections. */
export async function start(
  s: Settings,
  mode: "attached" | "detached",
  log: (line: string) => void = () => {},
): Promise<LocalNeo4j> {
  const running = await status(s);
  if (running) return { uri: running.uri, owned: false, stop: async () => {} };
  if (await portAnswers(s.boltPort)) {
    throw new ConfigError(
      `Port ${s.boltPort} is taken by another program, so the local Neo4j cannot listen there; set NEWSGRAPH_NEO4J_PORT to a free port, ${alternatives}.`,
    );
  }
  install(s, log);
  const f = files(s);
  fs.mkdirSync(f.data, { recursive: true });
  const logFd = fs.openSync(f.log, "w");
  const classpath = `${f.classes}${path.delimiter}${fs.readFileSync(f.classpath, "utf8").trim()}`;
  const args = [
    `-Xmx${s.heapMb}m`,
    "-XX:+UseG1GC",
    "-cp",
    classpath,
    "newsgraph.Launcher",
    f.data,
    String(s.boltPort),
    String(s.pageCacheMb),
  ];
  if (mode === "attached") args.push("--exit-with-stdin");
  log(`Starting the local Neo4j on 127.0.0.1:${s.boltPort} (data in ${f.data})…`);
  const child = spawn("java", args, {
    stdio: [mode === "attached" ? "pipe" : "ignore", logFd, logFd],
    detached: mode === "detached",
  });
  fs.closeSync(logFd);
  const uri = `bolt://127.0.0.1:${s.boltPort}`;
  await waitUntilReady(child, f.log, s.startTimeoutMs);
  fs.writeFileSync(f.state, JSON.stringify({ pid: child.pid, port: s.boltPort, uri }));
  // Neither kind keeps our event loop alive; an attached one still ends when we do.
  child.unref();
  (child.stdin as (NodeJS.WritableStream & { unref?: () => void }) | null)?.unref?.();
  return { uri, owned: true, stop: () => stopProcess(child.pid!, f.state) };
}

/** Stops the local Neo4j that `db start` (or anyone) started; true when one was running. */
export async function stop(s: Settings): Promise<boolean> {
  const f = files(s);
  const state = readState(f.state);
  if (!state || !isAlive(state.pid)) {
    fs.rmSync(f.state, { force: true });
    return false;
  }
  await stopProcess(state.pid, f.state);
  return true;
}

async function stopProcess(pid: number, stateFile: string): Promise<void> {
  try {
    process.kill(pid, "SIGTERM");
  } catch {
    // Already gone.
  }
  for (let waited = 0; isAlive(pid) && waited < 60_000; waited += 200) await sleep(200);
  if (isAlive(pid)) process.kill(pid, "SIGKILL");
  // The state file belongs to the Neo4j it names: ours may have died (killed) and another one,
  // started since on the same home (`db start`), written its own there, which must stay.
  if (readState(stateFile)?.pid === pid) fs.rmSync(stateFile, { force: true });
}

async function waitUntilReady(child: ChildProcess, logFile: string, timeoutMs: number): Promise<void> {
  let exited: number | null = null;
  child.once("exit", (code) => (exited = code ?? -1));
  child.once("error", () => (exited = -1));
  for (let waited = 0; waited < timeoutMs; waited += 250) {
    if (fs.readFileSync(logFile, "utf8").includes("READY bolt://")) return;
    if (exited !== null) {
      const tail = fs.readFileSync(logFile, "utf8").trim().split("\n").slice(-8).join("\n");
      throw new ConfigError(
        `The local Neo4j exited during start-up (code ${exited}); its log ${logFile} ends with:\n${tail}`,
      );
    }
    await sleep(250);
  }
  child.kill("SIGKILL");
  throw new ConfigError(`The local Neo4j did not accept connections within ${timeoutMs / 1000} s; see ${logFile}.`);
}

function requireTool(command: string, args: string[], what: string): void {
  const probe = spawnSync(command, args, { stdio: "ignore" });
  if (probe.error) {
    throw new ConfigError(
      `${what} is needed to run the local Neo4j, and \`${command}\` was not found on PATH; install it, ${alternatives}.`,
    );
  }
}

function readState(file: string): State | undefined {
  try {
    return JSON.parse(fs.readFileSync(file, "utf8")) as State;
  } catch {
    return undefined;
  }
}

function isAlive(pid: number): boolean {
  try {
    process.kill(pid, 0);
    return true;
  } catch {
    return false;
  }
}

function portAnswers(port: number): Promise<boolean> {
  return new Promise((resolve) => {
    const socket = net.connect({ host: "127.0.0.1", port });
    socket.once("connect", () => (socket.destroy(), resolve(true)));
    socket.once("error", () => resolve(false));
  });
}

const sleep = (ms: number) => new Promise((r) => setTimeout(r, ms));
