import type { ArticleInput } from "../../../src/ingestion/articleInput";
import { apiOnArticles } from "./harness";

/**
 * No N+1 for cooperation facts: a relationship request costs the same number of Cypher queries for
 * 5 alleged transfers (each accused by a third state and denied by the supplier) as for 100, with
 * as many meetings and statements beside them. The graph is ingested from articles generated from
 * sentence templates about the Chaco War (1932–35), when Bolivia and Paraguay each accused a
 * neighbour of supplying the other: Chile to Bolivia (5) and Argentina to Paraguay (100). The
 * shipments, meetings and days are made up to give the graph its size. Extraction dates no
 * transfer, and a transfer's key is its ends, items and month (README, "Merge rules"), so each of
 * a pair's transfers names its own set of items; each article is published on its own day, as
 * statements without a quote merge on their speaker, stance, countries and day.
 * Each side also gets 20 later statements of friendship, so that the latest 20 statements (the
 * lists' default size, and so the timeline) hold none of the claims' statements for 5 as for 100:
 * the claims read their statements through the same per-request loaders, and a statement already
 * listed costs no query (with the claims among the listed for 5 and not for 100 it was 7 queries
 * against 9 — a fixed difference, not one per fact, but not what this compares).
 */
const items = ["rifles", "shells", "rockets", "fuel", "flour", "components", "supplies", "cash"];
/** The item sets of one to four of `items`, smallest first. */
const itemSets: string[][] = [[]];
for (const item of items) for (const set of [...itemSets]) if (set.length < 4) itemSets.push([...set, item]);
itemSets.shift();
itemSets.sort((a, b) => a.length - b.length);
const list = (words: string[]) =>
  words.length === 1 ? words[0] : `${words.slice(0, -1).join(", ")} and ${words[words.length - 1]}`;

interface Side {
  supplier: string;
  receiver: string;
  accuser: string;
  minister: string;
  president: string;
  city: string;
  /** The month of the first meeting. */
  start: number;
}
const sides = {
  few: {
    supplier: "Chile",
    receiver: "Bolivia",
    accuser: "Paraguay",
    minister: "Chilean Foreign Minister Miguel Cruchaga Tocornal",
    president: "Bolivian President Daniel Salamanca",
    city: "Buenos Aires",
    start: 1932 * 12,
  },
  many: {
    supplier: "Argentina",
    receiver: "Paraguay",
    accuser: "Bolivia",
    minister: "Argentine Foreign Minister Carlos Saavedra Lamas",
    president: "Paraguayan President Eusebio Ayala",
    city: "Buenos Aires",
    start: 1926 * 12,
  },
} satisfies Record<string, Side>;

/**
 * Article i of a side: a statement of friendship, in week i of 1936 (a week apart, so that the same
 * words are not one remark retold: statements merge across articles published within 3 days).
 */
function laterOf(side: Side, n: number): ArticleInput[] {
  return Array.from({ length: n }, (_, i) => {
    const date = new Date(Date.UTC(1936, 0, 1 + 7 * i));
    const day = date.toLocaleDateString("en-GB", { day: "numeric", month: "long", year: "numeric", timeZone: "UTC" });
    return {
      id: `fixture-contradictioncount-${side.supplier.toLowerCase()}-later-${i}`,
      language: "en",
      publishedAt: `${date.toISOString().slice(0, 10)}T08:00:00Z`,
      title: `${side.supplier} and ${side.receiver}`,
      text: `${side.supplier} said on ${day} that it valued its friendship with ${side.receiver}.`,
    };
  });
}

/** Article i of a side: a meeting in month start + i, and a shipment of item set i accused and denied. */
function articlesOf(side: Side, n: number): ArticleInput[] {
  return Array.from({ length: n }, (_, i) => {
    const year = Math.floor((side.start + i) / 12);
    const month = String(1 + ((side.start + i) % 12)).padStart(2, "0");
    const date = new Date(`${year}-${month}-04T00:00:00Z`);
    const day = date.toLocaleDateString("en-GB", { day: "numeric", month: "long", year: "numeric", timeZone: "UTC" });
    const shipment = `${list(itemSets[i])} to ${side.receiver}`;
    return {
      id: `fixture-contradictioncount-${side.supplier.toLowerCase()}-${i}`,
      language: "en",
      publishedAt: `${year}-${month}-05T08:00:00Z`,
      title: `${side.accuser} blames ${side.supplier}`,
      text: [
        `${side.minister} met ${side.president} in ${side.city} on ${day}.`,
        `${side.accuser} accused ${side.supplier} of sending ${shipment}.`,
        `${side.supplier} denied that it had sent ${shipment}.`,
      ].join(" "),
    };
  });
}

const later = 20;
const few = [...articlesOf(sides.few, 5), ...laterOf(sides.few, later)];
const many = [...articlesOf(sides.many, 100), ...laterOf(sides.many, later)];
const api = apiOnArticles([...few, ...many]);

describe("the Cypher count of a relationship request with contradictions", () => {
  it("stays fixed for a relationship's facts and their nested fields", async () => {
    const query = `query ($a: String!, $b: String!) { relationship(a: $a, b: $b) {
      meetings { participants { id } location { code } sources { article { id } } }
      statements { speaker { id } about { code } }
      timeline { fact { id sources { sentence } } }
      transfers { from { id } to { id } claims { accused { speaker { id } sources { sentence } } denied { id } } }
      contradictions { fact { id } asserted { speaker { id } sources { sentence } } denied { speaker { id } } }
      summary { meetings statements transfers contradictions }
    } }`;
    const run = async (side: Side) => {
      const before = api.db.queryCount;
      const data = await api.query(query, { a: side.supplier, b: side.receiver });
      return { queries: api.db.queryCount - before, ...data.relationship };
    };
    const small = await run(sides.few);
    const large = await run(sides.many);
    // What ingestion wrote: one meeting, two statements and one transfer per shipment's article.
    for (const [result, articles, n] of [
      [small, few, 5],
      [large, many, 100],
    ] as const) {
      const written = await api.facts(articles.map((a) => a.id!));
      expect(written.filter((f) => f.kind === "Transfer")).toHaveLength(n);
      expect(result.summary).toEqual({ meetings: n, statements: 2 * n + later, transfers: n, contradictions: n });
    }
    expect(large.contradictions[0].asserted[0].speaker.id).toBe("BO");
    expect(large.contradictions[0].denied[0].speaker.id).toBe("AR");
    expect(large.queries).toBe(small.queries);
    console.log(
      `Cypher queries per relationship request: ${small.queries} for 5 contradictions, ${large.queries} for 100`,
    );
  });
});
