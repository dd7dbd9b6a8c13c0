import { relinkFacts } from "../../src/graph/relinkFacts";
import { graphql } from "../support/http";
import { SeedGraph } from "./queries/seedGraph";
import { inProcessServer } from "../support/inProcessServer";

/**
 * `newsgraph db relink` on a graph written the way it was before Links: facts and reports only.
 * Ids start with qrl; the facts are dated 1952, so the range sees this file's facts only.
 */
const seed = new SeedGraph("qrl")
  .country("RU", "Russia")
  .country("KP", "North Korea")
  .person("qrl-envoy", "Envoy Qrl", "RU")
  .article({ id: "qrl-a1", publishedAt: "1952-05-02T08:00:00Z" })
  .article({ id: "qrl-a2", publishedAt: "1952-04-01T08:00:00Z" })
  .meeting("qrl-m1", { date: "1952-05-01", participants: ["qrl-envoy", "KP"], reports: ["qrl-a1"] })
  .statement("qrl-s1", { speaker: "KP", about: ["RU"], stance: "support", date: "1952-05-02", reports: ["qrl-a1"] })
  .sanction("qrl-x1", { imposer: "RU", target: "KP", reports: ["qrl-a1", "qrl-a2"] });

describe("relinkFacts (newsgraph db relink)", () => {
  const api = inProcessServer({
    setUp: async (db) => {
      await seed.write(db);
      await db.write("test/unlinkSeed", { seed: seed.seed });
    },
    tearDown: (db) => seed.remove(db),
  });
  const relationship = async () =>
    (
      await graphql(
        api.server.url,
        `
          {
            relationship(a: "RU", b: "KP", from: "1952", to: "1952") {
              meetings {
                id
              }
              statements {
                id
              }
              sanctions {
                id
                firstReported
              }
              summary {
                meetings
                statements
                articles
              }
            }
          }
        `,
      )
    ).body.data.relationship;

  const connections = async () =>
    (
      await graphql(
        api.server.url,
        `
          {
            connections(from: "Envoy Qrl", to: "North Korea", maxHops: 1) {
              hops {
                fact {
                  id
                }
              }
            }
          }
        `,
      )
    ).body.data.connections;

  it("files an older graph's facts under their Links and dates its sanctions, twice without change", async () => {
    expect(await relationship()).toMatchObject({
      meetings: [],
      statements: [],
      summary: { meetings: 0, statements: 0, articles: 0 },
    });
    expect(await connections()).toEqual([]);
    const facts = await relinkFacts(api.db);
    expect(facts).toBeGreaterThanOrEqual(3);
    const linked = await relationship();
    expect(linked).toEqual({
      meetings: [{ id: "qrl-m1" }],
      statements: [{ id: "qrl-s1" }],
      sanctions: [{ id: "qrl-x1", firstReported: "1952-04-01" }],
      summary: { meetings: 1, statements: 1, articles: 1 },
    });
    expect(await connections()).toEqual([{ hops: [{ fact: { id: "qrl-m1" } }] }]);
    await relinkFacts(api.db);
    expect(await relationship()).toEqual(linked);
    expect(await connections()).toEqual([{ hops: [{ fact: { id: "qrl-m1" } }] }]);
  });
});
