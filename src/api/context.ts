import { randomUUID } from "node:crypto";
import type { Database } from "../graph/database";
import { createLoaders, type Loaders } from "./loaders";

/** Who asked: the request id (also in the `x-request-id` response header) and the client's address. */
export interface RequestInfo {
  id: string;
  client: string;
}

/** What every resolver receives; created per request. */
export interface Context {
  db: Database;
  loaders: Loaders;
  request: RequestInfo;
}

/** A fresh context, with fresh DataLoaders, for one request. */
export function createContext(db: Database, request: RequestInfo = { id: randomUUID(), client: "local" }): Context {
  return { db, loaders: createLoaders(db), request };
}
