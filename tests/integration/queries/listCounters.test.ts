import { deleteArticle } from "../../../src/graph/deleteArticle";
import type { ArticleInput } from "../../../src/ingestion/articleInput";
import { ingestArticles } from "../../../src/ingestion/ingestArticles";
import { shuffled } from "../../support/shuffled";
import { apiOnArticles } from "./harness";

/**
 * The lists' totalCount comes from counters kept as facts are written and removed, and a side's page
 * from its FILED keys (src/graph/tallyFacts.ts): both must equal a walk of the graph after any mix of
 * ingests, re-ingests of changed text and deletes, for every filter set and page size. The articles
 * are generated from two sentences about Seán Lemass and Jens Otto Krag, the Irish and Danish prime
 * ministers who both sought to join the European Economic Community in 1961-63; the cities and days
 * are made up to give the lists their shape, not a record of their talks.
 */
const cities = ["Dublin", "Copenhagen", "Brussels", "Paris"];
const monthNames = "January February March April May June July August September October November December".split(" ");
const day = (i: number) => new Date(Date.UTC(1961, 0, 2 + 8 * i));
/** Article i's date in words: a day, or every fifth a month only. */
const when = (i: number) => {
  const date = day(i);
  const month = `${monthNames[date.getUTCMonth()]} ${date.getUTCFullYear()}`;
  return i % 5 === 4 ? `in ${month}` : `on ${date.getUTCDate()} ${month}`;
};
const article = (i: number, city = cities[i % cities.length]): ArticleInput => ({
  id: `fixture-listcounters-${i}`,
  language: "en",
  publishedAt: `${day(i).toISOString().slice(0, 10)}T09:00:00Z`,
  title: `Lemass and Krag, ${when(i)}`,
  text:
    `Irish Prime Minister Sean Lemass met Danish Prime Minister Jens Otto Krag in ${city} ${when(i)}. ` +
    `Ireland said ${when(i)} that it wanted closer trade with Denmark.`,
});
const count = 36;
const all = Array.from({ length: count }, (_, i) => article(i));
const undated: ArticleInput = {
  id: "fixture-listcounters-undated",
  language: "en",
  title: "Lemass and Krag",
  text: "Irish Prime Minister Sean Lemass met Danish Prime Minister Jens Otto Krag in Dublin.",
};
const ids = [...all, undated].map((a) => a.id!);

const api = apiOnArticles([]);

interface Filter {
  list: "meetings" | "statements";
  args: string;
  /** The side the oracle walks from, and the range it keeps. */
  actor: string;
  from?: string;
  to?: string;
}
const filters: Filter[] = [
  { list: "meetings", args: 'person: "Sean Lemass"', actor: "sean-lemass" },
  { list: "meetings", args: 'country: "DK"', actor: "DK" },
  {
    list: "meetings",
    args: 'country: "IE", from: "1961-03", to: "1961-05-20"',
    actor: "IE",
    from: "1961-03",
    to: "1961-05-20",
  },
  { list: "meetings", args: 'person: "Sean Lemass", from: "1961-02-14"', actor: "sean-lemass", from: "1961-02-14" },
  { list: "statements", args: 'country: "IE"', actor: "IE" },
  {
    list: "statements",
    args: 'country: "DK", from: "1961-04-02", to: "1961"',
    actor: "DK",
    from: "1961-04-02",
    to: "1961",
  },
  { list: "statements", args: 'country: "IE", to: "1961-03"', actor: "IE", to: "1961-03" },
];

type Row = { id: string; date: string | null };

/** What the list must hold: the side's facts walked, kept by the range rule, in the documented order. */
async function walked(filter: Filter): Promise<string[]> {
  const kind = filter.list === "meetings" ? "Meeting" : "Statement";
  const rows = await api.db.read<Row>("test/sideFacts", { actor: filter.actor, kind });
  const ranged = filter.from !== undefined || filter.to !== undefined;
  return rows
    .filter(
      ({ date }) =>
        !ranged ||
        (date !== null &&
          (filter.from === undefined || date + "~" >= filter.from) &&
          (filter.to === undefined || date <= filter.to + "~")),
    )
    .sort((a, b) =>
      (a.date ?? "") === (b.date ?? "") ? (a.id < b.id ? -1 : 1) : (a.date ?? "") < (b.date ?? "") ? 1 : -1,
    )
    .map((row) => row.id);
}

/** Every filter paged through `size` at a time: each page's totalCount and the ids in order equal the walk. */
async function expectListsTrue(size: number): Promise<void> {
  for (const filter of filters) {
    const expected = await walked(filter);
    const seen: string[] = [];
    const totals = new Set<number>();
    let after: string | null = null;
    for (let page = 0; page <= expected.length + 1; page++) {
      const data = await api.query(
        `query ($after: String) { ${filter.list}(${filter.args}, first: ${size}, after: $after) { totalCount nodes { id } pageInfo { hasNextPage endCursor } } }`,
        { after },
      );
      const result = data[filter.list];
      totals.add(result.totalCount);
      seen.push(...result.nodes.map((n: { id: string }) => n.id));
      if (!result.pageInfo.hasNextPage) break;
      after = result.pageInfo.endCursor;
    }
    expect({ filter: filter.args, totals: [...totals], seen }).toEqual({
      filter: filter.args,
      totals: [expected.length],
      seen: expected,
    });
  }
}

/**
 * Issue #17: a series by month with month bounds reads the Links' counters (tallyFacts); with day
 * bounds covering the same months, each keyed relationship. Both must give the same buckets, not all
 * zero, and every series counter must equal the facts and articles counted under it.
 */
async function expectSeriesTrue(): Promise<void> {
  const fields = "bucket meetings statements articles stances { stance count }";
  for (const [a, b] of [
    ["IE", "DK"],
    ["Sean Lemass", "Jens Otto Krag"],
  ]) {
    const { relationship } = await api.query(
      `{ relationship(a: "${a}", b: "${b}") {
        counted: series(interval: MONTH, from: "1960-12", to: "1962-01") { ${fields} }
        read: series(interval: MONTH, from: "1960-12-01", to: "1962-01-31") { ${fields} } } }`,
    );
    expect(relationship.counted).toEqual(relationship.read);
    expect(relationship.counted.some((bucket: { articles: number }) => bucket.articles > 0)).toBe(true);
  }
  const [drift] = await api.db.read<{ counted: unknown[]; tallies: unknown[]; untallies: number }>("test/tallyDrift", {
    prefixes: ["S|"],
  });
  expect(drift.tallies).toEqual(drift.counted);
  expect(drift.untallies).toBe(0);
}

async function ingest(articles: ArticleInput[]): Promise<void> {
  for (const outcome of await ingestArticles(api.db, articles)) if (!outcome.ok) throw outcome.error;
}

beforeAll(async () => {
  for (const id of ids) await deleteArticle(api.db, id); // a run that was killed left them
}, 120_000);

describe("list and series counters and FILED keys", () => {
  it("count and page every filter, and count series, as a walk of the graph does, across ingests, changed re-ingests and deletes", async () => {
    // Ingested in a random order, in batches of random sizes.
    const order = shuffled([...all, undated], 18);
    for (let start = 0; start < order.length;) {
      const size = 1 + ((start * 7) % 9);
      await ingest(order.slice(start, start + size));
      start += size;
    }
    expect((await walked(filters[0])).length).toBeGreaterThan(10);
    await expectListsTrue(7);
    await expectSeriesTrue();

    // A third deleted (meetings left with no report go, others lose a month's anchor).
    const deleted = shuffled(ids, 7).slice(0, 13);
    for (const id of deleted) await deleteArticle(api.db, id);
    await expectListsTrue(5);
    await expectSeriesTrue();

    // Changed text re-ingested (another city: the meeting moves), some deleted ones back as they were.
    const changed = all.filter((a) => !deleted.includes(a.id!)).slice(0, 6);
    await ingest(changed.map((a) => article(Number(a.id!.split("-").pop()), "Luxembourg")));
    await ingest(all.filter((a) => deleted.slice(0, 6).includes(a.id!)));
    await expectListsTrue(100);
    await expectListsTrue(3);
    await expectSeriesTrue();
    // Here, not in an afterAll: the harness closes its database before a later afterAll runs.
    for (const id of ids) await deleteArticle(api.db, id);
  }, 900_000);
});
