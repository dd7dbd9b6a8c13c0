import type { Database } from "../graph/database";

/** What every resolver receives; created per request. */
export interface Context {
  db: Database;
}
