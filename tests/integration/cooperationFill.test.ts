import type { Server } from "../../src/api/server";
import type { Database } from "../../src/graph/database";
import { deleteArticle } from "../../src/graph/deleteArticle";
import { testDatabase } from "../support/database";
import { graphql } from "../support/http";
import { plantArticle, type PlantedFacts } from "../support/plantArticle";
import { testServer } from "../support/server";

/**
 * What several reports of one agreement or transfer make of its node, now that every generic kind is
 * written by one MERGE (writeArticles.cypher, `cooperation`): the first report sets the properties,
 * a later one fills only those still missing (`fill`: an agreement's name, a transfer's quantity),
 * and the status is the latest report's. Planted facts of our own between Malta and Cyprus in 1963,
 * a pair and a year no other test uses, reported by three articles a week apart.
 */
const run = `fill-${Date.now()}`;
const source = `${run}.example`;
const report = (name: string | null, quantity: string | null, status: "alleged" | "confirmed"): PlantedFacts => ({
  agreements: [{ parties: ["MT", "CY"], name, kind: "agreement", status: "signed", date: "1963-02" }],
  transfers: [{ from: "MT", to: "CY", items: ["food"], quantity, status, date: "1963-02" }],
});
const articles = [
  { id: `${run}-first`, publishedAt: "1963-03-01T00:00:00Z", facts: report(null, null, "alleged") },
  {
    id: `${run}-second`,
    publishedAt: "1963-03-08T00:00:00Z",
    facts: report("Grain Pact", "forty tonnes", "confirmed"),
  },
  { id: `${run}-third`, publishedAt: "1963-03-15T00:00:00Z", facts: report("Wheat Pact", "fifty tonnes", "alleged") },
];

describe("several reports of one generic fact", () => {
  let db: Database;
  let server: Server;

  beforeAll(async () => {
    db = testDatabase();
    for (const { id, publishedAt, facts } of articles)
      await plantArticle(db, { id, publishedAt, source, text: "Malta sent grain to Cyprus under a pact." }, facts);
    server = await testServer(db);
  }, 120_000);
  afterAll(async () => {
    await server?.stop();
    for (const { id } of articles) await deleteArticle(db, id);
    await db?.close();
  });

  it("keeps the first name and quantity given, and the latest status", async () => {
    const { body } = await graphql(
      server.url,
      `{ agreements(source: "${source}") { nodes { name status reportedBy } }
         transfers(source: "${source}") { nodes { quantity status reportedBy from { id } to { id } } } }`,
    );
    expect(body.errors).toBeUndefined();
    expect(body.data.agreements.nodes).toEqual([{ name: "Grain Pact", status: "SIGNED", reportedBy: 3 }]);
    expect(body.data.transfers.nodes).toEqual([
      { quantity: "forty tonnes", status: "ALLEGED", reportedBy: 3, from: { id: "MT" }, to: { id: "CY" } },
    ]);
  });
});
