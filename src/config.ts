import path from "node:path";
import { ConfigError } from "./errors";

/**
 * The one place that reads the environment. Every key is documented in `.env.example`;
 * a wrong value stops start-up with one sentence naming the variable and the value.
 */
export interface Config {
  nodeEnv: string;
  /** HTTP port of the API. */
  port: number;
  /** Serve GraphiQL at /playground (off by default in production, where it invites schema browsing). */
  playground: boolean;
  neo4j: {
    /** Set: use that server. Unset: newsgraph runs its own local Neo4j. */
    uri: string | undefined;
    user: string;
    password: string;
    database: string;
    /** How long a transaction is retried while the server is unreachable or a leader changes. */
    maxRetryMs: number;
    /** Transaction timeouts: a read (one GraphQL request's query) and a write (one ingest batch). */
    readTimeoutMs: number;
    writeTimeoutMs: number;
    /**
     * How long a write that loses to concurrent ones (a deadlock, a lock it waited for too long)
     * is tried again, with backoff, before the caller is told to try again (TRY_AGAIN).
     */
    writeRetryMs: number;
    /** How long `/health` waits for Neo4j before it answers 503. */
    healthTimeoutMs: number;
  };
  /** Limits and keys of the GraphQL API ("Limits and security" in the README). */
  api: {
    introspection: boolean;
    maxDepth: number;
    maxCost: number;
    maxAliases: number;
    /** Selections written in an operation's text. */
    maxSelections: number;
    maxQueryBytes: number;
    maxBodyBytes: number;
    /** The largest answer sent; a bigger one is replaced by a QUERY_TOO_COMPLEX error. */
    maxAnswerBytes: number;
    /** A whole request (headers and body) must arrive within this (408 otherwise). */
    bodyTimeoutMs: number;
    /** On SIGTERM, how long requests already sent may run before their connections are closed. */
    stopGraceMs: number;
    /** Request bodies one address may have arriving slowly (over 2 s) at once. */
    slowBodiesPerClient: number;
    /** Keys for `Authorization: Bearer <key>`; mutations need one when any is configured. */
    apiKeys: string[];
    readsRequireKey: boolean;
    /**
     * Per key (or per address, for anonymous reads), per minute, and per API instance: each
     * process counts in its own memory (the server's only state), so N instances behind a load
     * balancer admit up to N times these. For a fleet, set each instance to the budget / N.
     */
    rateLimit: { requests: number; cost: number };
    /** Wrong API keys per address per minute before its keyed requests get 429. */
    authFailures: number;
  };
  localNeo4j: {
    boltPort: number;
    /** Folder for the local Neo4j's data, log and pid file (git-ignored by default). */
    home: string;
    heapMb: number;
    pageCacheMb: number;
    /** How long `db start` waits for Bolt to accept connections. */
    startTimeoutMs: number;
  };
}

export const projectRoot = path.resolve(__dirname, __dirname.includes(`${path.sep}dist${path.sep}`) ? "../.." : "..");

type Env = Record<string, string | undefined>;

export function loadConfig(env: Env = process.env): Config {
  const production = env.NODE_ENV === "production";
  return {
    nodeEnv: env.NODE_ENV ?? "development",
    port: integer(env, "PORT", 4000, 0, 65535),
    playground: onOff(env, "NEWSGRAPH_PLAYGROUND", !production),
    neo4j: {
      uri: uri(env, "NEO4J_URI"),
      user: env.NEO4J_USER || "neo4j",
      password: env.NEO4J_PASSWORD ?? "",
      database: env.NEO4J_DATABASE || "neo4j",
      maxRetryMs: integer(env, "NEO4J_MAX_RETRY_MS", 3000, 0, 600_000),
      readTimeoutMs: integer(env, "NEWSGRAPH_READ_TIMEOUT_MS", 5000, 100, 600_000),
      writeTimeoutMs: integer(env, "NEWSGRAPH_WRITE_TIMEOUT_MS", 60_000, 100, 3_600_000),
      writeRetryMs: integer(env, "NEWSGRAPH_WRITE_RETRY_MS", 20_000, 0, 600_000),
      healthTimeoutMs: integer(env, "NEWSGRAPH_HEALTH_TIMEOUT_MS", 2000, 100, 60_000),
    },
    api: {
      introspection: onOff(env, "NEWSGRAPH_INTROSPECTION", !production),
      maxDepth: integer(env, "NEWSGRAPH_MAX_DEPTH", 8, 1, 100),
      maxCost: integer(env, "NEWSGRAPH_MAX_COST", 200_000, 1, 10_000_000),
      maxAliases: integer(env, "NEWSGRAPH_MAX_ALIASES", 15, 0, 1000),
      maxSelections: integer(env, "NEWSGRAPH_MAX_SELECTIONS", 1000, 10, 100_000),
      maxQueryBytes: integer(env, "NEWSGRAPH_MAX_QUERY_BYTES", 10_240, 256, 1_048_576),
      maxBodyBytes: integer(env, "NEWSGRAPH_MAX_BODY_BYTES", 5 * 1024 * 1024, 1024, 100 * 1024 * 1024),
      maxAnswerBytes: integer(env, "NEWSGRAPH_MAX_ANSWER_BYTES", 16 * 1024 * 1024, 1024, 1024 * 1024 * 1024),
      bodyTimeoutMs: integer(env, "NEWSGRAPH_BODY_TIMEOUT_MS", 20_000, 1000, 600_000),
      stopGraceMs: integer(env, "NEWSGRAPH_STOP_GRACE_MS", 10_000, 0, 600_000),
      slowBodiesPerClient: integer(env, "NEWSGRAPH_SLOW_BODIES_PER_CLIENT", 8, 1, 10_000),
      apiKeys: (env.NEWSGRAPH_API_KEYS ?? "")
        .split(",")
        .map((key) => key.trim())
        .filter(Boolean),
      readsRequireKey: onOff(env, "NEWSGRAPH_READS_REQUIRE_KEY", false),
      rateLimit: {
        requests: integer(env, "NEWSGRAPH_RATE_LIMIT_REQUESTS", 1200, 1, 10_000_000),
        cost: integer(env, "NEWSGRAPH_RATE_LIMIT_COST", 5_000_000, 1, 1_000_000_000),
      },
      authFailures: integer(env, "NEWSGRAPH_AUTH_FAILURES_PER_MINUTE", 20, 1, 1_000_000),
    },
    localNeo4j: {
      boltPort: integer(env, "NEWSGRAPH_NEO4J_PORT", 7687, 1, 65535),
      home: path.resolve(projectRoot, env.NEWSGRAPH_NEO4J_HOME || ".neo4j"),
      heapMb: integer(env, "NEWSGRAPH_NEO4J_HEAP_MB", 1024, 256, 65536),
      pageCacheMb: integer(env, "NEWSGRAPH_NEO4J_PAGECACHE_MB", 512, 16, 65536),
      startTimeoutMs: integer(env, "NEWSGRAPH_NEO4J_START_TIMEOUT_S", 120, 5, 3600) * 1000,
    },
  };
}

/**
 * The configuration `npm test` runs with: the local Neo4j of the tests has a home and a port of its
 * own (NEWSGRAPH_TEST_NEO4J_HOME, default .neo4j/test; NEWSGRAPH_TEST_NEO4J_PORT, default 7688),
 * so the suite never writes into the graph that `npm start` and `serve` use.
 */
export function testConfig(env: Env = process.env): Config {
  return loadConfig({
    ...env,
    NEWSGRAPH_NEO4J_HOME: env.NEWSGRAPH_TEST_NEO4J_HOME || path.join(".neo4j", "test"),
    NEWSGRAPH_NEO4J_PORT: env.NEWSGRAPH_TEST_NEO4J_PORT || "7688",
  });
}

/**
 * The configuration `npm run eval:events` runs with: always a local Neo4j of its own
 * (NEWSGRAPH_EVAL_NEO4J_HOME, default .neo4j/eval-events; NEWSGRAPH_EVAL_NEO4J_PORT, default 7689),
 * even when NEO4J_URI names another, because the eval empties its graph first.
 */
export function evalConfig(env: Env = process.env): Config {
  return loadConfig({
    ...env,
    NEO4J_URI: undefined,
    NEWSGRAPH_NEO4J_HOME: env.NEWSGRAPH_EVAL_NEO4J_HOME || path.join(".neo4j", "eval-events"),
    NEWSGRAPH_NEO4J_PORT: env.NEWSGRAPH_EVAL_NEO4J_PORT || "7689",
  });
}

function integer(env: Env, name: string, fallback: number, min: number, max: number): number {
  const raw = env[name];
  if (raw === undefined || raw.trim() === "") return fallback;
  const value = Number(raw);
  if (!Number.isInteger(value) || value < min || value > max) {
    throw new ConfigError(`${name} must be a whole number from ${min} to ${max}, not "${raw}".`);
  }
  return value;
}

function onOff(env: Env, name: string, fallback: boolean): boolean {
  const raw = env[name]?.trim().toLowerCase();
  if (!raw) return fallback;
  if (["on", "true", "1", "yes"].includes(raw)) return true;
  if (["off", "false", "0", "no"].includes(raw)) return false;
  throw new ConfigError(`${name} must be on or off, not "${env[name]}".`);
}

function uri(env: Env, name: string): string | undefined {
  const raw = env[name]?.trim();
  if (!raw) return undefined;
  if (!/^(neo4j|bolt)(\+s|\+ssc)?:\/\/[^\s/]+/.test(raw)) {
    throw new ConfigError(`${name} must be a Neo4j URI such as bolt://localhost:7687 or neo4j+s://host, not "${raw}".`);
  }
  return raw;
}
