import "reflect-metadata";
import { execute, parse } from "graphql";
import { createContext } from "../src/api/context";
import { buildApiSchema } from "../src/api/schema";
import { loadConfig } from "../src/config";
import { Database } from "../src/graph/database";
import type { Operation } from "./operations";

/**
 * The floor asks newsgraph's questions with newsgraph's own Cypher: this runs each operation once
 * through newsgraph's schema and resolvers and records every query it sends (the file name under
 * cypher/queries/ and the exact parameters), grouped in rounds: a round is what was sent once the
 * previous round had answered (e.g. a page of meetings, then their participants and sources
 * together, as the DataLoaders batch them). The floor then sends the same queries, round by round.
 */
export interface CapturedQuery {
  name: string;
  params: Record<string, unknown>;
}

export type Rounds = CapturedQuery[][];

export async function captureCypher(
  uri: string,
  ops: readonly Operation[],
  log: (line: string) => void,
): Promise<Record<string, Rounds>> {
  // A slow query must still be captured whole: no read timeout here (the servers keep theirs).
  const db = Database.connect(
    uri,
    loadConfig({ ...process.env, NEO4J_URI: uri, NEWSGRAPH_READ_TIMEOUT_MS: "600000" }).neo4j,
  );
  const schema = await buildApiSchema();
  const captured: Record<string, Rounds> = {};
  try {
    for (const op of ops) {
      const rounds: Rounds = [];
      let answered = -1; // the latest round that has answered
      const read = db.read.bind(db);
      db.read = (async (name: string, params: Record<string, unknown> = {}) => {
        const round = answered + 1;
        (rounds[round] ??= []).push({ name, params: JSON.parse(JSON.stringify(params)) as Record<string, unknown> });
        const rows = await read(name, params);
        answered = Math.max(answered, round);
        return rows;
      }) as typeof db.read;
      const result = await execute({ schema, document: parse(op.newsgraph), contextValue: createContext(db) });
      db.read = read;
      // The floor still sends what was sent; the load on newsgraph will show the errors again.
      if (result.errors?.length)
        log(`capture: newsgraph answered ${op.name} with errors: ${result.errors.map((e) => e.message).join("; ")}`);
      captured[op.name] = rounds.filter(Boolean);
    }
  } finally {
    await db.close();
  }
  return captured;
}

/** "findActors → findMeetings → findMeetingLinks + findSources": what an operation sends, for the report. */
export function describeRounds(rounds: Rounds): string {
  return rounds.map((round) => round.map((query) => query.name).join(" + ")).join(" → ");
}
