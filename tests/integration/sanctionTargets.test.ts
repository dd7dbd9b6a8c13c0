import { deleteArticle } from "../../src/graph/deleteArticle";
import { writeArticles } from "../../src/graph/writeArticles";
import { extract } from "../../src/extraction/extract";
import type { SanctionFact } from "../../src/extraction/facts";
import { graphRecord } from "../../src/ingestion/graphRecord";
import { identifyArticle } from "../../src/ingestion/identifyArticle";
import { graphql } from "../support/http";
import { inProcessServer } from "../support/inProcessServer";

/**
 * Issue #14, the graph side: a sanction's target linked to its countries (TARGETS_COUNTRY), so
 * that relationship(RU, KP) lists sanctions on Russian companies and on groups with North Koreans.
 * Sentences written for this test about real events (the US designations of 2022–2024 over North
 * Korean munitions shipped to Russia). The sanction facts are given as the extraction contract
 * states them (a company's or a group's countries in `targetCountry`), whatever today's rules
 * find, and written through graphRecord and writeArticles as ingestion writes them. Published in
 * 1953 so that the range 1953-07-27 holds this file's sanctions only. Each test writes its articles
 * and deletes them, so the tests pass alone and in any order.
 */
const run = `targets-${Date.now()}`;
const day = "1953-07-27";

const company = {
  text: "The US Treasury sanctioned M Leasing LLC, the Russian owner of the cargo ship Angara, which carried North Korean munitions to Russia.",
  sanction: { imposer: "US", target: "M Leasing LLC", targetCountry: ["RU"] },
};
const group = {
  text: "The US Treasury sanctioned three Chinese companies and a North Korean official who arranged shipments of North Korean munitions to Russia.",
  sanction: { imposer: "US", target: "CN", targetCountry: ["CN", "KP"] },
};
// The same designation retold (same imposer and first country: the same fact) without the North Korean
// official; it still names North Korea, so the country stays in the graph whatever other tests hold.
const retold = {
  text: "Washington has sanctioned three Chinese companies over the shipments of North Korean munitions to Russia.",
  sanction: { imposer: "US", target: "CN", targetCountry: ["CN"] },
};

const view = `query ($a: String!, $b: String!, $day: String) {
  relationship(a: $a, b: $b, from: $day, to: $day) {
    sanctions { id target { id } targetCountries { id } sources { article { id } } }
  }
}`;
const byTarget = `query ($target: String, $day: String) {
  sanctions(target: $target, from: $day, to: $day) { nodes { id } }
}`;

describe("a sanction's target linked to its countries", () => {
  const api = inProcessServer();
  const written: string[] = [];

  /** Writes one article reporting `sanction`; returns the sanction's id. */
  const write = async (
    id: string,
    { text, sanction }: { text: string; sanction: Omit<SanctionFact, "reason" | "status" | "evidence"> },
  ) => {
    const article = identifyArticle({ id, text, language: "en", publishedAt: `${day}T08:00:00Z` }, new Date());
    const facts = extract(article);
    const fact: SanctionFact = {
      ...sanction,
      reason: null,
      status: "announced",
      evidence: { text, start: 0, end: text.length },
    };
    const record = graphRecord(article, { ...facts, sanctions: [fact] }, new Date().toISOString());
    await writeArticles(api.db, [record]);
    if (!written.includes(id)) written.push(id);
    return record.sanctions[0].id;
  };
  const query = async (text: string, variables: Record<string, unknown>) => {
    const { body } = await graphql(api.server.url, text, variables);
    if (body.errors) throw new Error(`GraphQL errors: ${JSON.stringify(body.errors)}`);
    return body.data;
  };
  type Listed = { target: string; countries: string[]; sources: string[] };
  type Row = { id: string; target: Ref; targetCountries: Ref[]; sources: Array<{ article: Ref }> };
  type Ref = { id: string };
  const relationship = async (a: string, b: string): Promise<Map<string, Listed>> => {
    const data = await query(view, { a, b, day });
    return new Map(
      data.relationship.sanctions.map((s: Row) => [
        s.id,
        {
          target: s.target.id,
          countries: s.targetCountries.map((c) => c.id).sort(),
          sources: s.sources.map((source) => source.article.id).sort(),
        },
      ]),
    );
  };
  const targeting = async (target: string): Promise<string[]> =>
    (await query(byTarget, { target, day })).sanctions.nodes.map((n: { id: string }) => n.id);

  afterEach(async () => {
    for (const id of written.splice(0)) await deleteArticle(api.db, id);
  });

  test("relationship(RU, KP) lists a sanction on a Russian company, with its sources, until its article goes", async () => {
    const sanction = await write(`${run}-company`, company);

    const before = await relationship("RU", "KP");
    expect(before.get(sanction)).toEqual({
      target: expect.any(String),
      countries: ["RU"],
      sources: [`${run}-company`],
    });
    expect(await targeting("RU")).toContain(sanction);

    await deleteArticle(api.db, `${run}-company`);
    expect((await relationship("RU", "KP")).has(sanction)).toBe(false);
    expect(await targeting("RU")).not.toContain(sanction);
  });

  test("a group's second country counts while an article still says it", async () => {
    const sanction = await write(`${run}-group`, group);
    expect(await write(`${run}-retold`, retold)).toBe(sanction);

    // Its target is China; the North Korean official puts it between Russia and North Korea too.
    const both = await relationship("RU", "KP");
    expect(both.get(sanction)).toEqual({
      target: "CN",
      countries: ["CN", "KP"],
      sources: [`${run}-group`, `${run}-retold`].sort(),
    });
    expect(await targeting("KP")).toContain(sanction);

    // The retelling names only China: with the first article gone, the sanction stays but not on KP.
    await deleteArticle(api.db, `${run}-group`);
    expect((await relationship("RU", "KP")).has(sanction)).toBe(false);
    expect(await targeting("KP")).not.toContain(sanction);
    expect((await relationship("CN", "US")).get(sanction)).toEqual({
      target: "CN",
      countries: ["CN"],
      sources: [`${run}-retold`],
    });
  });

  test("an article corrected to drop the North Korean takes North Korea back", async () => {
    const sanction = await write(`${run}-corrected`, group);
    expect((await relationship("RU", "KP")).get(sanction)?.countries).toEqual(["CN", "KP"]);

    // The same article id, new content: ingestion detaches the old version and writes the new one.
    expect(await write(`${run}-corrected`, retold)).toBe(sanction);
    expect((await relationship("RU", "KP")).has(sanction)).toBe(false);
    expect((await relationship("CN", "US")).get(sanction)?.countries).toEqual(["CN"]);
  });
});
