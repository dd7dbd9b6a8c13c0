import { loadConfig, type Config } from "../../src/config";
import { startServer, type Server } from "../../src/api/server";
import type { Database } from "../../src/graph/database";

/** A server on 127.0.0.1 with the development defaults, changed by `api`. */
export function testServer(db: Database, api: Partial<Config["api"]> = {}): Promise<Server> {
  return startServer(db, 0, "127.0.0.1", { api: { ...loadConfig({}).api, ...api } });
}

/** POSTs a GraphQL operation with extra headers; the status, headers and parsed body. */
export async function post(url: string, body: unknown, headers: Record<string, string> = {}) {
  const response = await fetch(`${url}/graphql`, {
    method: "POST",
    headers: { "content-type": "application/json", ...headers },
    body: typeof body === "string" ? body : JSON.stringify(body),
  });
  const text = await response.text();
  let json: { data?: any; errors?: any[] } = {};
  try {
    json = JSON.parse(text);
  } catch {
    // Not JSON; the tests look at the status then.
  }
  return { status: response.status, headers: response.headers, body: json, text };
}
