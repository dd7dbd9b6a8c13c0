import { apiOnArticles, type ReportedFact } from "./harness";
import articles from "../../fixtures/queries/wholeLists.json";

/**
 * The lists without an actor to start from: read in date order from an index and stopped after the
 * page, the undated after the dated, counted from the count store or the index. The graph is written
 * by ingestion from tests/fixtures/queries/wholeLists.json (Nehru and Khrushchev in 1955, in this
 * project's words): Moscow in June (a day; Nehru denies), New Delhi planned for November (a month,
 * told in an article of July, a month), Khrushchev's warning of May (a day), Belgrade undated (an
 * article with no date, a meeting and a warning). The graph holds other tests'
 * data too, so the ranges are 1955, which no other test writes, and a walk over everything checks
 * order and uniqueness, not counts.
 */
const api = apiOnArticles(articles);
const [moscow, delhi, warned, belgrade] = articles.map((article) => article.id);
/** The one fact of this kind that an article reports. */
const factOf = async (article: string, kind: ReportedFact["kind"]) => (await api.fact(kind, [article])).id;

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
    const [denial, warning] = [await factOf(moscow, "Statement"), await factOf(warned, "Statement")];
    expect(await page("statements", `from: "1955", to: "1955"`)).toMatchObject({
      totalCount: 2,
      nodes: [{ id: denial }, { id: warning }],
    });
    expect(ids(await page("statements", `from: "1955", to: "1955", stance: DENY`))).toEqual([denial]);
    expect(ids(await page("statements", `from: "1955", to: "1955", language: "en"`))).toEqual([warning]);
    expect(await page("articles", `from: "1955", to: "1955"`)).toMatchObject({
      totalCount: 3,
      nodes: [{ id: delhi }, { id: moscow }, { id: warned }],
    });
    // A month-precise date overlaps a day in it.
    expect(ids(await page("articles", `from: "1955-07-15", to: "1955"`))).toEqual([delhi]);
    expect(ids(await page("articles", `from: "1955", to: "1955", language: "id"`))).toEqual([moscow]);
    expect(await page("meetings", `from: "1955", to: "1955", status: PLANNED`)).toMatchObject({
      totalCount: 1,
      nodes: [{ id: await factOf(delhi, "Meeting") }],
    });
    // Pages of one: each page but the last says there is more, and together they are the list.
    for (const list of ["meetings", "statements", "articles"] as const) {
      const whole = ids(await page(list, `from: "1955", to: "1955"`));
      const walked: string[] = [];
      for (let after: string | null = null, more = true; more;) {
        const next: Connection = await page(list, `first: 1, from: "1955", to: "1955"`, after);
        walked.push(...ids(next));
        ({ hasNextPage: more, endCursor: after } = next.pageInfo);
        expect(more).toBe(walked.length < whole.length);
      }
      expect(walked).toEqual(whole);
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
      // This file's, newest first, then the undated ones from Belgrade.
      const order = { articles: [delhi, moscow, warned, belgrade], meetings: [delhi, moscow, belgrade] };
      const expected =
        list === "articles"
          ? order.articles
          : list === "meetings"
            ? await Promise.all(order.meetings.map((article) => factOf(article, "Meeting")))
            : await Promise.all([moscow, warned, belgrade].map((article) => factOf(article, "Statement")));
      expect(seen.map((node) => node.id).filter((id) => expected.includes(id))).toEqual(expected);
    },
  );
});
