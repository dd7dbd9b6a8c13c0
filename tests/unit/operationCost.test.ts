import fs from "node:fs";
import path from "node:path";
import { buildSchema, getOperationAST, parse } from "graphql";
import { introspectionSize, measureOperation } from "../../src/api/security/operationCost";
import { fragmentExplosion } from "../../scripts/fragmentExplosion";

const schema = buildSchema(`
  type Query { meetings(first: Int = 20): MeetingConnection!  status: Status!  relationship(first: Int = 20): Relationship! }
  type Relationship { meetings: [Meeting!]! timeline: [Meeting!]! }
  type MeetingConnection { nodes: [Meeting!]! totalCount: Int! }
  type Meeting { id: ID! participants: [Actor!]! sources(first: Int = 20): [Source!]! }
  type Source { sentence: String! }
  interface Actor { name: String! }
  type Leader implements Actor { name: String! meetings(first: Int = 20): MeetingConnection! }
  type Status { version: String! }
`);
const measure = (query: string, variables = {}, on = schema) => {
  const document = parse(query);
  return measureOperation(on, document, getOperationAST(document)!, variables);
};

describe("measureOperation", () => {
  it("counts lists by their first, a connection's nodes once, lists without one by their cap", () => {
    // meetings 100 + nodes 100 + id 100 + participants 100×20 + name 2000 + sources 100×20 + sentence 2000
    expect(
      measure("{ meetings(first: 100) { nodes { id participants { name } sources { sentence } } } }"),
    ).toMatchObject({ depth: 4, aliases: 0, cost: 8_300 });
  });

  it("uses the argument's default, the variable's value, and the variable's own default", () => {
    expect(measure("{ meetings { totalCount } }").cost).toBe(40);
    expect(measure("query ($n: Int) { meetings(first: $n) { totalCount } }", { n: 7 }).cost).toBe(14);
    // An omitted variable with a default runs with the default (it was costed as 1: Number(undefined) is NaN).
    expect(measure("query ($n: Int = 100) { meetings(first: $n) { totalCount } }", {}).cost).toBe(200);
    // An omitted variable without a default leaves the argument's default.
    expect(measure("query ($n: Int) { meetings(first: $n) { totalCount } }", {}).cost).toBe(40);
    // A value that is no page size counts as the largest page until validation refuses it.
    expect(measure("query ($n: Int) { meetings(first: $n) { totalCount } }", { n: "many" }).cost).toBe(200);
  });

  it("follows fragments and inline fragments, and counts aliases and depth", () => {
    const query = `{ a: meetings(first: 2) { ...M } b: status { version } }
      fragment M on MeetingConnection { nodes { participants { ... on Leader { meetings(first: 3) { totalCount } } } } }`;
    expect(measure(query)).toMatchObject({ depth: 5, aliases: 2, cost: 2 + 2 + 40 + 120 + 120 + 1 + 1 });
  });

  it("sizes the lists of an object that takes a first (relationship) by it, its timeline by five times it (one per dated list)", () => {
    // relationship 1 + meetings 50 + id 50 + participants 50×20 + name 1000
    expect(measure("{ relationship(first: 50) { meetings { id participants { name } } } }").cost).toBe(2101);
    expect(measure("{ relationship { meetings { id } timeline { id } } }").cost).toBe(1 + 40 + 200);
  });

  it("counts introspection fields by the schema's size, and their aliases", () => {
    const size = introspectionSize(schema);
    expect(size).toBeGreaterThan(20);
    expect(measure("{ __schema { types { fields { type { ofType { ofType { name } } } } } } }")).toMatchObject({
      depth: 1,
      aliases: 0,
      cost: size,
    });
    const many = Array.from({ length: 58 }, (_, i) => `s${i}: __schema { types { name } }`).join(" ");
    expect(measure(`{ ${many} }`)).toMatchObject({ aliases: 58, cost: 58 * size });
  });

  it("counts repeated fields each time, and every selection written", () => {
    const repeated = measure(`{ status { ${"version ".repeat(3300)} } }`);
    expect(repeated.cost).toBe(3301);
    expect(repeated.selections).toBe(3301);
  });

  it("measures the 27-level fragment explosion in a few dozen visits, not 2^27", () => {
    const real = buildSchema(fs.readFileSync(path.resolve(__dirname, "../../schema/schema.graphql"), "utf8"));
    const query = fragmentExplosion(27);
    expect(query.length).toBeLessThan(1300);
    const size = measure(query, {}, real);
    // countries, nodes, and two spreads in each of 26 fragments, and the one field of the last.
    expect(size.visits).toBe(2 + 1 + 26 * 2 + 1);
    expect(size.cost).toBe(1 + 1 + 2 ** 26);
    expect(size.selections).toBe(size.visits);
  });

  it("tolerates what validation will refuse: unknown fields and fragments, and fragment cycles", () => {
    expect(measure("{ nope { x } status { version } }").cost).toBe(2);
    expect(measure("{ status { ...Missing } }").cost).toBe(1);
    expect(
      measure("{ status { ...A } } fragment A on Status { version ...B } fragment B on Status { ...A }").cost,
    ).toBe(2);
  });
});
