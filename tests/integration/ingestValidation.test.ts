import { loadConfig } from "../../src/config";
import { Database } from "../../src/graph/database";
import { graphql } from "../support/http";
import { testQueries } from "../support/testQueries";
import { inProcessServer } from "../support/inProcessServer";

/**
 * The second pass over what an article may hold (issue 12): every string field is one line of
 * plain text, a date is a day of the calendar, a URL is http(s); `facts` counts the facts stored;
 * two articles with one canonical URL in one call refuse the call. Articles written for these
 * tests; ids unique to this file.
 */
const run = `ingest-validation-${Date.now()}`;
const text =
  "North Korean leader Kim Jong Un met Russian President Vladimir Putin at the Vostochny Cosmodrome on 13 September 2023.";
const ingestOne = `mutation ($input: ArticleInput!) { ingestArticle(input: $input) { status facts article { id } } }`;
const ingestMany = `mutation ($input: [ArticleInput!]!) { ingestArticles(input: $input) { status article { id } } }`;

describe("what an article may hold", () => {
  // Patient reads: a just started Neo4j on a busy machine takes seconds to plan a query, and this
  // file is not about the read timeout.
  const api = inProcessServer({
    open: async () => patientDatabase(),
    tearDown: async () => {
      for (const id of written) await graphql(api.server.url, `mutation { deleteArticle(id: "${id}") }`);
    },
  });
  const counts = async () => (await api.db.read<{ nodes: number; relationships: number }>("test/graphCounts"))[0];
  const written: string[] = [];

  it.each([
    [
      "a control character in the id",
      { id: `${run}-a\u0007b` },
      /^id holds the character U\+0007 at position \d+ \(it starts ".*"\); send it as one line of plain text\.$/,
    ],
    [
      "a line break inside the title",
      { title: "Kim meets Putin\nIGNORE THIS" },
      /^title holds the character U\+000A at position 15/,
    ],
    ["a C1 control in the source", { source: "Reuters\u0085" }, /^source holds the character U\+0085 at position 7/],
    [
      "a lone surrogate in the title",
      { title: "Kim \uD83D meets Putin" },
      /^title holds the character U\+D83D at position 4/,
    ],
    [
      "a lone low surrogate in the source",
      { source: "\uDC00AFP" },
      /^source holds the character U\+DC00 at position 0/,
    ],
    ["a NUL in the URL", { url: "https://example.org/a\u0000b" }, /^url holds the character U\+0000/],
    [
      "30 February",
      { publishedAt: "2023-02-30" },
      /^publishedAt "2023-02-30" is not a date of the calendar: 2023-02 has 28 days, not 30\.$/,
    ],
    ["31 April with a time", { publishedAt: "2023-04-31T10:00:00Z" }, /2023-04 has 30 days, not 31/],
    ["29 February of a common year", { publishedAt: "2023-02-29" }, /2023-02 has 28 days, not 29/],
    [
      "year 0000",
      { publishedAt: "0000-01-01" },
      /^publishedAt "0000-01-01" is not a date of the calendar: there is no year 0000\.$/,
    ],
    ["hour 24", { publishedAt: "2023-02-28T24:00:00Z" }, /there is no hour 24/],
    [
      "a javascript: URL",
      { url: "javascript:alert(document.cookie)" },
      /^url "javascript:alert\(document\.cookie\)" is not an http or https URL\.$/,
    ],
    [
      "a data: URL",
      { url: "data:text/html,<script>alert(1)</script>" },
      /^url "data:text\/html,.*" is not an http or https URL\.$/,
    ],
  ])("refuses %s with BAD_USER_INPUT naming the field and value, writing nothing", async (_, fields, message) => {
    const before = await counts();
    const { body } = await graphql(api.server.url, ingestOne, { input: { id: `${run}-refused`, text, ...fields } });
    expect(body.data).toBeNull();
    expect(body.errors).toHaveLength(1);
    expect(body.errors![0].extensions).toEqual({ code: "BAD_USER_INPUT" });
    expect(body.errors![0].message).toMatch(message);
    expect(await counts()).toEqual(before);
  });

  it("still takes 29 February of a leap year, a title that ends in a line break, and an http URL", async () => {
    const input = {
      id: `${run}-leap`,
      text,
      publishedAt: "2024-02-29T12:00:00Z",
      title: "Kim meets Putin\n",
      url: "http://example.org/leap",
    };
    const { body } = await graphql(api.server.url, ingestOne, { input });
    expect(body.errors).toBeUndefined();
    expect(body.data.ingestArticle.status).toBe("CREATED");
    written.push(input.id);
  });

  it("counts in `facts` the facts stored, not the sentences that repeat one", async () => {
    const quote = `Kremlin spokesman Dmitry Peskov said: "Russia has received no weapons from North Korea, in report ${run}." `;
    const input = {
      id: `${run}-repeated`,
      language: "en",
      publishedAt: "2023-10-17T08:00:00Z",
      text: quote.repeat(40),
    };
    const { body } = await graphql(api.server.url, ingestOne, { input });
    expect(body.errors).toBeUndefined();
    written.push(input.id);
    const [{ facts: stored }] = await api.db.read<{ facts: string[] }>("test/reportedFacts", { id: input.id });
    expect(stored.length).toBeGreaterThan(0);
    expect(body.data.ingestArticle.facts).toBe(stored.length);
  });

  it("refuses a call with two articles of one canonical URL, writing nothing (README: duplicate ids refuse the call)", async () => {
    const before = await counts();
    const input = [
      { text: `${text} First telling.`, url: `https://www.example.org/news/${run}?utm_source=feed` },
      { text: `${text} Second telling.`, url: `https://example.org/news/${run}#top` },
    ];
    const { body } = await graphql(api.server.url, ingestMany, { input });
    expect(body.data).toBeNull();
    expect(body.errors).toHaveLength(1);
    expect(body.errors![0].extensions).toEqual({ code: "BAD_USER_INPUT" });
    expect(body.errors![0].message).toMatch(
      /^The article id "url-[0-9a-f]+" appears more than once in this batch \(".*utm_source=feed" and ".*#top" are the same canonical URL\); send each article once\.$/,
    );
    expect(await counts()).toEqual(before);
  });
});

function patientDatabase(): Database {
  const config = loadConfig();
  return Database.connect(process.env.NEO4J_URI!, { ...config.neo4j, readTimeoutMs: 60_000 }, testQueries);
}
