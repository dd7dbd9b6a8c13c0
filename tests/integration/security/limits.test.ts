import { Database } from "../../../src/graph/database";
import type { Server } from "../../../src/api/server";
import { testDatabase } from "../../support/database";
import { post, testServer } from "../../support/server";
import { testQueries } from "../../support/testQueries";

/** Each limit of "Limits and security", at its default, against the real server. */
describe("operation limits", () => {
  let db: Database;
  let server: Server;
  let production: Server;
  beforeAll(async () => {
    db = testDatabase();
    server = await testServer(db);
    production = await testServer(db, { introspection: false });
  });
  afterAll(async () => {
    await server.stop();
    await production.stop();
    await db.close();
  });

  const refused = (response: Awaited<ReturnType<typeof post>>, code: string, message: RegExp) => {
    expect(response.body.errors![0].extensions.code).toBe(code);
    expect(response.body.errors![0].message).toMatch(message);
    expect(response.body.data ?? null).toBeNull();
  };

  it("refuses an operation nested deeper than 8", async () => {
    const deep = `{ leader(name: "Putin") { meetings { nodes { participants { ... on Leader { meetings { nodes { participants { ... on Leader { meetings { nodes { id } } } } } } } } } } } }`;
    const response = await post(server.url, { query: deep });
    expect(response.status).toBe(400);
    refused(response, "QUERY_TOO_COMPLEX", /nested 10 levels deep; at most 8/);
  });

  it("refuses an operation that may return more than 200,000 items, counting lists by their first", async () => {
    const costly = `{ meetings(first: 100) { nodes { participants { ... on Leader { meetings(first: 100) { nodes { id date } } } } } } }`;
    refused(await post(server.url, { query: costly }), "QUERY_TOO_COMPLEX", /up to \d+ items; at most 200000/);
    const fine = await post(server.url, {
      query: `{ meetings(first: 100) { nodes { id participants { name } sources { sentence } } } }`,
    });
    expect(fine.body.errors).toBeUndefined();
  });

  it("refuses more than 15 aliases", async () => {
    const aliases = Array.from({ length: 16 }, (_, i) => `a${i}: status { version }`).join(" ");
    refused(await post(server.url, { query: `{ ${aliases} }` }), "QUERY_TOO_COMPLEX", /16 aliases; at most 15/);
  });

  it("refuses first over 100", async () => {
    refused(await post(server.url, { query: `{ meetings(first: 101) { totalCount } }` }), "BAD_USER_INPUT", /101/);
  });

  it("refuses query text over 10 KB and a body over 5 MB (413)", async () => {
    const long = `{ status { version } } # ${"x".repeat(11_000)}`;
    const text = await post(server.url, { query: long });
    expect(text.status).toBe(400);
    refused(text, "QUERY_TOO_COMPLEX", /over the limit of 10240/);
    const body = await post(server.url, {
      query: "{ status { version } }",
      variables: { pad: "x".repeat(5 * 1024 * 1024) },
    });
    expect(body.status).toBe(413);
  });

  it("does not batch operations, and prevents CSRF", async () => {
    const batch = await post(server.url, [{ query: "{ status { version } }" }, { query: "{ status { version } }" }]);
    expect(batch.status).toBe(400);
    const simple = await fetch(`${server.url}/graphql?query=${encodeURIComponent("{ status { version } }")}`);
    expect(simple.status).toBe(400); // a GET without a preflight-forcing header could come from any page
    expect(await simple.text()).toMatch(/CSRF/);
    const allowed = await fetch(`${server.url}/graphql?query=${encodeURIComponent("{ status { version } }")}`, {
      headers: { "apollo-require-preflight": "true" },
    });
    expect(allowed.status).toBe(200);
  });

  it("turns introspection and suggestions off when configured (the production default)", async () => {
    const introspection = await post(production.url, { query: "{ __schema { types { name } } }" });
    expect(introspection.body.errors![0].message).toMatch(/introspection/i);
    const typo = await post(production.url, { query: "{ statu { version } }" });
    expect(typo.body.errors![0].message).not.toMatch(/Did you mean/);
    const devTypo = await post(server.url, { query: "{ statu { version } }" });
    expect(devTypo.body.errors![0].message).toMatch(/Did you mean "status"/);
  });

  it("masks unexpected errors and gives their request id, which the response header carries", async () => {
    // A database that does not exist makes every query fail inside Neo4j: an unexpected error.
    const broken = Database.connect(process.env.NEO4J_URI!, {
      ...(await import("../../../src/config")).loadConfig().neo4j,
      database: "nosuchdatabase",
    });
    const brokenServer = await testServer(broken);
    try {
      const response = await post(
        brokenServer.url,
        { query: "{ meetings { totalCount } }" },
        { "x-request-id": "test-request-42" },
      );
      expect(response.headers.get("x-request-id")).toBe("test-request-42");
      expect(response.body.errors![0]).toEqual({
        message: "Internal server error.",
        path: ["meetings"],
        extensions: { code: "INTERNAL_SERVER_ERROR", requestId: "test-request-42" },
      });
      expect(response.text).not.toMatch(/nosuchdatabase|Neo4jError|at .*\.ts/);
    } finally {
      await brokenServer.stop();
      await broken.close();
    }
  });
});

describe("transaction timeouts", () => {
  it("ends a read that runs past its timeout with TIMEOUT, naming the timeout", async () => {
    const { loadConfig } = await import("../../../src/config");
    const impatient = Database.connect(
      process.env.NEO4J_URI!,
      { ...loadConfig().neo4j, readTimeoutMs: 200 },
      testQueries,
    );
    try {
      // The error's code and message are the mechanism; a hang would meet the test's own timeout.
      const error = await impatient.read("test/slow").catch((e: unknown) => e);
      expect(error).toMatchObject({ extensions: { code: "TIMEOUT" } });
      expect((error as Error).message).toContain("within 0.2 s");
    } finally {
      await impatient.close();
    }
  });
});
