import { loadConfig } from "../../src/config";
import { Database } from "../../src/graph/database";
import { testQueries } from "./testQueries";

/**
 * A driver on the Neo4j that tests/globalSetup.ts started (its URI is in NEO4J_URI). Its reads may
 * take 30 s, not the server's 5: these tests check what a query answers, and a Neo4j on a busy
 * machine can take seconds to plan a query cold (the tests of the timeout connect with their own).
 */
export function testDatabase(): Database {
  const config = loadConfig();
  if (!config.neo4j.uri)
    throw new Error("NEO4J_URI is not set: integration tests must run through jest's globalSetup.");
  return Database.connect(
    config.neo4j.uri,
    { ...config.neo4j, readTimeoutMs: Math.max(config.neo4j.readTimeoutMs, 30_000) },
    testQueries,
  );
}
