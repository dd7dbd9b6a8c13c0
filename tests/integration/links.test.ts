import { graphql } from "../support/http";
import { inProcessServer } from "../support/inProcessServer";

/**
 * Links (README, "Links") are what relationship(a, b) reads: written with each article, taken back
 * with it. Articles written for this test about real events; the numbers are compared before and
 * after, so whatever else the graph holds does not matter.
 */
const run = `links-test-${Date.now()}`;
const chengduEn = {
  id: `${run}-chengdu-en`,
  language: "en",
  publishedAt: "2023-07-28T08:00:00Z",
  text: "Indonesian President Joko Widodo met Chinese President Xi Jinping in Chengdu on Thursday. Widodo said Indonesia welcomes more investment from China.",
};
const chengduId = {
  id: `${run}-chengdu-id`,
  language: "id",
  publishedAt: "2023-07-28T10:00:00+07:00",
  text: "Presiden Joko Widodo bertemu Presiden China Xi Jinping di Chengdu pada Kamis.",
};
const sanctionsEarly = {
  id: `${run}-sanctions-early`,
  language: "en",
  publishedAt: "1999-02-01T08:00:00Z",
  text: "Australia imposed sanctions on Myanmar military leaders on Wednesday over the coup.",
};
const sanctionsLate = {
  id: `${run}-sanctions-late`,
  language: "en",
  publishedAt: "1999-08-23T08:00:00Z",
  text: "Australia imposed sanctions on Myanmar military leaders on Wednesday over the coup.",
};

const summaryOf = `query ($a: String!, $b: String!) {
  relationship(a: $a, b: $b, first: 100) { meetings { id date } summary { meetings statements articles stances { side { id } stance count } } }
}`;

describe("Links", () => {
  const api = inProcessServer({
    tearDown: async () => {
      for (const { id } of [chengduEn, chengduId, sanctionsEarly, sanctionsLate]) await remove(id);
    },
  });
  const ingest = async (input: object) =>
    (
      await graphql(
        api.server.url,
        `
          mutation ($input: ArticleInput!) {
            ingestArticle(input: $input) {
              status
            }
          }
        `,
        { input },
      )
    ).body;
  const remove = async (id: string) =>
    (await graphql(api.server.url, `mutation { deleteArticle(id: "${id}") }`)).body.data.deleteArticle;
  const relationship = async (a: string, b: string) =>
    (await graphql(api.server.url, summaryOf, { a, b })).body.data.relationship;
  const link = async (id: string) =>
    (await api.db.read<{ exists: boolean; linked: boolean }>("test/linkExists", { id }))[0];

  it("file a meeting and a statement under every pair, count each article once, and go with the articles", async () => {
    const before = await relationship("ID", "CN");
    const leadersBefore = await link("joko-widodo|xi-jinping");

    expect((await ingest(chengduEn)).data.ingestArticle.status).toBe("CREATED");
    const one = await relationship("Indonesia", "China");
    expect(one.summary.meetings).toBe(before.summary.meetings + 1);
    expect(one.summary.statements).toBe(before.summary.statements + 1);
    expect(one.summary.articles).toBe(before.summary.articles + 1);
    const meeting = one.meetings.find((m: { date: string }) => m.date === "2023-07-27");
    expect(meeting).toBeDefined();
    // The same meeting seen from the two leaders, and from a leader and the other's country.
    expect((await relationship("Joko Widodo", "Xi Jinping")).meetings).toContainEqual(meeting);
    expect((await relationship("Jokowi", "China")).meetings).toContainEqual(meeting);
    // They met: a direct Link, its two leaders LINKED for connections.
    expect(await link("joko-widodo|xi-jinping")).toEqual({ exists: true, linked: true });
    const indonesiaSupports = (r: typeof one) =>
      r.summary.stances.find(
        (s: { side: { id: string } | null; stance: string }) => s.side?.id === "ID" && s.stance === "SUPPORT",
      )?.count ?? 0;
    expect(indonesiaSupports(one)).toBe(indonesiaSupports(before) + 1);

    // The same meeting in Indonesian: one more article, not one more meeting.
    expect((await ingest(chengduId)).data.ingestArticle.status).toBe("CREATED");
    const two = await relationship("ID", "CN");
    expect(two.summary).toMatchObject({ meetings: one.summary.meetings, articles: one.summary.articles + 1 });

    expect(await remove(chengduEn.id)).toBe(true);
    const back = await relationship("ID", "CN");
    expect(back.summary).toMatchObject({
      meetings: one.summary.meetings,
      statements: before.summary.statements,
      articles: before.summary.articles + 1,
    });

    expect(await remove(chengduId.id)).toBe(true);
    expect((await relationship("ID", "CN")).summary).toEqual(before.summary);
    expect(await link("joko-widodo|xi-jinping")).toEqual(leadersBefore);
  });

  it("date a sanction by its earliest report, and again when that report goes", async () => {
    const firstReported = async () =>
      (
        await graphql(
          api.server.url,
          `
            {
              sanctions(imposer: "Australia", target: "Myanmar", from: "1999", to: "1999") {
                nodes {
                  firstReported
                }
              }
            }
          `,
        )
      ).body.data.sanctions.nodes.map((s: { firstReported: string }) => s.firstReported);
    await ingest(sanctionsLate);
    expect(await firstReported()).toEqual(["1999-08-23"]);
    await ingest(sanctionsEarly);
    expect(await firstReported()).toEqual(["1999-02-01"]);
    await remove(sanctionsEarly.id);
    expect(await firstReported()).toEqual(["1999-08-23"]);
  });
});
