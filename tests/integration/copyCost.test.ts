import type { ArticleWrite } from "../../src/graph/articleWrite";
import type { Database } from "../../src/graph/database";
import { deleteArticle } from "../../src/graph/deleteArticle";
import { linkCopies, PER_BAND } from "../../src/graph/linkCopies";
import { writeArticles } from "../../src/graph/writeArticles";
import { BANDS, ROWS } from "../../src/ingestion/textSignature";
import { testDatabase } from "../support/database";

/**
 * What deciding an article's original costs does not grow with the number of copies (README,
 * "Independent sources"): records written by hand with signatures chosen to be equal, or to share
 * one band and nothing else, so the count the code returns is known exactly.
 */
const run = `copycost-${Date.now()}`;
const written: string[] = [];

/** An article with no facts, published `hour` hours into 2024, whose MinHashes are `minHashes`. */
function record(id: string, hour: number, minHashes: number[]): ArticleWrite {
  written.push(`${run}-${id}`);
  const publishedMs = Date.UTC(2024, 0, 1) + hour * 3_600_000;
  return {
    article: {
      id: `${run}-${id}`,
      url: null,
      title: null,
      source: null,
      language: "en",
      publishedAt: new Date(publishedMs).toISOString(),
      contentHash: id,
      publishedMs,
      ingestedAt: "2026-12-07T00:00:00Z",
    },
    copies: {
      outlet: null,
      minHashes,
      bands: Array.from(
        { length: BANDS },
        (_, b) => `${run}:${b}:${minHashes.slice(b * ROWS, (b + 1) * ROWS).join(".")}`,
      ),
    },
    actors: [],
    roles: [],
    meetings: [],
    sanctions: [],
    statements: [],
    cooperation: [],
  };
}

/** MinHashes equal for one `story`; with `own`, only the first band's are (the rest are the article's own). */
const hashes = (story: number, own?: number) =>
  Array.from(
    { length: BANDS * ROWS },
    (_, i) => (own !== undefined && i >= ROWS ? own * 100_000 : 0) + story * 1000 + i,
  );

describe("the cost of finding copies", () => {
  let db: Database;
  beforeAll(() => (db = testDatabase()));
  afterAll(async () => {
    // Latest first: a copy has no copies of its own, so nothing is promoted on the way.
    for (const id of written.reverse()) await deleteArticle(db, id);
    await db.close();
  });

  const copyOf = async (ids: string[]) =>
    (await db.read<{ copyOf: string | null }>("findArticleCopies", { ids })).map((row) => row.copyOf);
  const decide = (id: string) => db.transaction("WRITE", (tx) => linkCopies(tx, [`${run}-${id}`]));

  it("reads one candidate for a story reprinted forty times: its original", async () => {
    await writeArticles(db, [record("flood-0", 0, hashes(1))]);
    for (let batch = 0; batch < 4; batch++) {
      await writeArticles(
        db,
        Array.from({ length: 10 }, (_, i) => record(`flood-${batch * 10 + i + 1}`, batch * 10 + i + 1, hashes(1))),
      );
    }
    expect(await decide("flood-40")).toEqual({ read: 1, moved: 0 });
    const copies = Array.from({ length: 40 }, (_, i) => `${run}-flood-${i + 1}`);
    expect(new Set(await copyOf(copies))).toEqual(new Set([`${run}-flood-0`]));
  });

  it("reads at most PER_BAND originals from a band however many share it", async () => {
    // Three times PER_BAND different stories that happen to share their first band.
    const crowd = Array.from({ length: 3 * PER_BAND }, (_, i) => record(`crowd-${i}`, 100 + i, hashes(2, i + 1)));
    await writeArticles(db, crowd);
    expect(await copyOf(crowd.map((r) => r.article.id))).toEqual(crowd.map(() => null));
    await writeArticles(db, [record("crowd-new", 200, hashes(2, 99))]);
    expect(await decide("crowd-new")).toEqual({ read: PER_BAND, moved: 0 });
  });

  it("moves the copies over when their story's earliest report comes last, and back on its delete", async () => {
    const late = [0, 1, 2, 3, 4].map((i) => `${run}-late-${i}`);
    await writeArticles(
      db,
      [1, 2, 3, 4].map((hour) => record(`late-${hour}`, 300 + hour, hashes(3))),
    );
    expect(await copyOf(late.slice(1))).toEqual([null, late[1], late[1], late[1]]);
    await writeArticles(db, [record("late-0", 300, hashes(3))]);
    expect(await copyOf(late)).toEqual([null, late[0], late[0], late[0], late[0]]);
    // The displaced original is no candidate any more.
    expect(await decide("late-4")).toEqual({ read: 1, moved: 0 });
    await deleteArticle(db, late[0]);
    written.splice(written.indexOf(late[0]), 1);
    expect(await copyOf(late.slice(1))).toEqual([null, late[1], late[1], late[1]]);
  });
});
