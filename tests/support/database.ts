import { loadConfig } from "../../src/config";
import { Database } from "../../src/graph/database";

/** A driver on the Neo4j that tests/globalSetup.ts started (its URI is in NEO4J_URI). */
export function testDatabase(): Database {
  const config = loadConfig();
  if (!config.neo4j.uri) throw new Error("NEO4J_URI is not set: integration tests must run through jest's globalSetup.");
  return Database.connect(config.neo4j.uri, config.neo4j);
}
