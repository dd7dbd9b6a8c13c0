import type { Database } from "./database";
import type { ActorRecord, FactRecord } from "./records";
import { toActor, toFact, type RawNode } from "./toRecord";

/** One step of a path: two actors and the fact that links them. */
export interface Hop {
  from: ActorRecord;
  to: ActorRecord;
  fact: FactRecord;
}

/** The most hops a path may have; longer searches fan out too far to answer quickly. */
export const maxHopsLimit = 4;

/** Up to 10 shortest paths between two actors, one per sequence of actors, shortest first; [] when none within maxHops. */
export async function findConnections(db: Database, fromId: string, toId: string, maxHops: number): Promise<Hop[][]> {
  if (fromId === toId) return [];
  const rows = await db.read<{ froms: RawNode[]; facts: RawNode[]; tos: RawNode[] }>("findConnections", {
    from: fromId,
    to: toId,
    maxHops,
  });
  return rows.map(({ froms, facts, tos }) =>
    facts.map((fact, i) => ({ from: toActor(froms[i]), to: toActor(tos[i]), fact: toFact(fact) })),
  );
}
