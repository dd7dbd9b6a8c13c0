import { cypher } from "../src/graph/cypher";

/**
 * The peer's schema: @neo4j/graphql type definitions for newsgraph's graph model (README, "Graph
 * model"), over the same nodes and relationships. Actors are an interface (every actor node has an
 * `id` and a `name`); `country` is on it so a filter can say "this country or its people", as a
 * newsgraph side does. @neo4j/graphql cannot express `connections` (shortest paths), so its most
 * natural equivalent is a `@cypher` query field running newsgraph's own findConnections.cypher.
 */
export function peerTypeDefs(): string {
  const connections = cypher("findConnections");
  return /* GraphQL */ `
    interface Actor {
      id: ID!
      name: String
      country: String
    }

    type Country implements Actor @node {
      id: ID!
      code: String!
      name: String
      names: [String!]
      country: String
      mentionedBy: [Article!]! @relationship(type: "MENTIONS", direction: IN)
    }

    type Person implements Actor @node {
      id: ID!
      name: String
      names: [String!]
      country: String
    }

    type Organization implements Actor @node {
      id: ID!
      name: String
      country: String
    }

    type Reports @relationshipProperties {
      sentence: String
      start: Int
      end: Int
    }

    type Article @node {
      id: ID!
      url: String
      title: String
      source: String
      language: String
      publishedAt: String
    }

    type Meeting @node {
      id: ID!
      date: String
      datePrecision: String
      status: String
      city: String
      participants: [Actor!]! @relationship(type: "ATTENDED", direction: IN)
      location: [Country!]! @relationship(type: "HELD_IN", direction: OUT)
      reportedBy: [Article!]! @relationship(type: "REPORTS", direction: IN, properties: "Reports")
    }

    type Statement @node {
      id: ID!
      text: String
      quote: String
      stance: String
      date: String
      speaker: [Actor!]! @relationship(type: "MADE", direction: IN)
      about: [Country!]! @relationship(type: "ABOUT", direction: OUT)
      reportedBy: [Article!]! @relationship(type: "REPORTS", direction: IN, properties: "Reports")
    }

    type Sanction @node {
      id: ID!
      reason: String
      status: String
      imposer: [Actor!]! @relationship(type: "IMPOSED", direction: IN)
      target: [Actor!]! @relationship(type: "TARGETS", direction: OUT)
      reportedBy: [Article!]! @relationship(type: "REPORTS", direction: IN, properties: "Reports")
    }

    type PathActor {
      id: ID!
      name: String
    }

    type PathFact {
      id: ID!
      labels: [String!]!
    }

    type Hop {
      from: PathActor!
      to: PathActor!
      fact: PathFact!
    }

    type Path {
      length: Int!
      hops: [Hop!]!
    }

    type Query {
      connections(from: ID!, to: ID!, maxHops: Int!): [Path!]!
        @cypher(
          columnName: "path"
          statement: """
          CALL () {
          ${connections.replace(/"""/g, "")}
          }
          RETURN { length: size(facts), hops: [i IN range(0, size(facts) - 1) | { from: froms[i], to: tos[i], fact: facts[i] }] } AS path
          """
        )
    }
  `;
}
