import { findArticles } from "./articles";
import { findConnections } from "./connections";
import type { Database } from "./database";
import { findMeetings } from "./meetings";
import { defaultPageSize, type PageParams } from "./page";
import { findRelationship } from "./relationship";
import { findStatements } from "./statements";

/**
 * Runs once, with neutral arguments, the queries Neo4j takes longest to plan (the lists,
 * relationship, connections), so that the first requests after a start do not wait for it: on 2
 * cores a freshly started Neo4j takes 4–7 s to plan findStatements, over the 5 s read timeout.
 * One at a time, failures ignored: it only saves time. Plans are cached whatever the values.
 */
export async function warmUp(db: Database): Promise<void> {
  const page: PageParams = { first: defaultPageSize, after: null };
  const queries = [
    () => findMeetings(db, [{ filter: {}, page }]),
    () => findStatements(db, [{ filter: {}, page }]),
    () => findArticles(db, {}, page),
    () => findRelationship(db, "warm-up-a", "warm-up-b", { from: null, to: null }, defaultPageSize),
    () => findConnections(db, "warm-up-a", "warm-up-b", 1),
  ];
  for (const query of queries) await query().catch(() => {});
}
