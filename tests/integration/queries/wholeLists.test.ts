import { apiHarness } from "./harness";
import { SeedGraph } from "./seedGraph";

/**
 * The lists without an actor to start from: read in date order from an index and stopped after the
 * page, the undated after the dated, counted from the count store or the index. The graph holds
 * other tests' data too, so the ranges are this file's year (1931) and a walk over everything
 * checks order and uniqueness, not counts. Ids start with qtw.
 */
const seed = new SeedGraph("qtw")
  .country("XW", "Qtwland", ["Qtwland"])
  .person("qtw-ann", "Ann Qtw", "XW")
  .person("qtw-bo", "Bo Qtw", null)
  .article({ id: "qtw-a1", language: "id", publishedAt: "1931-03-02T10:00:00Z" }, ["XW"])
  .article({ id: "qtw-a2", language: "en", publishedAt: "1931-04" }, ["XW"])
  .article({ id: "qtw-a3", language: "en", publishedAt: null }, ["XW"])
  .meeting("qtw-m1", { date: "1931-03-01", participants: ["qtw-ann", "qtw-bo"], reports: ["qtw-a1"] })
  .meeting("qtw-m2", { date: "1931-04", status: "planned", participants: ["qtw-ann", "qtw-bo"], reports: ["qtw-a2"] })
  .meeting("qtw-m3", { date: null, participants: ["qtw-bo", "XW"], reports: ["qtw-a3"] })
  .statement("qtw-s1", { speaker: "qtw-ann", about: ["XW"], stance: "deny", date: "1931-03-02", reports: ["qtw-a1"] })
  .statement("qtw-s2", { speaker: "qtw-bo", about: ["XW"], stance: "warn", date: "1931-04-01", reports: ["qtw-a2"] })
  .statement("qtw-s3", { speaker: "qtw-bo", about: ["XW"], stance: "warn", date: null, reports: ["qtw-a3"] });

const api = apiHarness(seed);

type Connection = {
  totalCount: number;
  nodes: Array<{ id: string; date: string | null }>;
  pageInfo: { hasNextPage: boolean; endCursor: string | null };
};
const lists = {
  meetings: "id date",
  statements: "id date",
  articles: "id date: publishedAt",
};
const page = async (list: keyof typeof lists, args: string, after: string | null = null): Promise<Connection> =>
  (
    await api.query(
      `query ($after: String) { ${list}(${args}, after: $after) { totalCount nodes { ${lists[list]} } pageInfo { hasNextPage endCursor } } }`,
      { after },
    )
  )[list];
const ids = (connection: Connection) => connection.nodes.map((node) => node.id);

describe("whole lists (no actor given)", () => {
  it("read a date range newest first, count it, and page through it", async () => {
    expect(await page("statements", `from: "1931", to: "1931"`)).toMatchObject({
      totalCount: 2,
      nodes: [{ id: "qtw-s2" }, { id: "qtw-s1" }],
    });
    expect(ids(await page("statements", `from: "1931", to: "1931", stance: DENY`))).toEqual(["qtw-s1"]);
    expect(ids(await page("statements", `from: "1931", to: "1931", language: "en"`))).toEqual(["qtw-s2"]);
    expect(await page("articles", `from: "1931", to: "1931"`)).toMatchObject({
      totalCount: 2,
      nodes: [{ id: "qtw-a2" }, { id: "qtw-a1" }],
    });
    // A month-precise date overlaps a day in it.
    expect(ids(await page("articles", `from: "1931-04-15", to: "1931"`))).toEqual(["qtw-a2"]);
    expect(ids(await page("articles", `from: "1931", to: "1931", language: "id"`))).toEqual(["qtw-a1"]);
    expect(await page("meetings", `from: "1931", to: "1931", status: PLANNED`)).toMatchObject({
      totalCount: 1,
      nodes: [{ id: "qtw-m2" }],
    });
    for (const list of ["meetings", "statements", "articles"] as const) {
      const first = await page(list, `first: 1, from: "1931", to: "1931"`);
      expect(first.pageInfo.hasNextPage).toBe(true);
      const second = await page(list, `first: 1, from: "1931", to: "1931"`, first.pageInfo.endCursor);
      expect([...ids(first), ...ids(second)]).toEqual(ids(await page(list, `from: "1931", to: "1931"`)));
      expect(second.pageInfo.hasNextPage).toBe(false);
    }
  });

  it.each(Object.keys(lists) as Array<keyof typeof lists>)(
    "walk every page of %s: dated newest first, then the undated, each once",
    async (list) => {
      const seen: Connection["nodes"] = [];
      for (let after: string | null = null, more = true; more;) {
        const next: Connection = await page(list, "first: 100", after);
        seen.push(...next.nodes);
        ({ hasNextPage: more, endCursor: after } = next.pageInfo);
      }
      expect(new Set(seen.map((node) => node.id)).size).toBe(seen.length);
      const keys = seen.map((node) => node.date ?? "");
      expect(keys).toEqual([...keys].sort().reverse());
      const mine = seen.filter((node) => node.id.startsWith("qtw-")).map((node) => node.id);
      expect(mine).toEqual([`qtw-${list[0]}2`, `qtw-${list[0]}1`, `qtw-${list[0]}3`]);
    },
  );
});
