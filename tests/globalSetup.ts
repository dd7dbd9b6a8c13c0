import "reflect-metadata";
import { testConfig } from "../src/config";
import { openDatabase, type OpenDatabase } from "../src/graph/openDatabase";

/**
 * Starts the real Neo4j once for the integration tests (or uses NEO4J_URI, or reuses the tests'
 * local Neo4j when it is already running) and applies cypher/schema. Without NEO4J_URI that is a
 * Neo4j of the tests' own (testConfig: its own home and port), never the one `serve` uses.
 * Workers find it through NEO4J_URI.
 */
export default async function globalSetup(): Promise<void> {
  const database = await openDatabase(testConfig(), (line) => process.stderr.write(`\n${line}`));
  process.env.NEO4J_URI = database.uri;
  (globalThis as { newsgraphDatabase?: OpenDatabase }).newsgraphDatabase = database;
}
