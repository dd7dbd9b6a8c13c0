import fs from "node:fs";
import path from "node:path";
import type { Database } from "../../src/graph/database";
import { deleteArticle } from "../../src/graph/deleteArticle";
import { ingestArticles } from "../../src/ingestion/ingestArticles";
import { testDatabase } from "../support/database";
import { expectSameInAnyOrder } from "../support/sameInAnyOrder";

/**
 * Statements that merge across articles keep their claims (#16): each report keeps the claim its
 * article makes, and CLAIMS is drawn on the node the reports settle on, so when reports join or
 * leave a node its claims follow them, in any order. The White House's accusation of October 2023
 * that North Korea shipped ammunition to Russia and the Kremlin's denial, told in Indonesian
 * (tests/fixtures/cooperation) and, a day later, in English written for this test.
 */
const run = `statement-claims-${Date.now()}`;
const indonesian = {
  ...JSON.parse(fs.readFileSync(path.join(__dirname, "../fixtures/cooperation/containers-denied.id.json"), "utf8")),
  id: `${run}-id`,
};
const english = {
  id: `${run}-en`,
  language: "en",
  publishedAt: "2023-10-15T09:00:00Z",
  text:
    "The White House accused North Korea on Friday of sending more than 1,000 containers of ammunition to Russia for its war in Ukraine.\n\n" +
    "The Kremlin denied the accusation of arms supplies from North Korea.",
};
const articles = [indonesian, english];
const ids = articles.map((a) => a.id);

type Said = { id: string; speakers: string[]; stance: string; sources: string[]; claims: string[] };

jest.setTimeout(900_000);

describe("claims of statements that merge across articles, on the real Neo4j", () => {
  let db: Database;
  const said = async () =>
    (await db.read<Said>("test/statementClaims", { ids })).map((s) => ({
      ...s,
      sources: [...s.sources].sort(),
      claims: [...s.claims].sort(),
    }));
  const transfersOf = async (id: string) =>
    (await db.read<{ id: string }>("test/factsOfArticles", { ids: [id] }))
      .map((f) => f.id)
      .filter((f) => f.startsWith("transfer-"));
  const clear = async () => {
    for (const id of ids) await deleteArticle(db, id);
  };
  const accusation = (statements: Said[]) => statements.filter((s) => s.speakers[0] === "US" && s.stance === "accuse");

  beforeAll(() => {
    db = testDatabase();
  });
  afterAll(async () => {
    await clear();
    await db.close();
  });

  it("gives the accusation told in two languages one node claiming what both articles claim, and takes back one article's claim with it", async () => {
    await clear();
    await ingestArticles(db, articles);
    const claimed = [...(await transfersOf(indonesian.id)), ...(await transfersOf(english.id))].sort();
    expect(claimed.length).toBeGreaterThan(0);
    const [both, ...others] = accusation(await said());
    expect(others).toEqual([]);
    expect(both.sources).toEqual([...ids].sort());
    expect(both.claims).toEqual([...new Set(claimed)]);

    await deleteArticle(db, indonesian.id);
    const [left] = accusation(await said());
    expect(left.sources).toEqual([english.id]);
    expect(left.claims).toEqual(await transfersOf(english.id));

    // Back again: the same ids and claims as before.
    await ingestArticles(db, [indonesian]);
    expect(accusation(await said())).toEqual([both]);
  });

  it("gives the same statements, sources and claims in three random orders, one by one or in one batch", async () => {
    await expectSameInAnyOrder(db, articles, clear, said);
  });
});
