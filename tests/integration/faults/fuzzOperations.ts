import fs from "node:fs";
import path from "node:path";
import {
  buildSchema,
  getNamedType,
  isEnumType,
  isInputObjectType,
  isInterfaceType,
  isLeafType,
  isListType,
  isNonNullType,
  isObjectType,
  isUnionType,
  type GraphQLArgument,
  type GraphQLField,
  type GraphQLInputType,
  type GraphQLNamedType,
} from "graphql";
import { Random } from "../../../bench/random";
import { fragmentExplosion } from "../../../scripts/fragmentExplosion";

/**
 * Deterministic GraphQL fuzz from `schema/schema.graphql`: operations walked from the schema with
 * argument values of the right types (hostile strings among them), and invalid ones — unknown
 * fields, wrong types, missing arguments, broken text, broken JSON, wrong content types, huge
 * `first`, batches, depth and aliases over the limits. Mutations only touch ids of `prefix`.
 */
export interface FuzzRequest {
  kind: string;
  method: string;
  search?: string;
  headers: Record<string, string>;
  body?: string | Buffer;
}

const schema = buildSchema(fs.readFileSync(path.resolve(__dirname, "../../../schema/schema.graphql"), "utf8"));
const json = { "content-type": "application/json" };

export const hostileStrings = [
  "' DETACH DELETE n //",
  '"}) MATCH (n) DETACH DELETE n //',
  "`Article` `",
  "``; DROP CONSTRAINT article_id",
  "{ $where: 1 } }}}",
  "${ids}",
  "\\",
  '\\"',
  "*:*",
  "title:(a OR b) AND ~x^2",
  "'; CALL dbms.shutdown() //",
  "\u0000\u0001",
  "\ud800",
  "\u202Egnp.exe",
  "🇰🇵🇷🇺 👩‍👩‍👧",
  "Ω≈ç√∫ 日本語 عربى",
  "<script>alert(1)</script>",
  "../../etc/passwd",
  "null",
  " ",
  "",
  "x".repeat(300),
  "ы".repeat(20_000),
];
const plainStrings = [
  "KP",
  "RU",
  "US",
  "Russia",
  "North Korea",
  "Korea Utara",
  "Kim Jong Un",
  "Lavrov",
  "UN",
  "en",
  "id",
  "2023",
  "2023-09",
  "2023-09-13",
  "2024-01-01",
];
const brokenQueries = [
  "{{{{",
  "query (",
  "#",
  "fragment F on Query { status { version } }",
  "subscription { status }",
  "\u0000",
];
const brokenBodies: Array<string | Buffer> = [
  '{"query": "{ status { version } }"',
  "{query: 1}",
  "[{]",
  "",
  "null",
  "42",
  '"x"',
  "{}",
  '{"query": 7}',
  '{"query": "{ status { version } }", "variables": "x"}',
  Buffer.from([0xff, 0xfe, 0x7b]),
  "[".repeat(5000),
];
const contentTypes = [
  "text/plain",
  "application/xml",
  "application/graphql",
  "multipart/form-data; boundary=x",
  "application/x-www-form-urlencoded",
  "application/json; charset=utf-16",
];
const tooDeep = `{ meetings(first: 1) { nodes { participants { ... on Leader { meetings(first: 1) { nodes { location {
  meetings(first: 1) { nodes { participants { ... on Country { meetings(first: 1) { nodes { id } } } } } } } } } } } } } }`;
const blandTexts = [
  "The weather in the capital was mild on Tuesday, and markets were calm.",
  "A new bridge opened to traffic after three years of work, officials said.",
];

export function fuzzRequests(count: number, seed: number, prefix: string): FuzzRequest[] {
  const random = new Random(seed);
  const string = () => (random.chance(0.4) ? random.pick(hostileStrings) : random.pick(plainStrings));
  const articleId = () => `${prefix}${random.int(0, 40)}`;

  /** A GraphQL literal of `type`. */
  function literal(type: GraphQLInputType, name = ""): string {
    if (isNonNullType(type)) return literal(type.ofType, name);
    if (isListType(type))
      return `[${Array.from({ length: random.int(0, 2) }, () => literal(type.ofType, name)).join(", ")}]`;
    if (isEnumType(type)) return random.pick(type.getValues()).name;
    if (isInputObjectType(type)) return `{ text: ${JSON.stringify(random.pick(blandTexts))}, id: "${articleId()}" }`;
    if (type.name === "Int") return name === "first" ? String(random.pick([1, 5, 20, 100])) : String(random.int(1, 4));
    if (type.name === "Float") return "1.5";
    if (type.name === "Boolean") return String(random.chance(0.5));
    return JSON.stringify(string());
  }

  function args(field: GraphQLField<unknown, unknown>, drop?: GraphQLArgument, wrong?: GraphQLArgument): string {
    const chosen = field.args.filter(
      (a) => a !== drop && (isNonNullType(a.type) && a.defaultValue === undefined ? true : random.chance(0.3)),
    );
    if (wrong && !chosen.includes(wrong)) chosen.push(wrong);
    const text = chosen
      .map((a) => `${a.name}: ${a === wrong ? wrongLiteral(a.type) : literal(a.type, a.name)}`)
      .join(", ");
    return text ? `(${text})` : "";
  }

  function wrongLiteral(type: GraphQLInputType): string {
    const named = getNamedType(type);
    if (named.name === "Int")
      return random.pick(['"ten"', "1.5", "true", "[1]", "2147483648", "-99999999999999999999"]);
    if (isEnumType(named)) return random.pick(['"OCCURRED"', "NOT_A_VALUE", "7"]);
    return random.pick(["42", "true", "{ a: 1 }", "NOT_AN_ENUM", '[["x"]]', "null"]);
  }

  /** A selection set on `type`, at most `depth` levels deeper. */
  function selection(type: GraphQLNamedType, depth: number): string {
    if (isUnionType(type))
      return `{ __typename ${random
        .some(type.getTypes(), 2)
        .map((t) => `... on ${t.name} ${selection(t, depth)}`)
        .join(" ")} }`;
    if (!isObjectType(type) && !isInterfaceType(type)) return "";
    const fields = Object.values(type.getFields()).filter((f) => depth > 0 || isLeafType(getNamedType(f.type)));
    const parts = random.some(fields, random.int(1, 3)).map((f) => {
      const named = getNamedType(f.type);
      return `${f.name}${args(f)}${isLeafType(named) ? "" : ` ${selection(named, depth - 1)}`}`;
    });
    if (isInterfaceType(type) && random.chance(0.3)) {
      const concrete = random.pick(schema.getPossibleTypes(type));
      parts.push(`... on ${concrete.name} ${selection(concrete, depth - 1)}`);
    }
    return `{ __typename ${parts.join(" ")} }`;
  }

  const queryFields = Object.values(schema.getQueryType()!.getFields());
  const validQuery = () => {
    const field = random.pick(queryFields);
    const named = getNamedType(field.type);
    return `{ ${field.name}${args(field)} ${isLeafType(named) ? "" : selection(named, random.int(0, 2))} }`;
  };
  const withArgs = queryFields.filter((f) => f.args.length > 0);
  const fieldWith = (test: (f: GraphQLField<unknown, unknown>) => GraphQLArgument | undefined) => {
    const field = random.pick(withArgs.filter((f) => test(f)));
    return { field, arg: test(field)!, rest: selection(getNamedType(field.type), 0) };
  };
  const hugeFirst = () => {
    const field = random.pick(withArgs.filter((f) => f.args.some((a) => a.name === "first")));
    const required = field.args
      .filter((a) => isNonNullType(a.type) && a.defaultValue === undefined)
      .map((a) => `, ${a.name}: ${literal(a.type)}`);
    const first = random.pick([101, 1000, 1_000_000, 2147483647, -1, 0]);
    return post(
      "huge first",
      `{ ${field.name}(first: ${first}${required.join("")}) ${selection(getNamedType(field.type), 0)} }`,
    );
  };
  const article = () => ({
    id: articleId(),
    text: random.chance(0.8)
      ? `${random.pick(blandTexts)} ${random.pick(hostileStrings)}`
      : random.pick(hostileStrings),
    ...(random.chance(0.5) ? { title: random.pick(hostileStrings) } : {}),
    ...(random.chance(0.5) ? { language: random.pick(["en", "id", "xx", "english", ...hostileStrings]) } : {}),
    ...(random.chance(0.5)
      ? {
          publishedAt: random.pick([
            "2023-09-13",
            "2023-09-13T10:00:00Z",
            "yesterday",
            "2999-01-01",
            ...hostileStrings,
          ]),
        }
      : {}),
    ...(random.chance(0.3) ? { url: random.pick(["https://example.org/news/1", "not a url", ...hostileStrings]) } : {}),
    ...(random.chance(0.3) ? { source: random.pick(hostileStrings) } : {}),
  });
  const post = (
    kind: string,
    query: unknown,
    variables?: unknown,
    headers: Record<string, string> = json,
  ): FuzzRequest => ({
    kind,
    method: "POST",
    headers,
    body: JSON.stringify({ query, ...(variables === undefined ? {} : { variables }) }),
  });

  const wrongType = () => {
    const { field, arg, rest } = fieldWith((f) => random.pick(f.args));
    return post("wrong argument type", `{ ${field.name}${args(field, undefined, arg)} ${rest} }`);
  };
  const missingArg = () => {
    const { field, arg, rest } = fieldWith((f) =>
      f.args.find((a) => isNonNullType(a.type) && a.defaultValue === undefined),
    );
    return post("missing argument", `{ ${field.name}${args(field, arg)} ${rest} }`);
  };
  const malformedQuery = () => {
    const text = validQuery();
    return post(
      "malformed query",
      random.pick([text.slice(0, random.int(1, text.length - 1)), text + "}", `query { ${text}`, ...brokenQueries]),
    );
  };
  const get = (): FuzzRequest => {
    const query = random.chance(0.7) ? validQuery() : `mutation { deleteArticle(id: "${articleId()}") }`;
    const headers: Record<string, string> = random.chance(0.6) ? { "apollo-require-preflight": "true" } : {};
    return { kind: "GET", method: "GET", search: `?query=${encodeURIComponent(query)}`, headers };
  };
  const ingestOne = "mutation ($a: ArticleInput!) { ingestArticle(input: $a) { status facts article { id title } } }";
  const ingestMany = "mutation ($a: [ArticleInput!]!) { ingestArticles(input: $a) { status article { id } } }";
  const searchAndCount =
    "query ($t: String!, $n: Int!) { search(text: $t, first: $n) { score } countries(first: $n) { totalCount } }";
  const status = JSON.stringify({ query: "{ status { version } }" });

  // Issue 12's attacks on the cost analysis, generated.
  const explosion = () => post("fragment explosion", fragmentExplosion(random.int(20, 60)));
  const omittedVariable = () => {
    const field = random.pick(
      queryFields.filter(
        (f) =>
          f.args.some((a) => a.name === "first") &&
          f.args.every((a) => a.name === "first" || !isNonNullType(a.type) || a.defaultValue !== undefined),
      ),
    );
    const named = getNamedType(field.type);
    const query = `query ($n: Int = ${random.pick([1, 20, 100, 101, 1000])}) { ${field.name}(first: $n) ${isLeafType(named) ? "" : selection(named, random.int(1, 3))} }`;
    return post("omitted variable", query, random.pick([{}, undefined, { m: 5 }]));
  };
  /** Lists without `first` nested in each other (sources → article → facts → sources …). */
  const unboundedLists = () => {
    const inner = random.pick([
      "participants { name }",
      "about { name }",
      "sources { article { title } }",
      "sources { article { mentions { name } } }",
    ]);
    const depth = random.int(1, 3);
    let facts = `... on Meeting { ${inner} } ... on Statement { about { name } }`;
    for (let i = 0; i < depth; i++) facts = `sources { article { facts { ${facts} } } }`;
    return post("lists without first", `{ meetings(first: ${random.pick([1, 10, 100])}) { nodes { ${facts} } } }`);
  };
  const repeatedFields = () => {
    const field = random.pick(["id", "__typename", "name", "code"]);
    return post("repeated fields", `{ countries(first: 1) { nodes { ${`${field} `.repeat(random.int(100, 3300))}} } }`);
  };

  const kinds: Array<[number, () => FuzzRequest]> = [
    [40, () => post("valid query", validQuery())],
    [6, () => post("query with variables", searchAndCount, { t: string(), n: random.int(1, 100) })],
    [4, () => post("ingestArticle", ingestOne, { a: article() })],
    [3, () => post("ingestArticles", ingestMany, { a: [article(), article()] })],
    [3, () => post("deleteArticle", `mutation { deleteArticle(id: "${articleId()}") }`)],
    [
      3,
      () =>
        post(
          "mutation literal",
          `mutation { ingestArticle(input: ${literal(schema.getType("ArticleInput") as GraphQLInputType)}) { status } }`,
        ),
    ],
    [
      5,
      () =>
        post(
          "unknown field",
          random.chance(0.5)
            ? `{ ${random.pick(["password", "__secret", "users"])} }`
            : validQuery().replace("__typename", "__typename nope"),
        ),
    ],
    [6, wrongType],
    [5, missingArg],
    [5, hugeFirst],
    [6, malformedQuery],
    [4, () => ({ kind: "malformed JSON", method: "POST", headers: json, body: random.pick(brokenBodies) })],
    [
      4,
      () => ({
        kind: "wrong content type",
        method: "POST",
        headers: { "content-type": random.pick(contentTypes) },
        body: status,
      }),
    ],
    [3, get],
    [1, () => ({ kind: "other method", method: random.pick(["PUT", "DELETE", "PATCH"]), headers: json, body: status })],
    [
      2,
      () => ({
        kind: "batch",
        method: "POST",
        headers: json,
        body: JSON.stringify([{ query: "{ status { version } }" }, { query: validQuery() }]),
      }),
    ],
    [2, () => post("too deep", tooDeep)],
    [
      2,
      () =>
        post("too many aliases", `{ ${Array.from({ length: 20 }, (_, i) => `a${i}: status { version }`).join(" ")} }`),
    ],
    [
      2,
      () =>
        post(
          "wrong variables",
          "query ($n: Int!) { articles(first: $n) { totalCount } }",
          random.pick([{ n: "x" }, {}, { n: 1e12 }, { m: 1 }, [1], "n=1"]),
        ),
    ],
    [1, () => post("two operations", "query A { status { version } } query B { countries { totalCount } }")],
    [2, explosion],
    [2, omittedVariable],
    [2, unboundedLists],
    [2, repeatedFields],
  ];
  const weights = kinds.map(([weight]) => weight);
  return Array.from({ length: count }, () => random.weighted(kinds, weights)[1]());
}
