import { parse } from "csv-parse/sync";
import { XMLParser } from "fast-xml-parser";
import type { Server } from "../../../src/api/server";
import type { Database } from "../../../src/graph/database";
import { deleteArticle } from "../../../src/graph/deleteArticle";
import { testDatabase } from "../../support/database";
import { graphql } from "../../support/http";
import { plantArticle } from "../../support/plantArticle";
import { testServer } from "../../support/server";

/**
 * Issue #17, exports: GET /export/<list>.csv|.ndjson and /export/<graph>.graphml against the real
 * Neo4j, read back with a real CSV parser (csv-parse) and a real XML reader (fast-xml-parser).
 * The articles are planted under an outlet of this run's own, so the `source` filter holds this
 * file's facts only: 230 statements (three pages of the list), whose quotes hold commas, quotes
 * and line breaks, three meetings and three sanctions between Finland and Sweden in 1961.
 */
const run = `exports-${Date.now()}`;
const source = `${run}.example`;
const statementCount = 230;
const stances = ["assert", "deny", "warn"] as const;

const quoteOf = (i: number) => `Point ${i}: "we agree, mostly"\nand that is all`;
const statementsOf = (from: number, to: number, speaker: string, about: string) =>
  Array.from({ length: to - from }, (_, k) => ({
    speaker,
    speakerCountry: speaker,
    stance: stances[(from + k) % 3],
    about: [about],
    quote: quoteOf(from + k),
  }));
const meeting = (date: string) => ({
  participants: ["FI", "SE"],
  countries: ["FI", "SE"],
  location: { country: "FI", city: "Helsinki" },
  date,
  status: "occurred" as const,
});
const sanction = (target: string) => ({
  imposer: "FI",
  target,
  reason: "a test of exports",
  status: "announced" as const,
});

const articles = [
  {
    article: {
      id: `${run}-a`,
      publishedAt: "1961-03-02T08:00:00Z",
      text: "Finland and Sweden held talks in Helsinki.",
    },
    facts: {
      statements: statementsOf(0, 120, "FI", "SE"),
      meetings: [meeting("1961-03-01"), meeting("1961-04-10")],
      sanctions: [sanction("NO"), sanction("DK")],
    },
  },
  {
    article: { id: `${run}-b`, publishedAt: "1961-05-06T08:00:00Z", text: "Sweden answered Finland after the talks." },
    facts: {
      statements: statementsOf(120, statementCount, "SE", "FI"),
      meetings: [meeting("1961-05-03")],
      sanctions: [sanction("EE")],
    },
  },
];

describe("exports", () => {
  let db: Database;
  let server: Server;
  const servers: Server[] = [];

  const get = async (path: string, headers: Record<string, string> = {}, on = server) => {
    const response = await fetch(`${on.url}${path}`, { headers });
    return { status: response.status, headers: response.headers, text: await response.text() };
  };
  /** Every id of a GraphQL list filtered by this run's outlet, walking its pages. */
  const listIds = async (list: string): Promise<string[]> => {
    const ids: string[] = [];
    for (let after: string | null = null; ;) {
      const { body } = await graphql(
        server.url,
        `query ($source: String, $after: String) { ${list}(source: $source, first: 100, after: $after) { nodes { id } pageInfo { hasNextPage endCursor } } }`,
        { source, after },
      );
      if (body.errors) throw new Error(JSON.stringify(body.errors));
      const page = body.data[list];
      ids.push(...page.nodes.map((node: { id: string }) => node.id));
      if (!page.pageInfo.hasNextPage) return ids;
      after = page.pageInfo.endCursor;
    }
  };
  const csv = (text: string): Array<Record<string, string>> => parse(text, { columns: true });

  beforeAll(async () => {
    db = testDatabase();
    for (const { article, facts } of articles) await plantArticle(db, { ...article, source }, facts);
    server = await testServer(db);
  }, 120_000);
  afterAll(async () => {
    for (const started of [server, ...servers]) await started?.stop();
    for (const { article } of articles) await deleteArticle(db, article.id);
    await db?.close();
  });

  it("exports every statement as CSV, in the list's order, quotes with commas, quotes and line breaks intact", async () => {
    const response = await get(`/export/statements.csv?source=${source}`);
    expect(response.status).toBe(200);
    expect(response.headers.get("content-type")).toMatch(/^text\/csv/);
    const rows = csv(response.text);
    expect(rows).toHaveLength(statementCount);
    expect(rows.map((row) => row.id)).toEqual(await listIds("statements"));
    expect(new Set(rows.map((row) => row.quote))).toEqual(
      new Set(Array.from({ length: statementCount }, (_, i) => quoteOf(i))),
    );
    const first = rows.find((row) => row.quote === quoteOf(6))!;
    expect(first).toMatchObject({ speaker: "FI", about: "SE", stance: "assert", date: "1961-03-02" });
  });

  it("exports the same rows as NDJSON, one object a line, lists as arrays", async () => {
    const response = await get(`/export/statements.ndjson?source=${source}&stance=DENY`);
    expect(response.status).toBe(200);
    const rows = response.text
      .trimEnd()
      .split("\n")
      .map((line) => JSON.parse(line));
    expect(rows).toHaveLength(77); // i % 3 === 1 for i < 230
    expect(rows.every((row) => row.stance === "deny" && Array.isArray(row.about))).toBe(true);
    const { body } = await graphql(
      server.url,
      `
        query ($source: String) {
          statements(source: $source, stance: DENY) {
            totalCount
          }
        }
      `,
      {
        source,
      },
    );
    expect(rows).toHaveLength(body.data.statements.totalCount);
  });

  it("exports meetings, sanctions and articles with the lists' filters", async () => {
    const meetings = csv((await get(`/export/meetings.csv?source=${source}&country=Finland`)).text);
    expect(meetings.map((row) => row.id)).toEqual(await listIds("meetings"));
    expect(meetings.map((row) => row.date)).toEqual(["1961-05-03", "1961-04-10", "1961-03-01"]);
    expect(meetings[0]).toMatchObject({ location: "FI", city: "Helsinki", participants: "FI; SE" });

    const sanctions = csv((await get(`/export/sanctions.csv?source=${source}`)).text);
    expect(sanctions.map((row) => row.id)).toEqual(await listIds("sanctions"));
    expect(sanctions.map((row) => row.target).sort()).toEqual(["DK", "EE", "NO"]);
    const onNorway = csv((await get(`/export/sanctions.csv?source=${source}&target=Norway`)).text);
    expect(onNorway.map((row) => row.target)).toEqual(["NO"]);

    const written = csv((await get(`/export/articles.csv?source=${source}`)).text);
    expect(written.map((row) => row.id)).toEqual([`${run}-b`, `${run}-a`]);
  });

  it.each([
    ["/export/statements.csv?stance=LOUD", /^stance must be one of ASSERT, DENY, .*; "LOUD" is not\.$/],
    [
      "/export/statements.csv?colour=red",
      /^The parameter "colour" \("red"\) is not one this export takes; it takes country, /,
    ],
    [
      "/export/meetings.ndjson?from=1961-13",
      /^from must be a date like 2023, 2023-09 or 2023-09-13; "1961-13" is not\.$/,
    ],
    [
      "/export/sanctions.csv?imposer=Ruritania",
      /^newsgraph knows no country, organization or leader called "Ruritania"\.$/,
    ],
    ["/export/articles.csv?source=a&source=b", /^The parameter "source" is given twice \("b" the second time\)\.$/],
    ["/export/connections.graphml?from=FI&to=SE&maxHops=9", /^maxHops must be from 1 to 4; 9 is not\.$/],
    ["/export/relationship.graphml?a=FI", /^The parameter "b" is required\.$/],
  ])("answers %s with a 400 naming the parameter and its value", async (path, message) => {
    const response = await get(path);
    expect(response.status).toBe(400);
    const { errors } = JSON.parse(response.text);
    expect(errors[0].extensions.code).toBe("BAD_USER_INPUT");
    expect(errors[0].message).toMatch(message);
  });

  it("answers an unknown export with a 404 listing the ones there are", async () => {
    const response = await get("/export/treaties.csv");
    expect(response.status).toBe(404);
    expect(JSON.parse(response.text).errors[0].message).toContain("statements.csv");
  });

  it("asks for the same API key as /graphql, and counts exports in the same rate", async () => {
    const guarded = await testServer(db, {
      apiKeys: ["export-key"],
      readsRequireKey: true,
      rateLimit: { requests: 2, cost: 1e6 },
    });
    servers.push(guarded);
    const path = `/export/articles.csv?source=${source}`;
    expect((await get(path, {}, guarded)).status).toBe(401);
    expect((await get(path, { authorization: "Bearer wrong" }, guarded)).status).toBe(401);
    const key = { authorization: "Bearer export-key" };
    expect((await get(path, key, guarded)).status).toBe(200);
    const { status } = await fetch(`${guarded.url}/graphql`, {
      method: "POST",
      headers: { "content-type": "application/json", ...key },
      body: JSON.stringify({ query: "{ status { version } }" }),
    });
    expect(status).toBe(200);
    const refused = await get(path, key, guarded);
    expect(refused.status).toBe(429);
    expect(Number(refused.headers.get("retry-after"))).toBeGreaterThan(0);
  });

  const xml = new XMLParser({
    ignoreAttributes: false,
    attributeNamePrefix: "",
    // Attributes are never lists (the `key` attribute of <data> shares its name with <key>).
    isArray: (name, _path, _leaf, isAttribute) => !isAttribute && ["key", "node", "edge", "data"].includes(name),
  });
  type Data = { key: string; "#text": string | number };
  type Element = { id: string; source?: string; target?: string; data?: Data[] };
  /** The graph of a GraphML document: its nodes and edges with their attributes by name. */
  const readGraphml = (text: string) => {
    const { graphml } = xml.parse(text);
    const names = new Map<string, string>(
      graphml.key.map((key: { id: string; "attr.name": string }) => [key.id, key["attr.name"]]),
    );
    const attributes = (element: Element) =>
      Object.fromEntries((element.data ?? []).map((data) => [names.get(data.key), String(data["#text"])]));
    return {
      directed: graphml.graph.edgedefault === "directed",
      nodes: (graphml.graph.node ?? []).map((node: Element) => ({ id: node.id, ...attributes(node) })),
      edges: (graphml.graph.edge ?? []).map((edge: Element) => ({
        source: edge.source,
        target: edge.target,
        ...attributes(edge),
      })),
    };
  };

  it("exports a relationship as GraphML: its actors and every fact it lists as nodes, who did what as edges", async () => {
    const response = await get(`/export/relationship.graphml?a=Finland&b=SE&from=1961&to=1961`);
    expect(response.status).toBe(200);
    expect(response.headers.get("content-type")).toMatch(/^application\/graphml\+xml/);
    const graph = readGraphml(response.text);
    const { body } = await graphql(
      server.url,
      `
        {
          relationship(a: "FI", b: "SE", from: "1961", to: "1961", first: 100) {
            meetings {
              id
            }
            statements {
              id
            }
            sanctions {
              id
            }
          }
        }
      `,
    );
    const { meetings, statements, sanctions } = body.data.relationship;
    const factIds = [...meetings, ...statements, ...sanctions].map((fact: { id: string }) => fact.id).sort();
    const factNodes = graph.nodes.filter((node: { type: string }) => node.type === "fact");
    expect(factNodes.map((node: { id: string }) => node.id).sort()).toEqual(factIds);
    expect(graph.nodes.find((node: { id: string }) => node.id === "FI")).toMatchObject({
      type: "actor",
      kind: "Country",
    });
    const meetingId = meetings[0].id;
    expect(
      graph.edges
        .filter((edge: { target: string }) => edge.target === meetingId)
        .map((e: { source: string }) => e.source)
        .sort(),
    ).toEqual(["FI", "SE"]);
    expect(graph.edges).toContainEqual({ source: meetingId, target: "FI", label: "held_in", role: "held_in" });
    // Every edge joins two nodes of the file (Gephi drops an edge whose end it does not know).
    const ids = new Set(graph.nodes.map((node: { id: string }) => node.id));
    expect(
      graph.edges.every((edge: { source: string; target: string }) => ids.has(edge.source) && ids.has(edge.target)),
    ).toBe(true);
    expect(graph.directed).toBe(true);
  });

  it("exports connections as GraphML: the paths' actors as nodes, each hop an edge carrying its fact", async () => {
    const response = await get(`/export/connections.graphml?from=Norway&to=Sweden&maxHops=2`);
    expect(response.status).toBe(200);
    const graph = readGraphml(response.text);
    const { body } = await graphql(
      server.url,
      `
        {
          connections(from: "NO", to: "SE", maxHops: 2) {
            hops {
              from {
                id
              }
              to {
                id
              }
              fact {
                id
              }
            }
          }
        }
      `,
    );
    const hops = new Set<string>(
      body.data.connections.flatMap(
        (path: { hops: Array<{ from: { id: string }; to: { id: string }; fact: { id: string } }> }) =>
          path.hops.map((hop) => `${hop.from.id}>${hop.to.id}:${hop.fact.id}`),
      ),
    );
    expect(hops.size).toBeGreaterThan(0);
    expect(
      new Set(
        graph.edges.map(
          (edge: { source: string; target: string; fact: string }) => `${edge.source}>${edge.target}:${edge.fact}`,
        ),
      ),
    ).toEqual(hops);
    expect(graph.nodes.map((node: { id: string }) => node.id)).toEqual(expect.arrayContaining(["NO", "SE"]));
  });
});
