import type { Config } from "../config";
import { Database } from "./database";
import * as localNeo4j from "./localNeo4j";

export interface OpenDatabase {
  db: Database;
  /** Where it is, for messages. */
  uri: string;
  /** Closes the driver and stops the local Neo4j if this process started it. */
  close(): Promise<void>;
}

/**
 * The database the configuration asks for: the server at NEO4J_URI, or else the local Neo4j
 * (reused when already running, started attached otherwise). The schema is applied either way.
 */
export async function openDatabase(config: Config, log: (line: string) => void = () => {}): Promise<OpenDatabase> {
  const local = config.neo4j.uri ? undefined : await localNeo4j.start(config.localNeo4j, "attached", log);
  const uri = config.neo4j.uri ?? local!.uri;
  const db = Database.connect(uri, config.neo4j);
  try {
    await db.applySchema();
  } catch (error) {
    await db.close();
    await local?.stop();
    throw error;
  }
  return {
    db,
    uri,
    async close() {
      await db.close();
      await local?.stop();
    },
  };
}
