import neo4j, { type Driver } from "neo4j-driver";
import { cypher } from "../src/graph/cypher";
import type { Rounds } from "./capture";

/**
 * Neo4j's own count of the work a query does: `PROFILE` db hits (and rows), summed over the plan.
 * Unlike latency it does not move with the load on the machine, so it compares across runs and
 * shows which query, and which operator, grows with the graph.
 */
export interface QueryHits {
  name: string;
  dbHits: number;
  rows: number;
  /** The three operators with the most db hits, e.g. "Expand(All) 120034". */
  top: string[];
}

interface PlanNode {
  operatorType: string;
  dbHits: number;
  rows: number;
  children: PlanNode[];
}

export async function profileHits(driver: Driver, rounds: Rounds): Promise<QueryHits[]> {
  const out: QueryHits[] = [];
  for (const query of rounds.flat()) {
    const text = cypher(query.name);
    const session = driver.session({
      database: process.env.NEO4J_DATABASE || "neo4j",
      defaultAccessMode: neo4j.session.READ,
    });
    try {
      const result = await session.executeRead((tx) => tx.run(`PROFILE ${text}`, query.params));
      const plan = result.summary.profile as unknown as PlanNode | false;
      if (!plan) continue;
      const nodes = flatten(plan);
      const top = [...nodes]
        .sort((x, y) => y.dbHits - x.dbHits)
        .slice(0, 3)
        .map((node) => `${node.operatorType.replace(/@.*$/, "")} ${node.dbHits}`);
      out.push({
        name: query.name,
        dbHits: nodes.reduce((sum, node) => sum + node.dbHits, 0),
        rows: result.records.length,
        top,
      });
    } finally {
      await session.close();
    }
  }
  return out;
}

function flatten(node: PlanNode): PlanNode[] {
  return [node, ...node.children.flatMap(flatten)];
}
