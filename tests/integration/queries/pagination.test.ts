import type { ArticleInput } from "../../../src/ingestion/articleInput";
import { apiOnArticles } from "./harness";

/**
 * Keyset pagination over the 260 meetings of one person: many on the same day (the id breaks ties),
 * some dated to the month only, ten undated. No handful of real reports gives one person that many,
 * so the articles are generated from one sentence template: Einar Gerhardsen and Tage Erlander, the
 * Norwegian and Swedish prime ministers of 1947–49, meeting in ten capitals a month. The places and
 * days are made up to give the pages their shape; they are not a record of the two men's talks.
 * Ingestion makes a meeting of each host country and month (README, "Merge rules"), and of each
 * host for an undated report that more than one of those could mean.
 */
const capitals = [
  "Oslo",
  "Stockholm",
  "Copenhagen",
  "Helsinki",
  "Reykjavik",
  "London",
  "Paris",
  "Brussels",
  "Amsterdam",
  "Bern",
];
const monthNames = "January February March April May June July August September October November December".split(" ");
const months = 25;
const pair = "Norwegian Prime Minister Einar Gerhardsen met Swedish Prime Minister Tage Erlander";

/** Each meeting's date as written: ten a month from 1947-01 to 1949-01, on day 1, 2 or 3 or in the month. */
const written = Array.from({ length: months }, (_, m) =>
  capitals.map((_city, c) => {
    const i = m * capitals.length + c;
    const month = `${1947 + Math.floor(m / 12)}-${String(1 + (m % 12)).padStart(2, "0")}`;
    return i % 5 === 0 ? month : `${month}-0${1 + (i % 3)}`;
  }),
);
/** "1948-03-02" in words: "on 2 March 1948" (or "in March 1948" for a month). */
const inWords = (date: string): string => {
  const [year, month, day] = date.split("-");
  const when = `${monthNames[Number(month) - 1]} ${year}`;
  return day ? `on ${Number(day)} ${when}` : `in ${when}`;
};
const monthly: ArticleInput[] = written.map((days) => ({
  id: `fixture-pagination-${days[0].slice(0, 7)}`,
  language: "en",
  publishedAt: `${days[0].slice(0, 7)}-20T08:00:00Z`,
  title: `Nordic talks, ${inWords(days[0].slice(0, 7)).slice(3)}`,
  text: days.map((date, c) => `${pair} in ${capitals[c]} ${inWords(date)}.`).join(" "),
}));
const undated: ArticleInput = {
  id: "fixture-pagination-undated",
  language: "en",
  // No publication date either: extraction would date "met" to the month it was published in.
  title: "Nordic talks, places only",
  text: capitals.map((city) => `${pair} in ${city}.`).join(" "),
};
const articles = [...monthly, undated];
const dates = [...written.flat(), ...capitals.map(() => null)];
const count = dates.length;
const person = "Einar Gerhardsen";

const api = apiOnArticles(articles);

type Meeting = { id: string; date: string | null };
/** The documented order of what ingestion wrote: date descending, undated last, then id. */
async function expectedOrder(): Promise<string[]> {
  const meetings: Meeting[] = await api.facts(
    articles.map((a) => a.id!),
    "Meeting",
  );
  return [...meetings]
    .sort((a, b) =>
      (a.date ?? "") === (b.date ?? "") ? (a.id < b.id ? -1 : 1) : (a.date ?? "") < (b.date ?? "") ? 1 : -1,
    )
    .map((m) => m.id);
}

const pageQuery = `query ($first: Int!, $after: String) {
  meetings(person: "${person}", first: $first, after: $after) { totalCount nodes { id } pageInfo { hasNextPage endCursor } }
}`;

describe("cursor pagination", () => {
  it("has the shape the pages are tested on: 260 meetings, ties on a day, month-only and undated dates", async () => {
    const meetings: Meeting[] = await api.facts(
      articles.map((a) => a.id!),
      "Meeting",
    );
    const byDate = (a: string | null, b: string | null) => (a ?? "").localeCompare(b ?? "");
    expect(meetings.map((m) => m.date).sort(byDate)).toEqual([...dates].sort(byDate));
    expect(count).toBe(260);
    // Three meetings on 1 March 1948 at least; 50 dated to the month; 10 undated.
    expect(dates.filter((d) => d === "1948-03-01").length).toBeGreaterThanOrEqual(3);
    expect(dates.filter((d) => d?.length === 7)).toHaveLength(50);
    expect(dates.filter((d) => d === null)).toHaveLength(10);
  });

  it.each([1, 37, 100])(
    "walks all %i-item pages with no gap or repeat and the right totalCount",
    async (size) => {
      const expected = await expectedOrder();
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
    expect((await api.query(`{ meetings(person: "${person}") { nodes { id } } }`)).meetings.nodes).toHaveLength(20);
    const empty = await api.query(
      `{ meetings(person: "${person}", first: 0) { totalCount nodes { id } pageInfo { hasNextPage endCursor } } }`,
    );
    expect(empty.meetings).toEqual({ totalCount: count, nodes: [], pageInfo: { hasNextPage: true, endCursor: null } });
  });

  it("pages a nested list (a leader's meetings) the same way", async () => {
    const expected = await expectedOrder();
    const first = await api.query(
      `{ leader(name: "${person}") { meetings(first: 100) { totalCount pageInfo { endCursor } } } }`,
    );
    const second = await api.query(
      `query ($after: String) { leader(name: "${person}") { meetings(first: 100, after: $after) { nodes { id } } } }`,
      { after: first.leader.meetings.pageInfo.endCursor },
    );
    expect(first.leader.meetings.totalCount).toBe(count);
    expect(second.leader.meetings.nodes.map((n: { id: string }) => n.id)).toEqual(expected.slice(100, 200));
  });

  it("refuses more than 100 per page, naming the value", async () => {
    const error = await api.failure(`{ meetings(person: "${person}", first: 250) { totalCount } }`);
    expect(error).toEqual({
      code: "BAD_USER_INPUT",
      message: "first must be a whole number from 0 to 100; 250 is not.",
    });
  });

  it("refuses a cursor it did not hand out", async () => {
    const error = await api.failure(`{ meetings(person: "${person}", after: "bm9wZQ") { totalCount } }`);
    expect(error.code).toBe("BAD_USER_INPUT");
    expect(error.message).toContain('"bm9wZQ"');
  });
});
