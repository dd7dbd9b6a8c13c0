import path from "node:path";
import neo4j, { type Driver } from "neo4j-driver";
import type { BenchOptions } from "./benchOptions";
import { freePort, sleep, startServer, type Env, type ServerChild } from "./children";
import { graphqlRequest, load, warm, type LoadResult, type Request } from "./load";
import type { Operation } from "./operations";

/**
 * The query load at one size: the floor, @neo4j/graphql and newsgraph, each in its own process,
 * loaded one at a time (so that they do not compete for the two cores), then their peak memory.
 */
export const benchApiKey = "newsgraph-bench-key";

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
  const names = ["floor", "peer", "newsgraph"] as const;
  const servers: ServerChild[] = [];
  const runs = names.map((name): ServerRun => ({ name, peakRssMb: 0, results: {} }));
  /** The fixed rate of each operation: a quarter of what the floor sustains, the same for all three. */
  const rates = new Map<string, number>();
  // Production settings, but one client address sends all the load: lift the per-client rate
  // limit (its bookkeeping still runs), and give the per-article ingest a key to write with.
  const serverEnv = {
    ...env,
    NODE_ENV: "production",
    NEWSGRAPH_API_KEYS: benchApiKey,
    NEWSGRAPH_RATE_LIMIT_REQUESTS: "10000000",
    NEWSGRAPH_RATE_LIMIT_COST: "1000000000",
  };
  const neo4jDriver = neo4j.driver(
    env.NEO4J_URI!,
    neo4j.auth.basic(env.NEO4J_USER || "neo4j", env.NEO4J_PASSWORD ?? ""),
    { logging: { level: "error", logger: () => {} } },
  );
  try {
    for (const name of names) {
      const port = await freePort();
      const profile =
        options.cpuProf && name === "newsgraph"
          ? ["--cpu-prof", "--cpu-prof-dir", path.join(options.resultsDir, "profiles")]
          : [];
      const args = {
        floor: ["dist/bench/floorServer.js", capturedFile, String(port)],
        peer: ["dist/bench/peerServer.js", String(port)],
        newsgraph: [...profile, "bin/newsgraph.js", "serve", "--port", String(port)],
      }[name];
      servers.push(await startServer(name, args, serverEnv, port));
    }
    // Operation by operation, the three servers back to back (idle servers cost nothing), so that
    // a machine growing busier or quieter shifts all three alike.
    for (const op of ops) {
      // Neo4j first sees this question here: warm it (plans, page cache, JIT) through the floor, so
      // that the server measured first is not the one that pays for it.
      await warm({ url: `${servers[0].url}/${op.name}`, method: "GET" }, options.connections, options.warmup).catch(
        () => {},
      );
      await sleep(5000);
      for (const [i, server] of servers.entries()) {
        const name = names[i];
        const query = name === "peer" ? op.peer : op.newsgraph;
        if (query === null) continue; // the report says "not run"
        const request: Request =
          name === "floor" ? { url: `${server.url}/${op.name}`, method: "GET" } : graphqlRequest(server.url, query);
        try {
          const rate = name === "floor" ? (rps: number) => (rps >= 4 ? Math.round(rps / 4) : 0) : rates.get(op.name);
          const result = await load(request, {
            connections: options.connections,
            duration: options.duration,
            warmup: options.warmup,
            solo: 2,
            rate,
          });
          if (name === "floor" && result.fixed) rates.set(op.name, result.fixed.rate);
          runs[i].results[op.name] = result;
          const at = result.fixed
            ? `; at ${result.fixed.rate}/s p50 ${ms(result.fixed.p50)} p99 ${ms(result.fixed.p99)} ms, ${result.fixed.errors} errors`
            : "";
          log(
            `  ${name.padEnd(9)} ${op.name.padEnd(12)} p50 ${ms(result.p50)} p99 ${ms(result.p99)} ms ${result.rps.toFixed(0)} req/s ${result.errors} errors, alone p50 ${result.soloP50.toFixed(2)} p99 ${result.soloP99?.toFixed(2)} ms, ${(result.bytes / 1024).toFixed(1)} KB${at}`,
          );
        } catch (error) {
          runs[i].results[op.name] = { error: (error as Error).message.slice(0, 500) };
          log(`  ${name.padEnd(9)} ${op.name.padEnd(12)} FAILED: ${(error as Error).message.slice(0, 300)}`);
        }
        await quiesce(neo4jDriver); // the queries a server left running in Neo4j must not slow the next
      }
    }
    servers.forEach((server, i) => (runs[i].peakRssMb = server.peakRssMb()));
    await afterNewsgraph(servers[names.indexOf("newsgraph")]);
  } finally {
    for (const server of servers) await server.stop();
    await neo4jDriver.close();
  }
  return runs;
}

/** Waits (5 s at least, 2 min at most) until Neo4j runs no transaction but the one asking. */
async function quiesce(driver: Driver): Promise<void> {
  await sleep(5000);
  for (const until = Date.now() + 120_000; Date.now() < until; await sleep(1000)) {
    const { records } = await driver.executeQuery("SHOW TRANSACTIONS YIELD transactionId RETURN count(*) AS running");
    if (Number(records[0].get("running")) <= 1) return;
  }
}

const ms = (value: number) => (value < 10 ? value.toFixed(1) : value.toFixed(0));
