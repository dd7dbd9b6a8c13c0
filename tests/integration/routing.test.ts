import { loadConfig } from "../../src/config";
import { Database } from "../../src/graph/database";
import { graphql } from "../support/http";
import { inProcessServer } from "../support/inProcessServer";
import { testQueries } from "../support/testQueries";

/**
 * NEO4J_URI with the `neo4j://` scheme: the driver asks the server for its routing table (on a
 * single server, one entry that is reader and writer at once) and sends each transaction where its
 * access mode says, so a cluster or Aura gets reads on its readers and writes on its leader. Here
 * the suite's own Neo4j stands in for the cluster.
 */
const routingUri = () => {
  const uri = loadConfig().neo4j.uri;
  if (!uri) throw new Error("NEO4J_URI is not set: integration tests must run through jest's globalSetup.");
  return uri.replace(/^bolt:\/\//, "neo4j://");
};
const openRouted = () => {
  const config = loadConfig().neo4j;
  return Database.connect(
    routingUri(),
    { ...config, readTimeoutMs: Math.max(config.readTimeoutMs, 30_000) },
    testQueries,
  );
};

const run = `routing-test-${Date.now()}`;
/** Written for this test about the 2023 summit in the Russian Far East. */
const summit = {
  id: `${run}-summit`,
  language: "en",
  publishedAt: "2023-09-14T08:00:00Z",
  title: "Putin hosts Kim at the cosmodrome",
  text: "Russian President Vladimir Putin met North Korean leader Kim Jong Un on Wednesday at the Vostochny Cosmodrome. Their talks lasted several hours.",
};
const ingestOne = `mutation ($input: ArticleInput!) { ingestArticle(input: $input) { status facts article { id } } }`;
const readBack = `query ($id: ID!) { article(id: $id) { id title publishedAt } }`;
const probe = `${run}-probe`;

describe("NEO4J_URI with the neo4j:// routing scheme", () => {
  const api = inProcessServer({
    open: async () => openRouted(),
    tearDown: async (db) => {
      await graphql(api.server.url, `mutation { deleteArticle(id: "${summit.id}") }`);
      await db.write("test/removePlanted", { label: "RoutingProbe", id: probe });
    },
  });

  it("uses the routing scheme", () => {
    expect(routingUri()).toMatch(/^neo4j:\/\/127\.0\.0\.1:\d+$/);
  });

  it("ingests an article and reads it back through the server", async () => {
    const ingested = await graphql(api.server.url, ingestOne, { input: summit });
    expect(ingested.body.errors).toBeUndefined();
    expect(ingested.body.data.ingestArticle.status).toBe("CREATED");
    expect(ingested.body.data.ingestArticle.facts).toBeGreaterThan(0);

    const read = await graphql(api.server.url, readBack, { id: summit.id });
    expect(read.body.errors).toBeUndefined();
    expect(read.body.data.article).toEqual({ id: summit.id, title: summit.title, publishedAt: summit.publishedAt });
  });

  // The access mode travels with each transaction; Neo4j refuses a write in a read one, so this
  // shows that reads are sent as reads (what a cluster routes to its readers) and writes as writes.
  it("runs reads as read transactions and writes as write transactions", async () => {
    await expect(api.db.read("test/plantNode", { label: "RoutingProbe", id: probe })).rejects.toThrow(/read/i);
    await expect(
      api.db.transaction("READ", (tx) => tx("test/plantNode", { label: "RoutingProbe", id: probe })),
    ).rejects.toThrow(/read/i);
    await expect(api.db.write("test/plantNode", { label: "RoutingProbe", id: probe })).resolves.toEqual([]);
  });
});
