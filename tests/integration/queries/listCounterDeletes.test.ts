import { deleteArticle } from "../../../src/graph/deleteArticle";
import { deleteArticles } from "../../../src/graph/deleteArticles";
import { plantArticle, type PlantedFacts } from "../../support/plantArticle";
import { apiOnArticles } from "./harness";

/**
 * Issue #18: every way the project deletes keeps the list counters (Tally) exact: deleteArticle,
 * a changed article written again (its old facts taken back), and deleteArticles, which the tests'
 * clean-ups use. After each, every counter of the two sides equals the facts counted under it, no
 * Untally is left, and the lists' totalCount equals a walk of the graph. Facts are planted between
 * Nepal and Peru in 1965, a pair no other test writes; the texts only say which round they are.
 */
const run = "fixture-tallydel";
const sides = ["NP", "PE"];
const prefixes = sides.flatMap((side) => [`Meeting@${side}|`, `Statement@${side}|`]);
const met = (date: string) => ({
  participants: sides,
  countries: sides,
  location: { country: "NP", city: "Kathmandu" },
  date,
  status: "occurred" as const,
});
const said = (i: number) => ({
  speaker: "PE",
  speakerCountry: "PE",
  stance: "assert" as const,
  about: ["NP"],
  quote: `Remark ${i} of ${run}`,
});
const planted = (i: number, month: string): { id: string; publishedAt: string; facts: PlantedFacts } => ({
  id: `${run}-${i}`,
  publishedAt: `1965-${month}-10T09:00:00Z`,
  facts: { meetings: [met(`1965-${month}`)], statements: [said(i)] },
});
const articles = ["02", "03", "05", "07", "08", "11"].map((month, i) => planted(i, month));
const text = (id: string) => `Nepal and Peru appear in ${id}, a round of the list counter test.`;

const api = apiOnArticles([]);

async function plant(article: { id: string; publishedAt: string; facts: PlantedFacts }): Promise<void> {
  await plantArticle(
    api.db,
    { id: article.id, publishedAt: article.publishedAt, source: `${run}.example`, text: text(article.id) },
    article.facts,
  );
}

type Drift = {
  counted: Array<{ key: string; n: number }>;
  tallies: Array<{ key: string; n: number }>;
  untallies: number;
};

/** The sides' counters against the facts counted under them, and the Untally nodes left. */
async function drift(): Promise<{ stale: string[]; untallies: number }> {
  const [row] = await api.db.read<Drift>("test/tallyDrift", { prefixes });
  const counted = new Map(row.counted.map(({ key, n }) => [key, n]));
  const tallies = new Map(row.tallies.map(({ key, n }) => [key, n]));
  const stale = [...new Set([...counted.keys(), ...tallies.keys()])]
    .filter((key) => counted.get(key) !== tallies.get(key))
    .map((key) => `${key}: counter ${tallies.get(key) ?? 0}, facts ${counted.get(key) ?? 0}`);
  return { stale, untallies: row.untallies };
}

/** totalCount of each side's meetings and statements, in 1965 and in all, and the walk's count of them. */
async function totals(): Promise<{ lists: number[]; walked: number[] }> {
  const lists: number[] = [];
  const walked: number[] = [];
  for (const side of sides)
    for (const [list, kind] of [
      ["meetings", "Meeting"],
      ["statements", "Statement"],
    ]) {
      const data = await api.query(
        `{ all: ${list}(country: "${side}", first: 1) { totalCount } year: ${list}(country: "${side}", from: "1965", to: "1965", first: 1) { totalCount } }`,
      );
      const rows = await api.db.read<{ id: string; date: string | null }>("test/sideFacts", { actor: side, kind });
      lists.push(data.all.totalCount, data.year.totalCount);
      walked.push(rows.length, rows.filter(({ date }) => date?.startsWith("1965")).length);
    }
  return { lists, walked };
}

/** The counters are exact: none stale, none left to take back, and the lists count what the graph holds. */
async function expectExact(): Promise<void> {
  expect(await drift()).toEqual({ stale: [], untallies: 0 });
  const { lists, walked } = await totals();
  expect(lists).toEqual(walked);
}

beforeAll(async () => {
  await deleteArticles(
    api.db,
    articles.map((a) => a.id),
  );
}, 120_000);

describe("list counters through every delete path", () => {
  it("stay exact after deleteArticle, a changed article written again, and deleteArticles", async () => {
    for (const article of articles) await plant(article);
    expect((await totals()).lists).toEqual([6, 6, 6, 6, 6, 6, 6, 6]);
    await expectExact();

    // One article deleted: its meeting and statement go.
    await deleteArticle(api.db, articles[0].id);
    await expectExact();
    expect((await totals()).lists).toEqual([5, 5, 5, 5, 5, 5, 5, 5]);

    // An article written again with changed content: its meeting moves to another month, its
    // statement is taken back and not said again.
    await plantArticle(
      api.db,
      {
        id: articles[1].id,
        publishedAt: articles[1].publishedAt,
        source: `${run}.example`,
        text: `${text(articles[1].id)} Again.`,
      },
      { meetings: [met("1964-12")] },
    );
    await expectExact();
    expect((await totals()).lists).toEqual([5, 4, 4, 4, 5, 4, 4, 4]);

    // The rest deleted in one transaction, as the tests' clean-ups do: every counter back to zero.
    await deleteArticles(
      api.db,
      articles.map((a) => a.id),
    );
    await expectExact();
    expect((await api.db.read<Drift>("test/tallyDrift", { prefixes }))[0].tallies).toEqual([]);
  }, 300_000);
});
