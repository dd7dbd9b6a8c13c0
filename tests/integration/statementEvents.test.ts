import type { Database, Run } from "../../src/graph/database";
import { deleteArticle } from "../../src/graph/deleteArticle";
import { settleStatements } from "../../src/graph/settleStatements";
import { ingestArticles } from "../../src/ingestion/ingestArticles";
import { testDatabase } from "../support/database";
import { expectSameInAnyOrder } from "../support/sameInAnyOrder";

/**
 * One statement, one node (README, "Merge rules"), whatever order its reports arrive in. Articles
 * written for this test about Finnish President Alexander Stubb calling the damage to Baltic Sea
 * cables sabotage (early January 2025); no other test quotes him, so his statements are ours alone.
 */
const run = `statement-events-${Date.now()}`;
const article = (id: string, language: string, publishedAt: string, text: string) => ({
  id: `${run}-${id}`,
  language,
  publishedAt,
  text,
});
const english = article(
  "en",
  "en",
  "2025-01-02T10:00:00Z",
  "Finnish President Alexander Stubb said on Thursday that the damage to the undersea cables in the Baltic Sea was sabotage by Russia.",
);
const german = article(
  "de",
  "de",
  "2025-01-03T08:00:00Z",
  "Der finnische Präsident Alexander Stubb sagte am Donnerstag, die Schäden an den Unterseekabeln in der Ostsee seien Sabotage durch Russland.",
);
const indonesian = article(
  "id",
  "id",
  "2025-01-03T15:00:00+07:00",
  "Presiden Finlandia Alexander Stubb mengatakan pada hari Kamis bahwa kerusakan kabel bawah laut di Laut Baltik adalah sabotase oleh Rusia.",
);
// Dated by its month only: it joins the one statement it fits.
const spanish = article(
  "es",
  "es",
  "2025-01",
  "El presidente finlandés Alexander Stubb dijo que los daños a los cables submarinos del mar Báltico fueron un sabotaje de Rusia.",
);
// Another remark of his, weeks later: another statement.
const later = article(
  "later",
  "en",
  "2025-01-20T10:00:00Z",
  "Finnish President Alexander Stubb said on Monday that NATO will send more ships to guard the Baltic Sea.",
);
const articles = [english, german, indonesian, spanish, later];
const ids = articles.map((a) => a.id);

type Fact = { id: string; date: string | null; sources: string[] };

// Each test writes and deletes a dozen times; on a busy 2-core machine a cold write plan takes seconds.
jest.setTimeout(900_000);

describe("statements across articles on the real Neo4j", () => {
  let db: Database;
  const graph = async () =>
    (await db.read<Fact>("test/factsOfArticles", { ids })).map(({ id, date, sources }) => ({
      id,
      date,
      sources: [...sources].sort(),
    }));
  const planted: string[] = [];
  const clear = async () => {
    for (const id of [...ids, ...planted]) await deleteArticle(db, id);
  };

  beforeAll(() => {
    db = testDatabase();
  });
  afterAll(async () => {
    await clear();
    await db.close();
  });

  it("makes the remark told in three languages within days, and a month-dated retelling, one statement", async () => {
    await clear();
    const outcomes = await ingestArticles(db, articles);
    expect(outcomes.map((o) => o.ok)).toEqual([true, true, true, true, true]);
    const statements = await graph();
    expect(statements).toHaveLength(2);
    const [remark] = statements.filter((s) => s.sources.length > 1);
    expect(remark.sources).toEqual([english.id, german.id, indonesian.id, spanish.id].sort());
    expect(remark.date).toBe("2025-01-02");
    expect(statements.find((s) => s !== remark)!.sources).toEqual([later.id]);
  });

  it("gives the same ids and sources in three random orders, one by one or in one batch", async () => {
    await expectSameInAnyOrder(db, articles, clear, graph);
  });

  it("keeps the other articles' sources when one is deleted, and the retelling alone once nothing dated is left", async () => {
    await clear();
    await ingestArticles(db, articles);
    await deleteArticle(db, english.id);
    const remark = (await graph()).filter((s) => s.sources.length > 1);
    expect(remark).toHaveLength(1);
    expect(remark[0].sources).toEqual([german.id, indonesian.id, spanish.id].sort());
    await deleteArticle(db, german.id);
    await deleteArticle(db, indonesian.id);
    await deleteArticle(db, later.id);
    const alone = await graph();
    expect(alone).toHaveLength(1);
    expect(alone[0].sources).toEqual([spanish.id]);
  });

  /**
   * A person's quoted remark told in English and German shares no stem ("intimidated",
   * "einschüchtern"): one statement, as each article quotes him once. Another remark of his that
   * day, in English, about the same state in the same tone, stays its own statement; and with it
   * the German retelling could be either, so it joins neither; deleting it gives the translation
   * back its node.
   */
  it("keeps a person's two remarks of one day apart, and matches a translation only when it can be one of them alone", async () => {
    const day = "2025-01-10";
    const intimidated = article(
      "intimidated-en",
      "en",
      `${day}T09:00:00Z`,
      'Finnish President Alexander Stubb said on Friday that Finland "will not be intimidated" by Russia.',
    );
    const einschuechtern = article(
      "intimidated-de",
      "de",
      `${day}T15:00:00Z`,
      'Der finnische Präsident Alexander Stubb sagte am Freitag, Finnland lasse sich von Russland "nicht einschüchtern".',
    );
    const guards = article(
      "guards-en",
      "en",
      `${day}T11:00:00Z`,
      'Finnish President Alexander Stubb said on Friday that Russia "keeps testing our border guards".',
    );
    const mine = [intimidated.id, einschuechtern.id, guards.id];
    planted.push(...mine);
    const facts = async () =>
      (await db.read<Fact>("test/factsOfArticles", { ids: mine })).map((f) => [...f.sources].sort()).sort();
    for (const id of mine) await deleteArticle(db, id);

    await ingestArticles(db, [intimidated, einschuechtern]);
    expect(await facts()).toEqual([[einschuechtern.id, intimidated.id].sort()]);
    await ingestArticles(db, [guards]);
    expect(await facts()).toEqual([[einschuechtern.id], [guards.id], [intimidated.id]].sort());
    await deleteArticle(db, guards.id);
    expect(await facts()).toEqual([[einschuechtern.id, intimidated.id].sort()]);
  });

  /**
   * Two remarks of his on one Tuesday, neither quoted, each in the same tone about the same state:
   * the role, the verb and the weekday are all the two reports share, which tells nothing of what
   * was said, so they stay two statements; a retelling of one of them the next day joins that one.
   */
  it("keeps a person's two unquoted remarks of one day, stance and state apart, and joins a retelling to its own", async () => {
    const jamming = article(
      "jamming",
      "en",
      "2025-02-04T09:00:00Z",
      "Finnish President Alexander Stubb accused Russia on Tuesday of jamming satellite signals over Lapland.",
    );
    const migrants = article(
      "migrants",
      "en",
      "2025-02-04T13:00:00Z",
      "Finnish President Alexander Stubb accused Russia on Tuesday of pushing migrants across the eastern frontier.",
    );
    const retold = article(
      "jamming-retold",
      "en",
      "2025-02-05T08:00:00Z",
      "Finnish President Alexander Stubb accused Moscow of jamming satellite signals over Lapland, Helsinki reported.",
    );
    const mine = [jamming.id, migrants.id, retold.id];
    planted.push(...mine);
    const facts = async () =>
      (await db.read<Fact>("test/factsOfArticles", { ids: mine })).map((f) => [...f.sources].sort()).sort();
    for (const id of mine) await deleteArticle(db, id);

    await ingestArticles(db, [jamming, migrants, retold]);
    expect(await facts()).toEqual([[jamming.id, retold.id].sort(), [migrants.id]].sort());
    await deleteArticle(db, jamming.id);
    expect(await facts()).toEqual([[migrants.id], [retold.id]].sort());
  });

  /**
   * Japan's remark on the day a North Korean missile flew over it (4 October 2022), told in English
   * and in Indonesian in our own words: the two share no stem ("ballistic", "balistik") but three
   * concepts (a ballistic missile, territory), so they are one statement. Another remark of Japan
   * that day, in the same tone, shares one concept (a missile) with each: a state's one concept is
   * the topic of the day, not the remark, so it stays its own, and the translation does not fall
   * to it when the English report is deleted.
   */
  it("makes a state's remark told in two languages one statement on shared concepts, and keeps its other remark apart", async () => {
    const overflight = article(
      "overflight-en",
      "en",
      "2022-10-04T06:00:00Z",
      "Japan said on Tuesday that the North Korean ballistic missile flew over its territory before falling into the Pacific Ocean.",
    );
    const melintas = article(
      "overflight-id",
      "id",
      "2022-10-04T14:00:00+07:00",
      "Jepang mengatakan pada hari Selasa bahwa rudal balistik Korea Utara terbang melintasi wilayahnya sebelum jatuh ke Samudra Pasifik.",
    );
    const launches = article(
      "launches-en",
      "en",
      "2022-10-04T09:00:00Z",
      "Japan said on Tuesday that North Korea's repeated missile launches threaten peace in the region.",
    );
    const mine = [overflight.id, melintas.id, launches.id];
    planted.push(...mine);
    const facts = async () =>
      (await db.read<Fact>("test/factsOfArticles", { ids: mine })).map((f) => [...f.sources].sort()).sort();
    for (const id of mine) await deleteArticle(db, id);

    await ingestArticles(db, [launches, melintas, overflight]);
    expect(await facts()).toEqual([[melintas.id, overflight.id].sort(), [launches.id]].sort());
    await deleteArticle(db, overflight.id);
    expect(await facts()).toEqual([[launches.id], [melintas.id]].sort());
  });

  /**
   * Two writers report one statement at once. The interleaving is forced: the first transaction
   * writes its report and settles, holding the speaker's lock; the second writes its report and
   * settles too, and the first commits only once Neo4j lists the second as blocked on that lock
   * (SHOW TRANSACTIONS). The reports are planted without touching the speaker's node, so that the
   * settling's lock is the only one they share: the second reads the group once the first has
   * committed and joins its report, where without the lock it would keep a node of its own.
   */
  it("cannot split a statement when two articles report it at once", async () => {
    await clear();
    await ingestArticles(db, [later]); // the speaker's node, which the settling locks
    const plant = (id: string, run: Run) =>
      run("test/plantStatementReport", {
        article: id,
        own: `statement-${id}`,
        speaker: "alexander-stubb",
        day: "2025-01-02",
        words: ["cabl", "sabo"],
        text: `${id}: the cables were sabotaged`,
      });
    const [first, second] = [`${run}-planted-1`, `${run}-planted-2`];
    planted.push(first, second);
    let waiting: Promise<unknown> = Promise.resolve();
    await db.transaction("WRITE", async (tx) => {
      await plant(first, tx);
      await settleStatements(tx, [{ group: "alexander-stubb", from: "2025-01-02", to: "2025-01-02" }]);
      waiting = db.transaction("WRITE", async (other) => {
        await plant(second, other);
        await settleStatements(other, [{ group: "alexander-stubb", from: "2025-01-02", to: "2025-01-02" }]);
      });
      for (let polls = 0; ; polls++) {
        const [{ blocked }] = await db.read<{ blocked: number }>("test/blockedTransactions", { marker: "g._lock" });
        if (blocked > 0) break;
        if (polls > 2_000) throw new Error("The second writer never waited for the speaker's lock.");
        await new Promise((resolve) => setTimeout(resolve, 10));
      }
    });
    await waiting;
    const statements = await db.read<Fact>("test/factsOfArticles", { ids: [first, second] });
    expect(statements).toHaveLength(1);
    expect([...statements[0].sources].sort()).toEqual([first, second]);
  });
});
