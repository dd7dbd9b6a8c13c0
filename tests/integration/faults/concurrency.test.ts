import { graphql } from "../../support/http";
import { serverOnOwnNeo4j } from "../../support/serverOnOwnNeo4j";

/**
 * Concurrent ingests of one article: 16 at once, 20 rounds, through the real server. With the
 * uniqueness constraints of cypher/schema the graph holds one of everything; on the same Neo4j
 * without them the same load makes twins, which proves the assertion can fail. A Neo4j of this
 * file's own (ownPort(1)), because it runs without constraints and is emptied between the halves.
 */
const rounds = 20;
const concurrency = 16;

/** The September 2023 Kim–Putin summit, told four ways (written for this test); the round varies id, date and text. */
const tellings = [
  "North Korean leader Kim Jong Un met Russian President Vladimir Putin at the Vostochny Cosmodrome in Russia on 13 September 2023. Kremlin spokesman Dmitry Peskov denied that any arms deal had been signed. The White House accused North Korea of preparing to send artillery shells to Russia. The United Nations has imposed sanctions on North Korea over its nuclear tests.",
  "Kim Jong Un and Vladimir Putin held talks in Russia on 13 September 2023 at a space launch site in the Far East. Sergei Lavrov said Moscow would not violate any agreement. The United States warned North Korea against arms sales to Russia. The European Union imposed sanctions on Russia over its attack on Ukraine.",
  "Vladimir Putin welcomed Kim Jong Un to the Vostochny Cosmodrome on 13 September 2023 for their first meeting since 2019. The Kremlin denied that Russia would break sanctions on North Korea. Washington accused Moscow of seeking weapons from Pyongyang.",
  "Russian President Vladimir Putin met North Korean leader Kim Jong Un in the Amur region of Russia on 13 September 2023. Kim Jong Un said North Korea supports Russia. The United States imposed sanctions on Russia over the war in Ukraine.",
];
const article = (half: string, round: number) => ({
  id: `race-${half}-${round}`,
  language: "en",
  publishedAt: `2023-09-${String(14 + (round % 14)).padStart(2, "0")}T08:00:00Z`,
  title: `Kim and Putin meet (report ${round})`,
  text: `${tellings[round % tellings.length]} This was report number ${round}.`,
});
const ingestOne = `mutation ($input: ArticleInput!) { ingestArticle(input: $input) { status facts article { id } } }`;

type Twins = { nodes: string[]; relationships: string[]; names: string[] };

describe("16 concurrent ingests of the same article, 20 rounds", () => {
  // A fresh store: no constraints until the second half applies them. Generous read timeouts: a
  // cold Neo4j on a busy 2-CPU machine takes seconds to plan a query, and this file is about
  // twins, not about the 5 s read limit.
  const own = serverOnOwnNeo4j(1, { env: { NEWSGRAPH_READ_TIMEOUT_MS: "60000" } });

  /** Sends the rounds, `concurrency` copies at once; the errors the API answered with, and each round's statuses. */
  async function race(half: string, count: number): Promise<{ errors: unknown[]; statuses: string[][] }> {
    const errors: unknown[] = [];
    const statuses: string[][] = [];
    for (let round = 0; round < count; round++) {
      const input = article(half, round);
      const answers = await Promise.all(
        Array.from({ length: concurrency }, () => graphql(own.server.url, ingestOne, { input })),
      );
      statuses.push([]);
      for (const { status, body } of answers) {
        if (status !== 200 || body.errors) errors.push({ status, errors: body.errors });
        else {
          expect(body.data.ingestArticle.article.id).toBe(input.id);
          statuses[round].push(body.data.ingestArticle.status);
        }
      }
    }
    return { errors, statuses };
  }
  const twins = async () => (await own.db.read<Twins>("test/twins"))[0];
  const articleCount = async () => (await own.db.read<{ articles: number }>("test/articleCount"))[0].articles;

  // One test in two halves, in this order: the store is fresh (no constraints) only before the
  // second half applies them, and jest runs a file's tests in any order.
  it("makes twins when the uniqueness constraints are missing (the check can fail), and keeps exactly one Article per id, one node per fact and one relationship per pair with them", async () => {
    expect(await own.db.read("test/schemaObjects")).toEqual([]);
    // 16 at a time is plenty: without a constraint every transaction that overlaps another
    // creates its own nodes, and twins appear from the first round (seen: 15 or 16 copies of
    // each article, actor and fact). Five rounds rather than 20 keep it bounded: without the
    // constraints' indexes each MERGE scans its label, and the twins make every round slower.
    const unconstrainedRounds = 5;
    await race("unconstrained", unconstrainedRounds);
    const found = await twins();
    expect(found.nodes.filter((twin) => twin.startsWith("Article ")).length).toBeGreaterThan(0);
    expect(found.nodes.filter((twin) => twin.startsWith("Fact ")).length).toBeGreaterThan(0);
    expect(await articleCount()).toBeGreaterThan(unconstrainedRounds);

    await own.db.write("test/deleteEverything");
    await own.db.applySchema();
    const { errors, statuses } = await race("constrained", rounds);
    expect(errors).toEqual([]);
    // The article's lock queues the copies: one writes it, the others find it written.
    for (const round of statuses)
      expect(round.sort()).toEqual(["CREATED", ...Array(concurrency - 1).fill("UNCHANGED")]);
    expect(await twins()).toEqual({ nodes: [], relationships: [], names: [] });
    expect(await articleCount()).toBe(rounds);
    // Every round's article reports the summit: one Meeting, with 20 sources.
    const [meeting] = await own.db.read<{ sources: string[] }>("test/meetingSources", {
      a: "kim-jong-un",
      b: "vladimir-putin",
    });
    expect(meeting.sources).toHaveLength(rounds);
  }, 360_000);
});
