import { version } from "../version";
import type { Database } from "./database";

export interface DatabaseStatus {
  version: string;
  neo4jVersion: string;
  neo4jEdition: string;
}

export async function databaseStatus(db: Database): Promise<DatabaseStatus> {
  const [row] = await db.read<{ version: string; edition: string }>("databaseStatus");
  return { version, neo4jVersion: row.version, neo4jEdition: row.edition };
}
