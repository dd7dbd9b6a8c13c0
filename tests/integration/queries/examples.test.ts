import fs from "node:fs";
import path from "node:path";
import { Kind, parse, validate, type OperationDefinitionNode } from "graphql";
import { buildApiSchema } from "../../../src/api/schema";
import { ingestSamples } from "../../support/samples";
import { inProcessServer } from "../../support/inProcessServer";

/**
 * schema/examples.graphql against the built schema, then every example run on the sample
 * articles (samples/articles.jsonl) ingested by the real pipeline under ids of this file's own,
 * so that the samples under their usual ids (samples.test.ts loads them) are never deleted here.
 */
const root = path.resolve(__dirname, "../../..");
const examples = fs.readFileSync(path.join(root, "schema/examples.graphql"), "utf8");
const operations = parse(examples).definitions.filter(
  (d): d is OperationDefinitionNode => d.kind === Kind.OPERATION_DEFINITION,
);

describe("schema/examples.graphql", () => {
  it("holds a dozen or more named operations, each valid against the schema", async () => {
    expect(operations.length).toBeGreaterThanOrEqual(12);
    expect(operations.every((op) => op.name)).toBe(true);
    expect(validate(await buildApiSchema(), parse(examples)).map((e) => e.message)).toEqual([]);
  });
});

describe("the examples on the sample articles", () => {
  let removeSamples: (() => Promise<void>) | undefined;
  const api = inProcessServer({
    setUp: async (db) => void (removeSamples = await ingestSamples(db)),
    tearDown: async () => await removeSamples?.(),
  });
  const execute = async (operationName: string, variables: Record<string, unknown> = {}) => {
    const response = await fetch(`${api.server.url}/graphql`, {
      method: "POST",
      headers: { "content-type": "application/json" },
      body: JSON.stringify({ query: examples, operationName, variables }),
    });
    return (await response.json()) as { data?: any; errors?: unknown[] };
  };

  it.each(operations.map((op) => op.name!.value))("runs %s without errors", async (name) => {
    const body = await execute(name);
    expect(body.errors).toBeUndefined();
    expect(body.data).toBeDefined();
  });

  it("shows the Kim–Putin summit, reported in English and Indonesian, as one meeting with both sources", async () => {
    const { data } = await execute("RussiaNorthKoreaTimeline");
    const meetings = data.relationship.timeline.filter(
      (e: { kind: string; date: string }) => e.kind === "MEETING" && e.date.startsWith("2023-09"),
    );
    expect(meetings).toHaveLength(1);
    const languages = meetings[0].fact.sources.map((s: { article: { language: string } }) => s.article.language);
    expect(languages).toEqual(expect.arrayContaining(["en", "id"]));
    expect(meetings[0].fact.participants.map((p: { name: string }) => p.name)).toEqual(
      expect.arrayContaining(["Kim Jong Un", "Vladimir Putin"]),
    );
  });

  it("resolves the samples' spellings of one leader to one person", async () => {
    for (const name of ["Kim Jong-un", "Kim Jong Un"]) {
      expect((await execute("LeaderMeetings", { name })).data.leader).toMatchObject({
        id: "kim-jong-un",
        name: "Kim Jong Un",
      });
    }
    for (const name of ["Sergei Lavrov", "Sergey Lavrov"]) {
      expect((await execute("LeaderStatements", { name })).data.leader.name).toBe("Sergey Lavrov");
    }
  });

  it("finds the samples by search and lists them by language", async () => {
    const hits = (await execute("Search", { text: "Lavrov" })).data.search;
    expect(hits.map((h: { node: { __typename: string } }) => h.node.__typename)).toContain("Leader");
    const { articles } = (await execute("IndonesianArticles")).data;
    expect(articles.nodes.map((a: { title: string }) => a.title)).toEqual(
      expect.arrayContaining(["Kim Jong-un dan Putin bertemu di Vostochny"]),
    );
  });

  it("answers the cooperation question from the samples: the alleged KP→RU shipment, accused by the US, denied by Russia", async () => {
    const { data } = await execute("RussiaNorthKoreaCooperation");
    type Said = { speaker: { id: string } };
    const contradiction = data.relationship.contradictions.find(
      (c: { fact: { kind: string; from?: { id: string }; to?: { id: string } } }) =>
        c.fact.kind === "TRANSFER" && c.fact.from?.id === "KP" && c.fact.to?.id === "RU",
    );
    expect(contradiction.fact.transferStatus).toBe("ALLEGED");
    expect(contradiction.asserted.map((s: Said) => s.speaker.id)).toContain("US");
    expect(contradiction.denied.map((s: Said) => s.speaker.id)).toEqual(
      expect.arrayContaining([expect.stringMatching(/^(RU|dmitry-peskov)$/)]),
    );
    expect(data.relationship.summary.contradictions).toBeGreaterThanOrEqual(1);
  });
});
