import { buildSchema, getOperationAST, parse } from "graphql";
import { measureOperation } from "../../src/api/security/operationCost";

const schema = buildSchema(`
  type Query { meetings(first: Int = 20): MeetingConnection!  status: Status!  relationship(first: Int = 20): Relationship! }
  type Relationship { meetings: [Meeting!]! }
  type MeetingConnection { nodes: [Meeting!]! totalCount: Int! }
  type Meeting { id: ID! participants: [Actor!]! }
  interface Actor { name: String! }
  type Leader implements Actor { name: String! meetings(first: Int = 20): MeetingConnection! }
  type Status { version: String! }
`);
const measure = (query: string, variables = {}) => {
  const document = parse(query);
  return measureOperation(schema, document, getOperationAST(document)!, variables);
};

describe("measureOperation", () => {
  it("counts lists by their first, a connection's nodes once, other lists as 10", () => {
    // meetings 100 + nodes 100 + id 100 + participants 100×10 + name 1000
    expect(measure("{ meetings(first: 100) { nodes { id participants { name } } } }")).toEqual({ depth: 4, aliases: 0, cost: 2300 });
  });

  it("uses the argument's default and variables", () => {
    expect(measure("{ meetings { totalCount } }").cost).toBe(40);
    expect(measure("query ($n: Int) { meetings(first: $n) { totalCount } }", { n: 7 }).cost).toBe(14);
  });

  it("follows fragments and inline fragments, and counts aliases and depth", () => {
    const query = `{ a: meetings(first: 2) { ...M } b: status { version } }
      fragment M on MeetingConnection { nodes { participants { ... on Leader { meetings(first: 3) { totalCount } } } } }`;
    expect(measure(query)).toEqual({ depth: 5, aliases: 2, cost: 2 + 2 + 20 + 60 + 60 + 1 + 1 });
  });

  it("sizes the lists of an object that takes a first (relationship) by it, and theirs as 10", () => {
    // relationship 1 + meetings 50 + id 50 + participants 50×10 + name 500
    expect(measure("{ relationship(first: 50) { meetings { id participants { name } } } }").cost).toBe(1101);
    expect(measure("{ relationship { meetings { id } } }").cost).toBe(41);
  });

  it("does not count introspection", () => {
    expect(measure("{ __schema { types { fields { type { ofType { ofType { name } } } } } } }")).toEqual({ depth: 0, aliases: 0, cost: 0 });
  });
});
