import path from "node:path";
import { parseArgs } from "node:util";
import { projectRoot } from "../src/config";

/** `npm run bench -- [flags]`; every flag has a default that finishes well under an hour on 2 cores. */
export interface BenchOptions {
  /** Article counts to measure at, ascending; loading is cumulative. */
  sizes: number[];
  seed: number;
  /** Seconds of measured load per query and server, after `warmup` seconds. */
  duration: number;
  warmup: number;
  connections: number;
  /** Articles ingested one by one through the GraphQL mutation, at each size. */
  perArticle: number;
  /** Articles per batch size tried at the first size, in two rounds (0: no sweep), and the sizes tried. */
  sweep: number;
  batchSizes: number[];
  /** The CLI's --batch-size for the main loads; undefined: the CLI's default. */
  batchSize: number | undefined;
  /** Bolt port and folder of the benchmark's own Neo4j (unless NEO4J_URI is set). */
  neo4jPort: number;
  neo4jHome: string;
  heapMb: number;
  /** Write a CPU profile of the newsgraph server (node --cpu-prof) into bench/results/profiles. */
  cpuProf: boolean;
  /**
   * Start from the graph an earlier run with the same seed left in the benchmark's Neo4j (its first
   * N articles of the corpus), loading only what a size lacks: to measure queries again without
   * loading 100,000 articles again. Its ingest numbers then cover only what was loaded.
   */
  keepGraph: boolean;
  /** Only these operations (default: all). */
  only: string[] | undefined;
  /** Where the corpus files go. */
  corpusDir: string;
  resultsDir: string;
}

const usage = `npm run bench -- [--sizes 10000,100000] [--duration 15] [--warmup 5] [--connections 50]
  [--seed 1] [--per-article 300] [--sweep 4000] [--batch-sizes 25,50,100,250,500] [--batch-size N]
  [--neo4j-port 7691] [--heap-mb 2048] [--cpu-prof] [--keep-graph] [--only country,meetings,statements,relationship,series,connections,changes]`;

export function benchOptions(argv = process.argv.slice(2)): BenchOptions {
  const { values } = parseArgs({
    args: argv,
    options: {
      sizes: { type: "string", default: "10000,100000" },
      seed: { type: "string", default: "1" },
      duration: { type: "string", default: "15" },
      warmup: { type: "string", default: "5" },
      connections: { type: "string", default: "50" },
      "per-article": { type: "string", default: "300" },
      sweep: { type: "string", default: "4000" },
      "batch-sizes": { type: "string", default: "25,50,100,250,500" },
      "batch-size": { type: "string" },
      "neo4j-port": { type: "string", default: process.env.NEWSGRAPH_NEO4J_PORT || "7691" },
      "heap-mb": { type: "string", default: "2048" },
      "cpu-prof": { type: "boolean", default: false },
      "keep-graph": { type: "boolean", default: false },
      only: { type: "string" },
      help: { type: "boolean", default: false },
    },
  });
  if (values.help) {
    console.log(usage);
    process.exit(0);
  }
  const list = (name: string, raw: string) => raw.split(",").map((part) => whole(name, part.trim(), 1));
  const sizes = list("--sizes", values.sizes!);
  if (sizes.some((size, i) => i > 0 && size <= sizes[i - 1]))
    throw new Error("--sizes must be ascending, e.g. 10000,100000.");
  return {
    sizes,
    seed: whole("--seed", values.seed!, 0),
    duration: whole("--duration", values.duration!, 1),
    warmup: whole("--warmup", values.warmup!, 0),
    connections: whole("--connections", values.connections!, 1),
    perArticle: whole("--per-article", values["per-article"]!, 0),
    sweep: whole("--sweep", values.sweep!, 0),
    batchSizes: list("--batch-sizes", values["batch-sizes"]!),
    batchSize: values["batch-size"] === undefined ? undefined : whole("--batch-size", values["batch-size"], 1),
    neo4jPort: whole("--neo4j-port", values["neo4j-port"]!, 1),
    neo4jHome: path.join(projectRoot, ".neo4j-bench"),
    heapMb: whole("--heap-mb", values["heap-mb"]!, 256),
    cpuProf: values["cpu-prof"]!,
    keepGraph: values["keep-graph"]!,
    only: values.only?.split(",").map((name) => name.trim()),
    corpusDir: path.join(projectRoot, "bench", "corpus"),
    resultsDir: path.join(projectRoot, "bench", "results"),
  };
}

function whole(name: string, raw: string, min: number): number {
  const value = Number(raw);
  if (!Number.isInteger(value) || value < min)
    throw new Error(`${name} must be a whole number of at least ${min}, not "${raw}".\n${usage}`);
  return value;
}
