import { apiHarness } from "./harness";
import { SeedGraph } from "./seedGraph";

/**
 * No N+1 for cooperation facts: a relationship request costs the same number of Cypher queries for
 * 5 alleged transfers (each accused by one side and denied by the other) as for 100. A hundred
 * claimed transfers of one pair is a scale no handful of articles gives, so this graph is seeded
 * directly (like pagination.test.ts); queryCount.test.ts proves the same for ingested meetings.
 * Two persons, one with 5 and one with 100; ids start with qtq.
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
    // A shipment the person is accused of sending and the host denies: one contradiction each.
    seed.statement(`${person}-acc${i}`, { speaker: "XR", about: ["XQ"], stance: "accuse", reports: ["qtq-a2"] });
    seed.statement(`${person}-den${i}`, { speaker: person, about: ["XR"], stance: "deny", reports: ["qtq-a2"] });
    seed.transfer(`${person}-t${i}`, {
      from: person,
      to: "XR",
      items: ["ammunition"],
      date: `1910-03-${String(1 + (i % 28)).padStart(2, "0")}`,
      reports: ["qtq-a2"],
      claimedBy: [`${person}-acc${i}`, `${person}-den${i}`],
    });
  }
}

const api = apiHarness(seed);

describe("the Cypher count of a relationship request with contradictions", () => {
  it("stays fixed for a relationship's facts and their nested fields", async () => {
    const query = `query ($a: String!) { relationship(a: $a, b: "Qtrland") {
      meetings { participants { id } location { code } sources { article { id } } }
      statements { speaker { id } about { code } }
      timeline { fact { id sources { sentence } } }
      transfers { from { id } to { id } claims { accused { speaker { id } sources { sentence } } denied { id } } }
      contradictions { fact { id } asserted { speaker { id } sources { sentence } } denied { speaker { id } } }
      summary { meetings statements transfers contradictions }
    } }`;
    const run = async (a: string) => {
      const before = api.db.queryCount;
      const data = await api.query(query, { a });
      const { meetings, contradictions } = data.relationship.summary;
      return {
        queries: api.db.queryCount - before,
        meetings,
        contradictions,
        listed: data.relationship.contradictions,
      };
    };
    const few = await run("qtq-few");
    const many = await run("qtq-many");
    expect([few.meetings, many.meetings]).toEqual([5, 100]);
    expect([few.contradictions, many.contradictions]).toEqual([5, 100]);
    expect(many.listed[0].asserted[0].speaker.id).toBe("XR");
    expect(many.queries).toBe(few.queries);
    console.log(`Cypher queries per relationship request: ${few.queries} for 5 meetings, ${many.queries} for 100`);
  });
});
