import path from "node:path";
import type { BenchOptions } from "./benchOptions";
import { freePort, startServer, type Env, type ServerChild } from "./children";
import { graphqlRequest, load, type LoadResult, type Request } from "./load";
import type { Operation } from "./operations";

/**
 * The query load at one size: each server in turn — the floor, @neo4j/graphql, newsgraph — in its
 * own process, every operation against it, then its peak memory. Servers run one at a time so that
 * they do not compete for the two cores.
 */
export type ServerName = "floor" | "peer" | "newsgraph";

export interface ServerRun {
  name: ServerName;
  peakRssMb: number;
  results: Record<string, LoadResult | { error: string }>;
}

export async function measureQueries(
  ops: readonly Operation[],
  env: Env,
  capturedFile: string,
  options: BenchOptions,
  log: (line: string) => void,
  /** Runs against the newsgraph server after its queries (the per-article ingest). */
  afterNewsgraph: (server: ServerChild) => Promise<void>,
): Promise<ServerRun[]> {
  const runs: ServerRun[] = [];
  const serverEnv = { ...env, NODE_ENV: "production" };
  for (const name of ["floor", "peer", "newsgraph"] as const) {
    const port = await freePort();
    const profile = options.cpuProf && name === "newsgraph" ? ["--cpu-prof", "--cpu-prof-dir", path.join(options.resultsDir, "profiles")] : [];
    const args = {
      floor: ["dist/bench/floorServer.js", capturedFile, String(port)],
      peer: ["dist/bench/peerServer.js", String(port)],
      newsgraph: [...profile, "bin/newsgraph.js", "serve", "--port", String(port)],
    }[name];
    const server = await startServer(name, args, serverEnv, port);
    const run: ServerRun = { name, peakRssMb: 0, results: {} };
    try {
      for (const op of ops) {
        const request: Request =
          name === "floor" ? { url: `${server.url}/${op.name}`, method: "GET" } : graphqlRequest(server.url, name === "peer" ? op.peer : op.newsgraph);
        try {
          const result = await load(request, { connections: options.connections, duration: options.duration, warmup: options.warmup, solo: 2 });
          run.results[op.name] = result;
          log(`  ${name.padEnd(9)} ${op.name.padEnd(12)} p50 ${fixed(result.p50)} ms  p99 ${fixed(result.p99)} ms  ${result.rps.toFixed(0)} req/s  alone ${result.soloP50.toFixed(2)} ms  ${result.errors} errors  ${(result.bytes / 1024).toFixed(1)} KB`);
        } catch (error) {
          run.results[op.name] = { error: (error as Error).message.slice(0, 500) };
          log(`  ${name.padEnd(9)} ${op.name.padEnd(12)} FAILED: ${(error as Error).message.slice(0, 300)}`);
        }
      }
      run.peakRssMb = server.peakRssMb();
      if (name === "newsgraph") await afterNewsgraph(server);
    } finally {
      await server.stop();
    }
    runs.push(run);
  }
  return runs;
}

const fixed = (ms: number) => (ms < 10 ? ms.toFixed(1) : ms.toFixed(0));
