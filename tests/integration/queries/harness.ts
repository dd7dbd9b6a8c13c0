import { startServer, type Server } from "../../../src/api/server";
import type { Database } from "../../../src/graph/database";
import { testDatabase } from "../../support/database";
import { graphql } from "../../support/http";
import { SeedGraph } from "./seedGraph";

/**
 * A server on the real Neo4j with this file's seed written before the tests and removed after.
 * `query` fails the test on any GraphQL error; `failure` expects one and returns it.
 */
export function apiHarness(seed: SeedGraph) {
  const harness = {
    db: undefined as unknown as Database,
    server: undefined as unknown as Server,
    async query(query: string, variables: Record<string, unknown> = {}) {
      const { body } = await graphql(harness.server.url, query, variables);
      if (body.errors) throw new Error(`GraphQL errors: ${JSON.stringify(body.errors)}`);
      return body.data;
    },
    async failure(query: string, variables: Record<string, unknown> = {}): Promise<{ message: string; code: string }> {
      const { body } = await graphql(harness.server.url, query, variables);
      if (!body.errors) throw new Error(`Expected an error, got ${JSON.stringify(body.data)}`);
      return { message: body.errors[0].message, code: body.errors[0].extensions?.code };
    },
  };
  beforeAll(async () => {
    harness.db = testDatabase();
    await seed.remove(harness.db);
    await seed.write(harness.db);
    harness.server = await startServer(harness.db, 0, "127.0.0.1");
  });
  afterAll(async () => {
    await harness.server?.stop();
    await seed.remove(harness.db);
    await harness.db.close();
  });
  return harness;
}
