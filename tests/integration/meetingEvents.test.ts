import { Database } from "../../src/graph/database";
import { deleteArticle } from "../../src/graph/deleteArticle";
import { ingestArticles } from "../../src/ingestion/ingestArticles";
import { testDatabase } from "../support/database";
import { expectSameInAnyOrder } from "../support/sameInAnyOrder";

/**
 * One visit, one node (README, "Merge rules"), whatever order its reports arrive in. Articles
 * written for this test about Vladimir Putin's state visit to Vietnam (Hanoi, 19–20 June 2024);
 * no other test writes about Russia and Vietnam, so the meetings of that group are ours alone.
 */
const run = `meeting-events-${Date.now()}`;
const arrival = {
  id: `${run}-arrival-en`,
  language: "en",
  publishedAt: "2024-06-20T10:00:00Z",
  text: "Russian President Vladimir Putin arrived in Hanoi on Thursday for a state visit to Vietnam. Putin held talks with Vietnamese President To Lam in Hanoi on Thursday.",
};
const talks = {
  id: `${run}-talks-id`,
  language: "id",
  publishedAt: "2024-06-21T10:00:00+07:00",
  text: "Presiden Rusia Vladimir Putin bertemu Presiden Vietnam To Lam di Hanoi pada hari Kamis, 20 Juni 2024. Keduanya membahas kerja sama energi.",
};
const lastMonth = {
  id: `${run}-last-month-en`,
  language: "en",
  publishedAt: "2024-07-15T10:00:00Z",
  text: "Vladimir Putin visited Vietnam last month, where he met President To Lam.",
};
const planned = {
  id: `${run}-planned-en`,
  language: "en",
  publishedAt: "2024-05-30T10:00:00Z",
  text: "Russian President Vladimir Putin will visit Vietnam soon.",
};
const articles = [arrival, talks, lastMonth, planned];
const ids = articles.map((a) => a.id);

type Fact = { id: string; date: string | null; status: string; sources: string[]; participants: string[] };

// Each test writes and deletes a dozen times; on a busy 2-core machine a cold write plan takes seconds.
jest.setTimeout(300_000);

describe("meeting events on the real Neo4j", () => {
  let db: Database;
  const graph = async () =>
    (await db.read<Fact>("test/factsOfArticles", { ids })).map((f) => ({
      ...f,
      sources: [...f.sources].sort(),
      participants: [...f.participants].sort(),
    }));
  const clear = async () => {
    for (const id of ids) await deleteArticle(db, id);
  };

  beforeAll(() => {
    db = testDatabase();
  });
  afterAll(async () => {
    await clear();
    await db.close();
  });

  it("makes the arrival, the talks (in two languages), a later recap and the plan one meeting", async () => {
    await clear();
    const outcomes = await ingestArticles(db, articles);
    expect(outcomes.map((o) => o.ok)).toEqual([true, true, true, true]);
    const meetings = await graph();
    expect(meetings).toHaveLength(1);
    expect(meetings[0].sources).toEqual([...ids].sort());
    expect(meetings[0].date).toBe("2024-06-20");
    // Everyone any report names: the visitor, the host and the host's president.
    expect(meetings[0].participants).toEqual(["VN", "to-lam", "vladimir-putin"]);
  });

  it("gives the same ids and sources in three random orders, one by one or in one batch", async () => {
    await expectSameInAnyOrder(db, articles, clear, graph);
  });

  it("keeps the other articles' sources when one article is deleted, and the plan with what anchors it", async () => {
    await clear();
    await ingestArticles(db, articles);
    await deleteArticle(db, arrival.id);
    const [meeting, ...others] = await graph();
    expect(others).toEqual([]);
    expect(meeting.sources).toEqual([talks.id, lastMonth.id, planned.id].sort());
    // Without a report that names the host and the month, the plan has nothing to join: its own node.
    await deleteArticle(db, talks.id);
    await deleteArticle(db, lastMonth.id);
    const alone = await graph();
    expect(alone).toHaveLength(1);
    expect(alone[0].id).not.toBe(meeting.id);
    expect(alone[0].sources).toEqual([planned.id]);
  });
});
