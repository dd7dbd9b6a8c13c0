import { apiOnArticles } from "./harness";
import articles from "../../fixtures/queries/search.json";

/**
 * search(text): full text over names, spellings, titles and quotes, on a graph that ingestion wrote
 * from tests/fixtures/queries/search.json (the Council of Europe's Reykjavik summit of May 2023, in
 * this project's words). Its title and quote use words no other test writes.
 */
const api = apiOnArticles(articles);
const [{ id: article }] = articles;

const query = `query ($text: String!, $first: Int) {
  search(text: $text, first: $first) {
    score
    node { __typename ... on Leader { id name } ... on Country { id } ... on Organization { id } ... on Article { id } ... on Statement { id quote } }
  }
}`;
const found = async (text: string) =>
  (await api.query(query, { text })).search.map((hit: { node: { id: string } }) => hit.node.id);

describe("search(text)", () => {
  it("finds a person by a word of a stored name, and by the whole name", async () => {
    const { search } = await api.query(query, { text: "Jakobsdottir" });
    expect(search[0].node).toEqual({ __typename: "Leader", id: "katrin-jakobsdottir", name: "Katrin Jakobsdottir" });
    expect(search[0].score).toBeGreaterThan(0);
    expect(await found("katrin jakobsdottir")).toContain("katrin-jakobsdottir");
  });

  it("finds countries by a name in another language, organizations, articles by title and statements by quote", async () => {
    const statement = await api.fact("Statement", [article]);
    expect(await found("Islandia")).toContain("IS");
    expect(await found("European Union")).toContain("EU");
    expect(await found("register war damage")).toEqual([article]);
    expect(await found("inflicted loss register")).toEqual([statement.id]);
  });

  it("requires every word", async () => {
    expect(await found("Jakobsdottir Islandia")).toEqual([]);
  });

  it.each([
    '"',
    "~",
    "(",
    ")",
    "AND",
    "OR NOT",
    "\\",
    "*",
    "?",
    "a:b",
    "[1 TO 2]",
    "{}",
    "^2",
    "/re/",
    "&& ||",
    "!",
    "-",
    "+",
    'Katrin "Jakobsdottir~ (',
    "Jakobsdottir*",
  ])("never fails on Lucene syntax: %p", async (text) => {
    await expect(api.query(query, { text })).resolves.toBeDefined();
  });

  it("still finds words wrapped in Lucene syntax", async () => {
    expect(await found('"Jakobsdottir~ (Katrin)')).toContain("katrin-jakobsdottir");
  });

  it("refuses first beyond 100", async () => {
    const error = await api.failure(query, { text: "Jakobsdottir", first: 101 });
    expect(error).toEqual({
      code: "BAD_USER_INPUT",
      message: "first must be a whole number from 1 to 100; 101 is not.",
    });
  });
});
