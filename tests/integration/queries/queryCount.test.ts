import { apiHarness } from "./harness";
import { SeedGraph } from "./seedGraph";

/**
 * No N+1: a request costs the same number of Cypher queries for 5 meetings as for 100, however
 * deeply it nests (participants, their country, location, sources and their articles).
 * Two persons, one with 5 meetings and one with 100; ids start with qtq.
 * Seeded directly, not ingested: a hundred distinct meetings of one person are more real events than
 * we could write about one leader (ingestion merges reports of one month and host into one meeting).
 */
const seed = new SeedGraph("qtq")
  .country("XQ", "Qtqland")
  .country("XR", "Qtrland")
  .person("qtq-few", "Few Qtq", "XQ")
  .person("qtq-many", "Many Qtq", "XQ")
  .person("qtq-host", "Host Qtq", "XR")
  .article({ id: "qtq-a1", publishedAt: "1910-01-01" })
  .article({ id: "qtq-a2", publishedAt: "1910-01-02" });
for (const [person, n] of [
  ["qtq-few", 5],
  ["qtq-many", 100],
] as const) {
  for (let i = 0; i < n; i++) {
    const id = `${person}-m${i}`;
    seed.meeting(id, {
      date: `1910-01-${String(1 + (i % 28)).padStart(2, "0")}`,
      participants: [person, "qtq-host", "XR"],
      location: "XR",
      reports: ["qtq-a1", "qtq-a2"],
    });
    seed.statement(`${person}-s${i}`, {
      speaker: person,
      about: ["XR"],
      stance: "warn",
      date: "1910-02-01",
      reports: ["qtq-a1"],
    });
  }
}

const api = apiHarness(seed);

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
  it("is the same for 5 meetings as for 100, nested fields and all", async () => {
    const few = await cost("qtq-few");
    const many = await cost("qtq-many");
    expect(few.meetings).toBe(5);
    expect(many.meetings).toBe(100);
    expect(many.queries).toBe(few.queries);
    // For the report: name resolution, three lists, then one batch per kind of nested field.
    console.log(`Cypher queries per request: ${few.queries} for 5 meetings, ${many.queries} for 100`);
  });

  it("stays fixed for a relationship's facts and their nested fields", async () => {
    const query = `query ($a: String!) { relationship(a: $a, b: "Qtrland") {
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
    const few = await run("qtq-few");
    const many = await run("qtq-many");
    expect([few.meetings, many.meetings]).toEqual([5, 100]);
    expect(many.queries).toBe(few.queries);
    console.log(`Cypher queries per relationship request: ${few.queries} for 5 meetings, ${many.queries} for 100`);
  });
});
