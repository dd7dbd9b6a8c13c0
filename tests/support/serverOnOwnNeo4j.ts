import { startServer, type Server } from "../../src/api/server";
import type { Database } from "../../src/graph/database";
import { warmUp } from "../../src/graph/warmUp";
import { OwnNeo4j, ownPort, unthrottled } from "../integration/faults/ownNeo4j";

export interface OwnNeo4jSession {
  neo4j: OwnNeo4j;
  db: Database;
  server: Server;
}

/**
 * For a fault test's describe block: a Neo4j of its own (ownPort(slot)), which the test may stop,
 * freeze or wipe without harming another file; a Database on it configured by `env` (as the
 * server's, NEO4J_MAX_RETRY_MS and all); and an in-process server without rate limits. All taken
 * down after. `schema` applies cypher/schema first, `warm` plans the queries before the test.
 */
export function serverOnOwnNeo4j(
  slot: number,
  { env = {}, schema = false, warm = false }: { env?: Record<string, string>; schema?: boolean; warm?: boolean } = {},
): OwnNeo4jSession {
  const session = { neo4j: new OwnNeo4j(ownPort(slot)) } as OwnNeo4jSession;
  beforeAll(async () => {
    await session.neo4j.start();
    session.db = session.neo4j.connect(env);
    if (schema) await session.db.applySchema();
    if (warm) await warmUp(session.db);
    session.server = await startServer(session.db, 0, "127.0.0.1", { api: unthrottled() });
  }, 180_000);
  afterAll(async () => {
    await session.server?.stop();
    await session.db?.close();
    await session.neo4j.remove();
  }, 120_000);
  return session;
}
