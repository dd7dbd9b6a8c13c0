import { warmUp } from "../../src/graph/warmUp";
import { OwnNeo4j, ownPort, unthrottled } from "../integration/faults/ownNeo4j";
import { inProcessServer, type ServerSession } from "./inProcessServer";

export interface OwnNeo4jSession extends ServerSession {
  neo4j: OwnNeo4j;
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
  const neo4j = new OwnNeo4j(ownPort(slot));
  const session = inProcessServer(
    {
      open: async () => {
        await neo4j.start();
        const db = neo4j.connect(env);
        if (schema) await db.applySchema();
        if (warm) await warmUp(db);
        return db;
      },
      finish: () => neo4j.remove(),
      options: { api: unthrottled() },
    },
    180_000,
  ) as OwnNeo4jSession;
  session.neo4j = neo4j;
  return session;
}
