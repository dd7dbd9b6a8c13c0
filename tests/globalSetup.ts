import "reflect-metadata";
import { loadConfig } from "../src/config";
import { openDatabase, type OpenDatabase } from "../src/graph/openDatabase";

/**
 * Starts the real Neo4j once for the integration tests (or uses NEO4J_URI, or reuses a local
 * Neo4j that is already running) and applies cypher/schema. Workers find it through NEO4J_URI.
 */
export default async function globalSetup(): Promise<void> {
  const database = await openDatabase(loadConfig(), (line) => process.stderr.write(`\n${line}`));
  process.env.NEO4J_URI = database.uri;
  (globalThis as { newsgraphDatabase?: OpenDatabase }).newsgraphDatabase = database;
}
