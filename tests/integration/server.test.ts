import { loadConfig } from "../../src/config";
import { Database } from "../../src/graph/database";
import { graphql } from "../support/http";
import { inProcessServer } from "../support/inProcessServer";

describe("the API server on the real Neo4j", () => {
  const api = inProcessServer();

  it("answers /health with 200 while Neo4j is reachable", async () => {
    const response = await fetch(`${api.server.url}/health`);
    expect(response.status).toBe(200);
    expect(await response.json()).toEqual({ status: "ok", neo4j: "reachable" });
  });

  it("does a GraphQL round trip through Neo4j", async () => {
    const { status, body } = await graphql(
      api.server.url,
      "{ __typename status { version neo4jVersion neo4jEdition } }",
    );
    expect(status).toBe(200);
    expect(body.errors).toBeUndefined();
    expect(body.data.__typename).toBe("Query");
    expect(body.data.status.neo4jVersion).toMatch(/^5\.26\./);
    expect(body.data.status.neo4jEdition).toBe("community");
  });

  it("answers a bad operation with a code and no stack trace", async () => {
    const { status, body } = await graphql(api.server.url, "{ nothingHere }");
    expect(status).toBe(400);
    expect(body.errors![0].extensions).toEqual({ code: "GRAPHQL_VALIDATION_FAILED" });
    expect(body.errors![0].message).toContain("nothingHere");
  });

  it("says where GraphQL is for any other path", async () => {
    const response = await fetch(`${api.server.url}/nowhere`);
    expect(response.status).toBe(404);
    expect(((await response.json()) as { error: string }).error).toMatch(/\/nowhere.*\/graphql/);
  });
});

describe("the API server without a reachable Neo4j", () => {
  // Nothing listens on port 1: the driver cannot connect.
  const api = inProcessServer({ open: async () => Database.connect("bolt://127.0.0.1:1", loadConfig({}).neo4j) });

  it("answers /health with 503 and a JSON reason", async () => {
    const response = await fetch(`${api.server.url}/health`);
    expect(response.status).toBe(503);
    const body = (await response.json()) as { status: string; reason: string };
    expect(body.status).toBe("unavailable");
    expect(body.reason).toMatch(/Neo4j is not reachable/);
  });

  it("fails a query with SERVICE_UNAVAILABLE, not a stack trace", async () => {
    const { body } = await graphql(api.server.url, "{ status { neo4jVersion } }");
    expect(body.errors![0].extensions).toEqual({ code: "SERVICE_UNAVAILABLE" });
    expect(JSON.stringify(body)).not.toMatch(/at .*\.js|Neo4jError|stack/);
  });
});
