import { spawn, type ChildProcess } from "node:child_process";
import fs from "node:fs";
import http from "node:http";
import net from "node:net";
import { projectRoot } from "../src/config";

/**
 * The benchmark's child processes: the CLI runs it times, and the servers it loads (each in its
 * own process, so the load generator never shares their event loop, and their peak memory is
 * theirs alone).
 */
export type Env = Record<string, string | undefined>;

export interface Finished {
  code: number | null;
  stdout: string;
  stderr: string;
  seconds: number;
}

/** Runs `node args…` in the project folder and collects its output; `echo` copies stderr lines as they come. */
export function runNode(args: string[], env: Env, echo?: (line: string) => void): Promise<Finished> {
  const started = process.hrtime.bigint();
  const child = spawn(process.execPath, args, { cwd: projectRoot, env, stdio: ["ignore", "pipe", "pipe"] });
  let stdout = "";
  let stderr = "";
  child.stdout.on("data", (chunk: Buffer) => (stdout += chunk.toString()));
  child.stderr.on("data", (chunk: Buffer) => {
    stderr += chunk.toString();
    if (echo) for (const line of chunk.toString().split("\n")) if (line.trim()) echo(line);
  });
  return new Promise((resolve, reject) => {
    child.once("error", reject);
    child.once("close", (code) =>
      resolve({ code, stdout, stderr, seconds: Number(process.hrtime.bigint() - started) / 1e9 }),
    );
  });
}

export interface ServerChild {
  name: string;
  pid: number;
  url: string;
  /** Peak resident memory so far (VmHWM), in MB. */
  peakRssMb(): number;
  /** SIGTERM, then waits for the exit (SIGKILL after 20 s). */
  stop(): Promise<void>;
}

/** Starts a server process and resolves once `GET url/health` answers 200. */
export async function startServer(name: string, args: string[], env: Env, port: number): Promise<ServerChild> {
  const child: ChildProcess = spawn(process.execPath, args, {
    cwd: projectRoot,
    env,
    stdio: ["ignore", "ignore", "pipe"],
  });
  let log = "";
  child.stderr!.on("data", (chunk: Buffer) => (log = (log + chunk.toString()).slice(-4000)));
  const exited = new Promise<void>((resolve) => child.once("exit", () => resolve()));
  let gone = false;
  void exited.then(() => (gone = true));
  const url = `http://127.0.0.1:${port}`;
  for (let waited = 0; ; waited += 250) {
    if (gone) throw new Error(`${name} exited during start-up:\n${log}`);
    if ((await status(`${url}/health`)) === 200) break;
    if (waited > 120_000) {
      child.kill("SIGKILL");
      throw new Error(`${name} did not answer ${url}/health within 120 s:\n${log}`);
    }
    await sleep(250);
  }
  return {
    name,
    pid: child.pid!,
    url,
    peakRssMb: () => vmHwmMb(child.pid!),
    async stop() {
      if (gone) return;
      child.kill("SIGTERM");
      const timer = setTimeout(() => child.kill("SIGKILL"), 20_000);
      await exited;
      clearTimeout(timer);
    },
  };
}

/** VmHWM of a live process, in MB (0 when it cannot be read). */
export function vmHwmMb(pid: number): number {
  try {
    const match = /VmHWM:\s+(\d+) kB/.exec(fs.readFileSync(`/proc/${pid}/status`, "utf8"));
    return match ? Math.round(Number(match[1]) / 1024) : 0;
  } catch {
    return 0;
  }
}

/** A TCP port nobody listens on right now. */
export function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const server = net.createServer();
    server.once("error", reject);
    server.listen(0, "127.0.0.1", () => {
      const { port } = server.address() as net.AddressInfo;
      server.close(() => resolve(port));
    });
  });
}

function status(url: string): Promise<number> {
  return new Promise((resolve) => {
    const request = http.get(url, (res) => {
      res.resume();
      resolve(res.statusCode ?? 0);
    });
    request.once("error", () => resolve(0));
    request.setTimeout(2000, () => request.destroy());
  });
}

export const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));
