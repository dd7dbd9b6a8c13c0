import type { Database } from "../../../src/graph/database";
import type { Server } from "../../../src/api/server";
import { testDatabase } from "../../support/database";
import { post, testServer } from "../../support/server";

/**
 * Every kind of bad article gets BAD_USER_INPUT with a sentence naming the value, and the graph's
 * node and relationship counts do not move.
 */
const run = `bad-${Date.now()}`;
const mutation = `mutation ($input: ArticleInput!) { ingestArticle(input: $input) { status article { id title source } } }`;
const text = "Kim Jong Un met Vladimir Putin at the Vostochny Cosmodrome on Wednesday.";
const future = new Date(Date.now() + 30 * 24 * 3600 * 1000).toISOString().slice(0, 10);

describe("bad input", () => {
  let db: Database;
  let server: Server;
  const counts = async () => (await db.read<{ nodes: number; relationships: number }>("test/graphCounts"))[0];
  beforeAll(async () => {
    db = testDatabase();
    server = await testServer(db);
  });
  afterAll(async () => {
    await post(server.url, { query: `mutation { deleteArticle(id: "${run}-injection") }` });
    await server.stop();
    await db.close();
  });

  it.each([
    ["empty text", { text: "" }, /text is empty/],
    ["whitespace text", { text: " \n\t " }, /text is empty/],
    ["text over 200,000 characters", { text: "a".repeat(200_001) }, /200001 characters long, over the limit of 200000/],
    [
      "binary text",
      { text: `${text}\u0000\u0001\u0002` },
      /not plain UTF-8 text: it holds the character U\+0000 at position 72/,
    ],
    ["a lone surrogate (invalid UTF-8 decoded)", { text: `${text} \uD800` }, /U\+D800/],
    [
      "HTML instead of text",
      { text: `<html><body><p>${text}</p></body></html>` },
      /looks like HTML \(it holds the tag <html>\)/,
    ],
    ["an unknown language", { text, language: "xx" }, /language "xx" is not a known two-letter ISO 639-1 code/],
    ["a language that is no code", { text, language: "Indonesian" }, /language "Indonesian"/],
    [
      "a publishedAt that is not a date",
      { text, publishedAt: "last Tuesday" },
      /publishedAt "last Tuesday" is not an ISO 8601 date/,
    ],
    [
      "a publishedAt in the future",
      { text, publishedAt: future },
      new RegExp(`publishedAt "${future}" is in the future`),
    ],
    ["a relative url", { text, url: "/news/1" }, /url "\/news\/1" is not an absolute URL/],
    [
      "an outlet name too long to index",
      { text, source: "s".repeat(40_000) },
      /source is 40000 characters long, over the limit of 200/,
    ],
  ])("refuses %s, writing nothing", async (_, fields, message) => {
    const before = await counts();
    const response = await post(server.url, { query: mutation, variables: { input: { id: `${run}-x`, ...fields } } });
    expect(response.status).toBe(200);
    expect(response.body.errors).toHaveLength(1);
    expect(response.body.errors![0].extensions).toEqual({ code: "BAD_USER_INPUT" });
    expect(response.body.errors![0].message).toMatch(message);
    expect(await counts()).toEqual(before);
  });

  it("refuses a batch with the same id twice, writing nothing", async () => {
    const before = await counts();
    const response = await post(server.url, {
      query: `mutation ($input: [ArticleInput!]!) { ingestArticles(input: $input) { status } }`,
      variables: {
        input: [
          { id: `${run}-dup`, text },
          { id: `${run}-dup`, text },
        ],
      },
    });
    expect(response.body.errors![0]).toMatchObject({ extensions: { code: "BAD_USER_INPUT" } });
    expect(response.body.errors![0].message).toContain(`"${run}-dup"`);
    expect(await counts()).toEqual(before);
  });

  it("refuses input of the wrong type before anything runs", async () => {
    const response = await post(server.url, { query: mutation, variables: { input: { text: 42 } } });
    expect(response.body.errors![0].extensions.code).toBe("BAD_USER_INPUT");
  });

  it("stores Cypher-injection payloads as plain data in every string input", async () => {
    const payload = "' DETACH DELETE n // `x` {y: 1} }) MATCH (n) DETACH DELETE n //";
    const before = await counts();
    const response = await post(server.url, {
      query: mutation,
      variables: {
        input: {
          id: `${run}-injection`,
          title: payload,
          source: payload,
          url: `https://example.org/?q=${encodeURIComponent(payload)}`,
          text: `${text} ${payload}`,
        },
      },
    });
    expect(response.body.errors).toBeUndefined();
    expect(response.body.data.ingestArticle.article).toEqual({
      id: `${run}-injection`,
      title: payload,
      source: payload,
    });
    expect((await counts()).nodes).toBeGreaterThan(before.nodes); // it was written, and nothing was deleted

    for (const query of [
      `query ($x: String!) { country(name: $x) { code } }`,
      `query ($x: String!) { leader(name: $x) { id } }`,
      `query ($x: String!) { search(text: $x) { score } }`,
      `query ($x: String!) { meetings(country: $x) { totalCount } }`,
    ]) {
      const answer = await post(server.url, { query, variables: { x: payload } });
      expect(answer.status).toBe(200);
      for (const error of answer.body.errors ?? []) expect(error.extensions.code).toBe("BAD_USER_INPUT");
    }
    const after = await counts();
    expect(after.nodes).toBeGreaterThanOrEqual(before.nodes);
  });
});
