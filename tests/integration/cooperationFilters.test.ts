import type { Server } from "../../src/api/server";
import type { Database } from "../../src/graph/database";
import { deleteArticle } from "../../src/graph/deleteArticle";
import { testDatabase } from "../support/database";
import { graphql } from "../support/http";
import { plantArticle } from "../support/plantArticle";
import { testServer } from "../support/server";

/**
 * The filters of the agreements and transfers lists, which one query reads for every generic kind
 * (findCooperation.cypher: `equal`, `holds` and `parties` as parameters). Planted facts of our own
 * between Iceland and Uruguay in 1958, a year and a pair no other test uses: a fish shipment from
 * Iceland to Uruguay and a trade memorandum they signed. Each filter is asked once to keep a fact
 * and once to drop it; a list is read only for this run's articles (by their outlet).
 */
const run = `filters-${Date.now()}`;
const source = `${run}.example`;
const articles = [
  {
    id: `${run}-fish`,
    text: "Iceland shipped salted fish to Uruguay in March 1958.",
    facts: {
      transfers: [
        {
          from: "IS",
          to: "UY",
          items: ["food" as const],
          status: "confirmed" as const,
          date: "1958-03",
          quantity: null,
        },
      ],
    },
  },
  {
    id: `${run}-memo`,
    text: "Iceland and Uruguay signed a trade memorandum in May 1958.",
    facts: {
      agreements: [
        { parties: ["IS", "UY"], name: null, kind: "memorandum" as const, status: "signed" as const, date: "1958-05" },
      ],
    },
  },
];

describe("the filters of the generic lists", () => {
  let db: Database;
  let server: Server;
  const count = async (list: string, filters: string) => {
    const { body } = await graphql(server.url, `{ ${list}(source: "${source}", ${filters}) { totalCount } }`, {});
    if (body.errors) throw new Error(`GraphQL errors: ${JSON.stringify(body.errors)}`);
    return body.data[list].totalCount;
  };

  beforeAll(async () => {
    db = testDatabase();
    for (const { id, text, facts } of articles)
      await plantArticle(db, { id, publishedAt: "1958-06-01T00:00:00Z", source, text }, facts);
    server = await testServer(db);
  }, 120_000);
  afterAll(async () => {
    await server?.stop();
    for (const { id } of articles) await deleteArticle(db, id);
    await db?.close();
  });

  it("keeps a transfer by its supplier, receiver, item and status, and drops it by the other end or another value", async () => {
    expect(await count("transfers", `supplier: "Iceland", receiver: "Uruguay", item: FOOD, status: CONFIRMED`)).toBe(1);
    expect(await count("transfers", `supplier: "Uruguay"`)).toBe(0);
    expect(await count("transfers", `receiver: "Iceland"`)).toBe(0);
    expect(await count("transfers", `item: OIL`)).toBe(0);
    expect(await count("transfers", `status: ALLEGED`)).toBe(0);
    expect(await count("transfers", `country: "Uruguay", language: "en"`)).toBe(1);
    expect(await count("transfers", `language: "fr"`)).toBe(0);
  });

  it("keeps an agreement by a party, its kind and status, and drops it by another", async () => {
    expect(await count("agreements", `country: "Iceland", agreementKind: MEMORANDUM, status: SIGNED`)).toBe(1);
    expect(await count("agreements", `agreementKind: TREATY`)).toBe(0);
    expect(await count("agreements", `status: RATIFIED`)).toBe(0);
    expect(await count("agreements", `country: "Chile"`)).toBe(0);
  });
});
