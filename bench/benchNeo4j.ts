import fs from "node:fs";
import path from "node:path";
import neo4j, { type Driver } from "neo4j-driver";
import type { BenchOptions } from "./benchOptions";
import { runNode, type Env } from "./children";

/**
 * The benchmark's Neo4j: NEO4J_URI when set (it must be empty), otherwise a local Neo4j of its
 * own in `.neo4j-bench` (port 7691, 2 GB heap), started with `newsgraph db start` on an empty data
 * folder (or, with --keep-graph, on the one an earlier run left) and stopped with `newsgraph db
 * stop` at the end.
 */
export interface BenchNeo4j {
  uri: string;
  /** The environment every child process gets: NEO4J_URI pointing here. */
  env: Env;
  driver: Driver;
  version: string;
  /** The articles it held when opened: none, unless --keep-graph. */
  articles: number;
  stop(): Promise<void>;
}

export async function openBenchNeo4j(options: BenchOptions, log: (line: string) => void): Promise<BenchNeo4j> {
  const given = process.env.NEO4J_URI?.trim();
  const local: Env = {
    ...process.env,
    NEWSGRAPH_NEO4J_HOME: options.neo4jHome,
    NEWSGRAPH_NEO4J_PORT: String(options.neo4jPort),
    NEWSGRAPH_NEO4J_HEAP_MB: String(options.heapMb),
  };
  let uri = given;
  if (!uri) {
    await runNode(["bin/newsgraph.js", "db", "stop"], local); // a run killed earlier may have left it running
    if (!options.keepGraph) fs.rmSync(path.join(options.neo4jHome, "data"), { recursive: true, force: true });
    log(`starting the benchmark's Neo4j (${options.neo4jHome}, port ${options.neo4jPort}, heap ${options.heapMb} MB)…`);
    const started = await runNode(["bin/newsgraph.js", "db", "start"], local);
    uri = started.stdout.trim().split("\n").pop();
    if (started.code !== 0 || !uri) throw new Error(`newsgraph db start failed:\n${started.stderr}`);
  }
  const driver = neo4j.driver(
    uri,
    neo4j.auth.basic(process.env.NEO4J_USER || "neo4j", process.env.NEO4J_PASSWORD ?? ""),
    {
      disableLosslessIntegers: true,
      logging: { level: "error", logger: () => {} },
    },
  );
  const stop = async () => {
    await driver.close();
    if (!given) {
      await runNode(["bin/newsgraph.js", "db", "stop"], local);
      log("the benchmark's Neo4j has stopped");
    }
  };
  try {
    const articles = (await graphCounts(driver)).Article;
    if (articles > 0 && !options.keepGraph)
      throw new Error(
        `The Neo4j at ${uri} already holds ${articles} articles; the benchmark loads its own corpus and needs an empty database.`,
      );
    const [row] = await read(
      driver,
      "CALL dbms.components() YIELD versions, edition RETURN versions[0] + ' ' + edition AS version",
    );
    return { uri, env: { ...process.env, NEO4J_URI: uri }, driver, version: String(row.version), articles, stop };
  } catch (error) {
    await stop();
    throw error;
  }
}

/** How many nodes of each kind, and relationships, the graph holds (from the count store: cheap). */
export async function graphCounts(driver: Driver): Promise<Record<string, number>> {
  const counts: Record<string, number> = {};
  for (const label of ["Article", "Country", "Person", "Organization", "Meeting", "Statement", "Sanction"]) {
    const [row] = await read(driver, `MATCH (n:${label}) RETURN count(n) AS n`);
    counts[label] = Number(row.n);
  }
  const [rels] = await read(driver, "MATCH ()-[r]->() RETURN count(r) AS n");
  counts.relationships = Number(rels.n);
  return counts;
}

export async function read(
  driver: Driver,
  query: string,
  params: Record<string, unknown> = {},
): Promise<Array<Record<string, unknown>>> {
  const session = driver.session({
    database: process.env.NEO4J_DATABASE || "neo4j",
    defaultAccessMode: neo4j.session.READ,
  });
  try {
    const result = await session.executeRead((tx) => tx.run(query, params));
    return result.records.map((record) => record.toObject());
  } finally {
    await session.close();
  }
}
