import {
  buildClientSchema,
  getIntrospectionQuery,
  getNamedType,
  isInputObjectType,
  isLeafType,
  isNonNullType,
  isObjectType,
  type GraphQLArgument,
  type GraphQLField,
  type GraphQLInputField,
  type GraphQLObjectType,
  type IntrospectionQuery,
} from "graphql";
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
    ["an id over 200 characters", { text, id: "i".repeat(201) }, /^id is 201 characters long, over the limit of 200 /],
    [
      "a title over 1,000 characters",
      { text, title: "t".repeat(1_001) },
      /^title is 1001 characters long, over the limit of 1000 /,
    ],
    [
      "a url over 2,000 characters",
      { text, url: `https://example.org/${"u".repeat(1_990)}` },
      /^url is 2010 characters long, over the limit of 2000 /,
    ],
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

  it("refuses null for an argument that has a default, naming the argument (not an internal error)", async () => {
    const cases = [
      {
        query: `query ($h: Int) { connections(from: "Russia", to: "Iran", maxHops: $h) { length } }`,
        name: "maxHops",
      },
      { query: `query ($h: Int) { meetings(first: $h) { totalCount } }`, name: "first" },
    ];
    for (const { query, name } of cases) {
      const response = await post(server.url, { query, variables: { h: null } });
      expect(response.body.errors![0]).toMatchObject({ extensions: { code: "BAD_USER_INPUT" } });
      expect(response.body.errors![0].message).toContain(`"${name}"`);
    }
  });

  it("stores a Cypher-injection payload in the title, source, url and text as plain data, deleting nothing", async () => {
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
  });
});

/**
 * "Every string input", read from the schema the server serves (introspection), not from a list
 * kept by hand: each String or ID argument of every field, at the root or nested, and each String
 * or ID field of an input type, gets each bad value below. An argument may answer data or
 * BAD_USER_INPUT, never another code; an article field is refused with BAD_USER_INPUT naming it;
 * and the sentinel article with its facts is still there afterwards.
 */
describe("every string input of the schema", () => {
  const payload = "' DETACH DELETE n // `x` {y: 1} }) MATCH (n) DETACH DELETE n //";
  const badValues: Array<[string, string]> = [
    ["a Cypher-injection payload", payload],
    ["a NUL", "Put\u0000in"],
    ["an unpaired surrogate", "Put\uD800in"],
    ["5,000 characters", "x".repeat(5_000)],
  ];
  /** How a query reaches an object type that has fields with string arguments (data from the sentinel). */
  const entries: Record<string, string> = {
    Leader: `leader(name: "Vladimir Putin")`,
    Country: `country(name: "RU")`,
    Relationship: `relationship(a: "RU", b: "KP")`,
  };
  /** Values for the required arguments a target does not take over. */
  const required: Record<string, string> = {
    a: `"RU"`,
    b: `"KP"`,
    from: `"RU"`,
    to: `"KP"`,
    name: `"RU"`,
    text: `"Putin"`,
    id: `"${run}-none"`,
    first: "1",
    maxHops: "2",
    interval: "MONTH",
  };
  const sentinel = { id: `${run}-sentinel`, language: "en", publishedAt: "2023-09-14T08:00:00Z", text };

  let db: Database;
  let server: Server;
  let targets: Array<{ name: string; operation: string; parent?: string; inputField?: string }>;
  beforeAll(async () => {
    db = testDatabase();
    server = await testServer(db);
    const created = await post(server.url, { query: mutation, variables: { input: sentinel } });
    expect(created.body.errors).toBeUndefined();
    const introspection = await post(server.url, { query: getIntrospectionQuery() });
    targets = stringInputs(buildClientSchema(introspection.body.data as IntrospectionQuery));
  });
  afterAll(async () => {
    await post(server.url, { query: `mutation { deleteArticle(id: "${sentinel.id}") }` });
    await server.stop();
    await db.close();
  });

  function stringInputs(schema: ReturnType<typeof buildClientSchema>) {
    const found: typeof targets = [];
    const selection = (field: GraphQLField<unknown, unknown>) =>
      isLeafType(getNamedType(field.type)) ? "" : "{ __typename }";
    const isString = (arg: GraphQLArgument | GraphQLInputField) =>
      ["String", "ID"].includes(getNamedType(arg.type).name);
    const call = (field: GraphQLField<unknown, unknown>, target: string, variable: string) => {
      const args = field.args
        .filter((arg) => arg.name !== target && isNonNullType(arg.type) && arg.defaultValue === undefined)
        .map((arg) => {
          if (!(arg.name in required))
            throw new Error(`No value for the required argument ${field.name}(${arg.name}).`);
          return `${arg.name}: ${required[arg.name]}`;
        });
      return `${field.name}(${[`${target}: ${variable}`, ...args].join(", ")}) ${selection(field)}`;
    };
    const roots: Array<[string, GraphQLObjectType]> = [["query", schema.getQueryType()!]];
    if (schema.getMutationType()) roots.push(["mutation", schema.getMutationType()!]);
    for (const [kind, root] of roots) {
      for (const field of Object.values(root.getFields())) {
        for (const arg of field.args) {
          const type = getNamedType(arg.type);
          if (isString(arg)) {
            found.push({
              name: `${root.name}.${field.name}(${arg.name})`,
              operation: `${kind} ($v: ${arg.type.toString()}) { ${call(field, arg.name, "$v")} }`,
            });
          } else if (isInputObjectType(type)) {
            for (const inputField of Object.values(type.getFields()).filter(isString)) {
              found.push({
                name: `${root.name}.${field.name}(${arg.name}.${inputField.name})`,
                operation: `${kind} ($v: ${arg.type.toString()}) { ${call(field, arg.name, "$v")} }`,
                inputField: inputField.name,
              });
            }
          }
        }
      }
    }
    for (const type of Object.values(schema.getTypeMap())) {
      if (type.name.startsWith("__") || type === schema.getQueryType() || type === schema.getMutationType()) continue;
      // Interfaces are reached through the object types that implement them.
      if (!isObjectType(type)) continue;
      for (const field of Object.values(type.getFields())) {
        for (const arg of field.args.filter(isString)) {
          if (!(type.name in entries))
            throw new Error(`No way in to ${type.name} for its argument ${field.name}(${arg.name}).`);
          found.push({
            name: `${type.name}.${field.name}(${arg.name})`,
            operation: `query ($v: ${arg.type.toString()}) { parent: ${entries[type.name]} { ${call(field, arg.name, "$v")} } }`,
            parent: type.name,
          });
        }
      }
    }
    return found;
  }

  it("finds the string inputs by introspection, the root's, the nested ones and the article's fields", () => {
    const names = targets.map((target) => target.name);
    expect(names).toEqual(
      expect.arrayContaining([
        "Query.country(name)",
        "Query.search(text)",
        "Query.meetings(after)",
        "Query.relationship(from)",
        "Mutation.deleteArticle(id)",
        "Mutation.ingestArticle(input.text)",
        "Mutation.ingestArticles(input.source)",
        "Leader.meetings(after)",
        "Relationship.articles(after)",
      ]),
    );
    expect(names.length).toBeGreaterThanOrEqual(50);
  });

  it.each(badValues)(
    "answers %s in every string argument with data or BAD_USER_INPUT, deleting nothing",
    async (_, bad) => {
      for (const target of targets.filter((t) => !t.inputField)) {
        const answer = await post(server.url, { query: target.operation, variables: { v: bad } });
        const codes = (answer.body.errors ?? []).map(
          (error: { extensions: { code: string } }) => error.extensions.code,
        );
        expect({ target: target.name, codes: codes.filter((code: string) => code !== "BAD_USER_INPUT") }).toEqual({
          target: target.name,
          codes: [],
        });
        // A nested argument was run: its parent was found (or the argument refused).
        if (target.parent && codes.length === 0)
          expect({ target: target.name, parent: answer.body.data?.parent }).toEqual({
            target: target.name,
            parent: expect.anything(),
          });
      }
      const kept = await post(server.url, { query: `{ article(id: "${sentinel.id}") { id facts { id } } }` });
      expect(kept.body.data.article.facts.length).toBeGreaterThan(0);
    },
  );

  it.each(badValues.slice(1, 3))(
    "refuses %s in every string field of an article with BAD_USER_INPUT naming the field, writing nothing",
    async (_, bad) => {
      for (const target of targets.filter((t) => t.inputField)) {
        const id = `${run}-field-${target.inputField}`;
        const article = { id, language: "en", text, [target.inputField!]: bad };
        const input = target.name.startsWith("Mutation.ingestArticles(") ? [article] : article;
        const answer = await post(server.url, { query: target.operation, variables: { v: input } });
        const errors = answer.body.errors ?? [];
        expect({
          target: target.name,
          codes: errors.map((e: { extensions: { code: string } }) => e.extensions.code),
        }).toEqual({
          target: target.name,
          codes: ["BAD_USER_INPUT"],
        });
        expect(errors[0].message).toContain(target.inputField);
        expect(await db.read("articlesById", { ids: [id] })).toEqual([]);
      }
    },
  );
});
