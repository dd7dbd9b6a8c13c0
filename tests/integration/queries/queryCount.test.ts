import { apiOnArticles } from "./harness";
import articles from "../../fixtures/queries/queryCount.json";

/**
 * No N+1: a request costs the same number of Cypher queries for a few meetings as for many, however
 * deeply it nests (participants, their country, location, sources and their articles). The graph is
 * ingested from tests/fixtures/queries/queryCount.json (real meetings of 2009, in this project's
 * words): Yukio Hatoyama's 5 and Barack Obama's 14 (three of them in London on one day; his talks
 * with Medvedev and with Putin in Moscow are one visit, so one meeting, as the README's merge rules say).
 */
const api = apiOnArticles(articles);

const nested = `query ($person: String!) {
  meetings(person: $person, first: 100) {
    totalCount
    nodes {
      id date status
      participants { id name ... on Leader { country { name } roles { title } } }
      location { name leaders { id } }
      sources { sentence article { id title } }
    }
  }
  statements(speaker: $person, first: 100) { nodes { id speaker { id } about { code } sources { article { id } } } }
  leader(name: $person) { meetings(first: 100) { nodes { id participants { id } } } }
}`;

async function cost(person: string): Promise<{ queries: number; meetings: number }> {
  const before = api.db.queryCount;
  const data = await api.query(nested, { person });
  return { queries: api.db.queryCount - before, meetings: data.meetings.nodes.length };
}

describe("the Cypher count of a request", () => {
  it("is the same for 5 meetings as for 14, nested fields and all", async () => {
    const few = await cost("Yukio Hatoyama");
    const many = await cost("Barack Obama");
    expect(few.meetings).toBe(5);
    // At least the fixture's 14: another test file may be writing one of Obama's meetings too.
    expect(many.meetings).toBeGreaterThanOrEqual(14);
    expect(many.queries).toBe(few.queries);
    // For the report: name resolution, three lists, then one batch per kind of nested field.
    console.log(`Cypher queries per request: ${few.queries} for 5 meetings, ${many.queries} for ${many.meetings}`);
  });

  it("stays fixed for a relationship's facts and their nested fields", async () => {
    const query = `query ($a: String!) { relationship(a: $a, b: "Russia") {
      meetings { participants { id } location { code } sources { article { id } } }
      statements { speaker { id } about { code } }
      timeline { fact { id sources { sentence } } }
      summary { meetings statements }
    } }`;
    const run = async (a: string) => {
      const before = api.db.queryCount;
      const data = await api.query(query, { a });
      return { queries: api.db.queryCount - before, meetings: data.relationship.summary.meetings };
    };
    // Hatoyama met Medvedev once; Obama met Medvedev in London, then Medvedev and Putin in Moscow.
    const few = await run("Yukio Hatoyama");
    const many = await run("Barack Obama");
    expect([few.meetings, many.meetings]).toEqual([1, 2]);
    expect(many.queries).toBe(few.queries);
    console.log(`Cypher queries per relationship request: ${few.queries} for 1 meeting, ${many.queries} for 2`);
  });
});
