import { apiHarness } from "./harness";
import { SeedGraph } from "./seedGraph";

/**
 * Keyset pagination over 250 meetings of one person, with many equal dates (the id breaks ties),
 * month-only dates and undated meetings. Ids start with qtp.
 * Seeded directly, not ingested: no set of real events we could write gives one person 250 meetings
 * with many on the same day, and ingestion merges a person's reports of one month and host into one
 * meeting, so the ties and the volume this file pages through exist only as a seed.
 */
const count = 250;
const dateOf = (i: number): string | null => {
  if (i % 9 === 0) return null;
  const month = String(1 + (i % 12)).padStart(2, "0");
  return i % 5 === 0 ? `1920-${month}` : `1920-${month}-${String(1 + (i % 3)).padStart(2, "0")}`;
};
const meetings = Array.from({ length: count }, (_, i) => ({
  id: `qtp-m${String(i).padStart(3, "0")}`,
  date: dateOf(i),
}));

const seed = new SeedGraph("qtp")
  .person("qtp-pager", "Pager Qtp", null)
  .person("qtp-other", "Other Qtp", null)
  .article({ id: "qtp-art" });
for (const m of meetings)
  seed.meeting(m.id, { date: m.date, participants: ["qtp-pager", "qtp-other"], reports: ["qtp-art"] });

const api = apiHarness(seed);

/** The documented order: date descending, undated last, then id. */
const expected = [...meetings]
  .sort((a, b) =>
    (a.date ?? "") === (b.date ?? "") ? (a.id < b.id ? -1 : 1) : (a.date ?? "") < (b.date ?? "") ? 1 : -1,
  )
  .map((m) => m.id);

const pageQuery = `query ($first: Int!, $after: String) {
  meetings(person: "qtp-pager", first: $first, after: $after) { totalCount nodes { id } pageInfo { hasNextPage endCursor } }
}`;

describe("cursor pagination", () => {
  it.each([1, 37, 100])(
    "walks all %i-item pages with no gap or repeat and the right totalCount",
    async (size) => {
      const seen: string[] = [];
      let after: string | null = null;
      for (let page = 0; page < count + 2; page++) {
        const { meetings: result } = await api.query(pageQuery, { first: size, after });
        expect(result.totalCount).toBe(count);
        seen.push(...result.nodes.map((n: { id: string }) => n.id));
        if (!result.pageInfo.hasNextPage) break;
        after = result.pageInfo.endCursor;
      }
      expect(seen).toEqual(expected);
    },
    120_000,
  );

  it("gives 20 by default and an empty last page with a null endCursor", async () => {
    expect((await api.query(`{ meetings(person: "qtp-pager") { nodes { id } } }`)).meetings.nodes).toHaveLength(20);
    const empty = await api.query(
      `{ meetings(person: "qtp-pager", first: 0) { totalCount nodes { id } pageInfo { hasNextPage endCursor } } }`,
    );
    expect(empty.meetings).toEqual({ totalCount: count, nodes: [], pageInfo: { hasNextPage: true, endCursor: null } });
  });

  it("pages a nested list (a leader's meetings) the same way", async () => {
    const first = await api.query(
      `{ leader(name: "Pager Qtp") { meetings(first: 100) { totalCount pageInfo { endCursor } } } }`,
    );
    const second = await api.query(
      `query ($after: String) { leader(name: "Pager Qtp") { meetings(first: 100, after: $after) { nodes { id } } } }`,
      {
        after: first.leader.meetings.pageInfo.endCursor,
      },
    );
    expect(first.leader.meetings.totalCount).toBe(count);
    expect(second.leader.meetings.nodes.map((n: { id: string }) => n.id)).toEqual(expected.slice(100, 200));
  });

  it("refuses more than 100 per page, naming the value", async () => {
    const error = await api.failure(`{ meetings(person: "qtp-pager", first: 250) { totalCount } }`);
    expect(error).toEqual({
      code: "BAD_USER_INPUT",
      message: "first must be a whole number from 0 to 100; 250 is not.",
    });
  });

  it("refuses a cursor it did not hand out", async () => {
    const error = await api.failure(`{ meetings(person: "qtp-pager", after: "bm9wZQ") { totalCount } }`);
    expect(error.code).toBe("BAD_USER_INPUT");
    expect(error.message).toContain('"bm9wZQ"');
  });
});
