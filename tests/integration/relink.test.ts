import { relinkFacts } from "../../src/graph/relinkFacts";
import type { ArticleInput } from "../../src/ingestion/articleInput";
import { apiOnArticles } from "./queries/harness";

/**
 * `newsgraph db relink` on a graph written the way it was before Links: facts and reports only.
 * The articles (events of 2006 between Russia and North Korea, in this project's words) are
 * ingested, then test/unlinkArticles takes their facts' Links, COVERS and sanction dates off, as
 * the older graph lacked them: ingestion itself no longer writes a graph without them. The range
 * 2006 sees this file's facts only.
 */
const articles: ArticleInput[] = [
  {
    id: "fixture-relink-pyongyang",
    language: "en",
    publishedAt: "2006-10-21T08:00:00Z",
    title: "A Russian envoy in Pyongyang",
    text:
      "Russian Deputy Foreign Minister Alexander Alexeyev met North Korean Vice Foreign Minister Kim Kye Gwan " +
      "in Pyongyang on 20 October 2006. North Korea said on 21 October 2006 that it valued its friendship " +
      "with Russia. Japan imposed sanctions on North Korea after its nuclear test.",
  },
  {
    id: "fixture-relink-ferry",
    language: "en",
    publishedAt: "2006-07-06T08:00:00Z",
    title: "Tokyo turns away a ferry",
    text: "Japan imposed sanctions on North Korea after its missile launches.",
  },
];
const [pyongyang, ferry] = articles.map((a) => a.id!);

describe("relinkFacts (newsgraph db relink)", () => {
  const api = apiOnArticles(articles);
  beforeAll(() => api.db.write("test/unlinkArticles", { ids: [pyongyang, ferry] }));

  const relationship = async () =>
    (
      await api.query(`{
        relationship(a: "RU", b: "KP", from: "2006", to: "2006") {
          meetings { id }
          statements { id }
          sanctions { id firstReported }
          summary { meetings statements articles }
        }
      }`)
    ).relationship;
  const connections = async () =>
    (
      await api.query(`{
        connections(from: "Alexander Alexeyev", to: "Kim Kye Gwan", maxHops: 1) { hops { fact { id } } }
      }`)
    ).connections;

  it("files an older graph's facts under their Links and dates its sanctions, twice without change", async () => {
    const meeting = await api.fact("Meeting", [pyongyang]);
    const statement = await api.fact("Statement", [pyongyang]);
    const sanction = await api.fact("Sanction", [pyongyang, ferry]);
    // Unlinked: nothing between them, and the sanction has no date to fall in the range.
    expect(await relationship()).toEqual({
      meetings: [],
      statements: [],
      sanctions: [],
      summary: { meetings: 0, statements: 0, articles: 0 },
    });
    expect(await connections()).toEqual([]);
    expect(await relinkFacts(api.db)).toBeGreaterThanOrEqual(3);
    const linked = await relationship();
    expect(linked).toEqual({
      meetings: [{ id: meeting.id }],
      statements: [{ id: statement.id }],
      // Dated by its earliest report: the ferry ban of July, before the October article.
      sanctions: [{ id: sanction.id, firstReported: "2006-07-06" }],
      summary: { meetings: 1, statements: 1, articles: 1 },
    });
    expect(await connections()).toEqual([{ hops: [{ fact: { id: meeting.id } }] }]);
    await relinkFacts(api.db);
    expect(await relationship()).toEqual(linked);
    expect(await connections()).toEqual([{ hops: [{ fact: { id: meeting.id } }] }]);
  });
});
