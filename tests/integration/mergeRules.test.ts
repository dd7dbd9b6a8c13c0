import type { Database } from "../../src/graph/database";
import { findActorsById } from "../../src/graph/actorLinks";
import { deleteArticle } from "../../src/graph/deleteArticle";
import type { ArticleInput } from "../../src/ingestion/articleInput";
import { ingestArticles } from "../../src/ingestion/ingestArticles";
import { testDatabase } from "../support/database";

/**
 * README, "Merge rules" and "A fact exists only while at least one article REPORTS it", through the
 * real pipeline (ingestArticles → Neo4j). Sentences written for this test about real events; each
 * test deletes its articles first and last, so the tests pass alone and in any order.
 */
const run = `merge-${Date.now()}`;

interface FactState {
  id: string;
  kind: string;
  date: string | null;
  datePrecision: string | null;
  status: string | null;
  quote: string | null;
  sources: string[];
}

describe("merge rules", () => {
  let db: Database;
  const ingest = async (...articles: ArticleInput[]) => {
    for (const outcome of await ingestArticles(db, articles)) {
      if (!outcome.ok) throw outcome.error;
    }
  };
  const remove = async (...ids: string[]) => {
    for (const id of ids) await deleteArticle(db, id);
  };
  const factsOf = (id: string) => db.read<FactState>("test/factState", { id });
  const only = async (id: string, kind: string) => {
    const facts = (await factsOf(id)).filter((fact) => fact.kind === kind);
    expect(facts).toHaveLength(1);
    return facts[0];
  };

  beforeAll(() => (db = testDatabase()));
  afterAll(() => db.close());

  describe("a meeting reported as planned (month only) and as held (to the day)", () => {
    // Lavrov's visit to Beijing in April 2024: announced for the month, then reported to the day.
    const planned = {
      id: `${run}-planned`,
      language: "en",
      publishedAt: "2024-04-02T08:00:00Z",
      text: "Russian Foreign Minister Sergei Lavrov will meet Chinese Foreign Minister Wang Yi in Beijing in April 2024, the Russian foreign ministry said.",
    };
    const held = {
      id: `${run}-held`,
      language: "en",
      publishedAt: "2024-04-10T08:00:00Z",
      text: "Russian Foreign Minister Sergei Lavrov met Chinese Foreign Minister Wang Yi in Beijing on 9 April 2024.",
    };
    beforeEach(() => remove(planned.id, held.id));
    afterAll(() => remove(planned.id, held.id));

    it.each([
      ["the day-precise report comes first", [held, planned]],
      ["the month-only report comes first", [planned, held]],
    ])("is one meeting dated to the day, with the status of the later-published report, when %s", async (_, order) => {
      for (const article of order) await ingest(article);
      const meeting = await only(held.id, "Meeting");
      expect(meeting).toMatchObject({
        date: "2024-04-09",
        datePrecision: "day",
        status: "occurred",
        sources: [held.id, planned.id].sort(),
      });
    });
  });

  describe("statements", () => {
    const ids = ["quote-1", "quote-2", "words-1", "words-2", "words-3"].map((name) => `${run}-${name}`);
    beforeAll(() => remove(...ids));
    afterAll(() => remove(...ids));

    it("are one when the same speaker's quote differs only in case, accents and punctuation", async () => {
      const quote = `Russia has no plans to send troops to Mongolia in test ${run}.`;
      await ingest(
        {
          id: ids[0],
          language: "en",
          publishedAt: "2024-05-03T08:00:00Z",
          text: `Kremlin spokesman Dmitry Peskov said: "${quote}"`,
        },
        {
          id: ids[1],
          language: "en",
          publishedAt: "2024-05-09T08:00:00Z",
          // The same words, upper case, an accent and an exclamation mark: one normalised quote.
          text: `Dmitry Peskov told reporters: "${quote.toUpperCase().replace("PLANS", "PLÁNS").replace(/\.$/, "!")}"`,
        },
      );
      const first = await only(ids[0], "Statement");
      expect(first.quote).toBe(quote);
      expect(first.sources).toEqual([ids[0], ids[1]].sort());
    });

    it("are one without a quote when speaker, stance and words match within days, and two a week later", async () => {
      // Mongolia's denial of sending troops (no quote), reported twice on 3 March 2001 and once a week later.
      const denial = "Mongolia denied that it had sent troops to Russia.";
      const article = (id: string, publishedAt: string, text = denial) => ({ id, language: "en", publishedAt, text });
      await ingest(
        article(ids[2], "2001-03-03T08:00:00Z"),
        article(ids[3], "2001-03-03T18:00:00Z", "Mongolia again denied sending troops to Russia, officials said."),
        article(ids[4], "2001-03-10T08:00:00Z"),
      );
      const sameDay = await only(ids[2], "Statement");
      expect(sameDay.sources).toEqual([ids[2], ids[3]].sort());
      const weekLater = await only(ids[4], "Statement");
      expect(weekLater.id).not.toBe(sameDay.id);
      expect(weekLater.sources).toEqual([ids[4]]);
    });
  });

  describe("deleting an article", () => {
    // Liechtenstein's head of government Daniel Risch, and his meeting with Ignazio Cassis in March 2022.
    const said = {
      id: `${run}-risch-said`,
      language: "en",
      publishedAt: "2022-03-02T08:00:00Z",
      text: "Liechtenstein head of government Daniel Risch said the principality stands with Ukraine.",
    };
    const met = {
      id: `${run}-risch-met`,
      language: "en",
      publishedAt: "2022-03-02T09:00:00Z",
      text: "Prime Minister Daniel Risch of Liechtenstein met Swiss President Ignazio Cassis in Vaduz on 1 March 2022.",
    };
    beforeAll(() => remove(said.id, met.id));
    afterAll(() => remove(said.id, met.id));

    it("removes the actors and facts only it supported, and keeps those another article mentions", async () => {
      await ingest(said, met);
      const actors = ["LI", "daniel-risch", "ignazio-cassis"];
      const present = async () => (await findActorsById(db, actors)).map((actor) => actor !== null);
      expect(await present()).toEqual([true, true, true]);
      const meeting = await only(met.id, "Meeting");

      await remove(met.id);
      expect(await present()).toEqual([true, true, false]); // Cassis was only in `met`
      expect(await db.read("test/factsExist", { ids: [meeting.id] })).toEqual([{ id: meeting.id, exists: false }]);

      await remove(said.id);
      expect(await present()).toEqual([false, false, false]);
    });
  });
});
