/**
 * The questions the benchmark asks, each as newsgraph's GraphQL and as the peer's
 * (@neo4j/graphql) closest equivalent. The floor asks them with the Cypher that newsgraph itself
 * sends (captured by bench/capture.ts), so it needs no text here.
 */
export interface Operation {
  name: "country" | "meetings" | "statements" | "relationship" | "series" | "connections" | "changes";
  /** How the table names it. */
  label: string;
  newsgraph: string;
  /** Null when @neo4j/graphql has nothing to compare (the change feed): the peer is not asked. */
  peer: string | null;
  /** How the peer's answer differs from newsgraph's. */
  peerNote: string;
  /** Whether the peer returns the same data the same way (these count for the requests/s target). */
  matched: boolean;
  /** The p99 target for newsgraph at 100k articles, in ms. */
  p99Target?: number;
}

const sources = "sources { sentence start end article { id title publishedAt } }";
const peerSources =
  "reportedByConnection { edges { properties { sentence start end } node { id title publishedAt } } }";
/** A side of a relationship in the peer's filters: the actor, or anyone whose country it is. */
const side = (id: string) => `{ OR: [{ id: { eq: "${id}" } }, { country: { eq: "${id}" } }] }`;

/** The busy pair of the synthetic corpus, and two leaders a few hops apart. */
const busyPair = { a: "RU", b: "KP" };
const distantLeaders = { from: "Vladimir Putin", to: "Joe Biden", fromId: "vladimir-putin", toId: "joe-biden" };

export function operations(pair = busyPair, path = distantLeaders): Operation[] {
  return [
    {
      name: "country",
      label: 'country(name: "RU")',
      newsgraph: '{ country(name: "RU") { id code name names } }',
      peer: '{ countries(where: { code: { eq: "RU" } }) { id code name names } }',
      peerNote: "countries filtered by code",
      matched: true,
      p99Target: 25,
    },
    {
      name: "meetings",
      label: 'meetings(first: 20, from: "1900")',
      newsgraph: `{ meetings(first: 20, from: "1900") { totalCount pageInfo { hasNextPage endCursor } nodes { id date status city participants { id name } location { code name } ${sources} } } }`,
      peer: `{ meetingsConnection(first: 20, where: { date: { gte: "1900" } }, sort: [{ date: DESC }, { id: ASC }]) { totalCount pageInfo { hasNextPage endCursor } edges { node { id date status city participants { id name } location { code name } ${peerSources} } } } }`,
      // Dated meetings only: @neo4j/graphql sorts undated meetings first, newsgraph last, so on
      // all meetings the two would page through different meetings.
      peerNote: "meetingsConnection filtered to dated meetings, sorted by date, id",
      matched: true,
    },
    {
      name: "statements",
      label: `statements(country: "${pair.a}", first: 20)`,
      // A busy side's page (#18): read from the side's FILED keys, counted from its counters.
      newsgraph: `{ statements(country: "${pair.a}", first: 20) { totalCount pageInfo { hasNextPage endCursor } nodes { id date stance quote } } }`,
      peer: `{ statementsConnection(first: 20, where: { OR: [{ speaker: { some: ${side(pair.a)} } }, { about: { some: { code: { eq: "${pair.a}" } } } }] }, sort: [{ date: DESC }, { id: ASC }]) { totalCount pageInfo { hasNextPage endCursor } edges { node { id date stance quote } } } }`,
      // @neo4j/graphql sorts undated statements first, newsgraph last: the pages can differ.
      peerNote: "statementsConnection said by the side or about it, sorted by date, id (undated first)",
      matched: false,
    },
    {
      name: "relationship",
      label: `relationship(a: "${pair.a}", b: "${pair.b}")`,
      newsgraph: `{ relationship(a: "${pair.a}", b: "${pair.b}") { meetings { id date status city } statements { id stance date quote } sanctions { id reason status } summary { meetings statements sanctions articles firstSeen lastSeen } } }`,
      peer: `{
        meetings(where: { AND: [{ participants: { some: ${side(pair.a)} } }, { participants: { some: ${side(pair.b)} } }] }, sort: [{ date: ASC }]) { id date status city }
        statements(where: { OR: [
          { AND: [{ speaker: { some: ${side(pair.a)} } }, { about: { some: { code: { eq: "${pair.b}" } } } }] },
          { AND: [{ speaker: { some: ${side(pair.b)} } }, { about: { some: { code: { eq: "${pair.a}" } } } }] },
          { AND: [{ about: { some: { code: { eq: "${pair.a}" } } } }, { about: { some: { code: { eq: "${pair.b}" } } } }] }
        ] }, sort: [{ date: ASC }]) { id stance date quote }
        sanctions(where: { target: { some: { OR: [${side(pair.a)}, ${side(pair.b)}] } } }) { id reason status }
      }`,
      peerNote: "three filtered lists (meetings, statements, sanctions) in one request; no summary, no sanction dates",
      matched: false,
      p99Target: 100,
    },
    {
      name: "series",
      label: `relationship(a: "${pair.a}", b: "${pair.b}") { series(interval: MONTH) } over 2022-2024`,
      // What a dashboard polls: every month of the synthetic corpus's three years (36 buckets).
      newsgraph: `{ relationship(a: "${pair.a}", b: "${pair.b}", from: "2022-01", to: "2024-12") { series(interval: MONTH) { bucket meetings statements sanctions agreements transfers articles stances { stance count } } } }`,
      peer: null,
      peerNote: "none (@neo4j/graphql has no counts per interval)",
      matched: false,
      p99Target: 100,
    },
    {
      name: "connections",
      label: `connections(${path.from} → ${path.to}, maxHops: 3)`,
      newsgraph: `{ connections(from: "${path.from}", to: "${path.to}", maxHops: 3) { length hops { from { id name } to { id name } fact { __typename id } } } }`,
      peer: `{ connections(from: "${path.fromId}", to: "${path.toId}", maxHops: 3) { length hops { from { id name } to { id name } fact { id labels } } } }`,
      peerNote: "a @cypher query field running newsgraph's findConnections.cypher (ids, not names)",
      matched: true,
    },
    {
      name: "changes",
      label: "changes(first: 100)",
      // What a loading script asks each time: a page of the feed, with every snapshot.
      newsgraph:
        "{ changes(first: 100) { totalCount pageInfo { hasNextPage endCursor } nodes { kind id op at snapshot } } }",
      peer: null,
      peerNote: "none (@neo4j/graphql keeps no change feed)",
      matched: false,
      p99Target: 100,
    },
  ];
}
