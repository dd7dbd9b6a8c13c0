import type { Database } from "../../src/graph/database";
import { deleteArticle } from "../../src/graph/deleteArticle";
import { writeArticles } from "../../src/graph/writeArticles";
import type { ArticleWrite } from "../../src/graph/articleWrite";
import { testDatabase } from "../support/database";
import { ORDER_SEEDS } from "../support/sameInAnyOrder";
import { shuffled } from "../support/shuffled";

/**
 * A person's country when their articles disagree (README, "Merge rules"): the one most of their
 * articles give, the smaller code on a tie, none when none gives one; decided on the set of
 * articles, whatever order they came in, and again when one is updated or deleted. The person's
 * facts hang off Links keyed by that country (linkFacts.cypher), so those follow it.
 * The records are written by hand (as the write contract states them), as two articles that give
 * one person two states are an extraction's slip, not something a text of ours should be made to
 * cause: a statement by the person about Kazakhstan and a US sanction on them. Kyrgyzstan and
 * Tajikistan, which no other test writes about, are the disputed states, so the counters of their
 * keys are this file's alone.
 */
const run = `person-country-${Date.now()}`;
const person = `${run}-envoy`;
const statement = `${run}-said`;
const sanction = `${run}-sanctioned`;
const day = "2024-03-05";

const record = (id: string, country: string | null, version = "1"): ArticleWrite => ({
  article: {
    id: `${run}-${id}`,
    url: null,
    title: null,
    source: null,
    language: "en",
    publishedAt: `${day}T08:00:00Z`,
    contentHash: `${id}-${version}`,
    publishedMs: Date.parse(`${day}T08:00:00Z`),
    ingestedAt: "2026-12-08T00:00:00Z",
  },
  actors: [
    { id: person, kind: "Person", name: "Envoy Country", names: ["Envoy Country"], country },
    { id: "KZ", kind: "Country", name: "Kazakhstan", names: ["Kazakhstan"], country: "KZ" },
    { id: "US", kind: "Country", name: "United States", names: ["United States"], country: "US" },
  ],
  roles: [],
  meetings: [],
  sanctions: [
    {
      id: sanction,
      reason: null,
      status: "announced",
      imposer: "US",
      target: person,
      targetCountry: [],
      sentence: "The United States sanctioned the envoy.",
      start: 0,
      end: 39,
    },
  ],
  statements: [
    {
      id: statement,
      group: person,
      from: day,
      to: day,
      words: ["#trade", "grain"],
      text: "The envoy said grain trade with Kazakhstan would grow.",
      quote: null,
      stance: "assert",
      date: day,
      speaker: person,
      about: ["KZ"],
      claim: null,
      sentence: "The envoy said grain trade with Kazakhstan would grow.",
      start: 0,
      end: 54,
    },
  ],
  cooperation: [],
});

// Two articles say Kyrgyzstan, one Tajikistan, one nothing.
const articles = [record("kg-1", "KG"), record("kg-2", "KG"), record("tj", "TJ"), record("none", null)];
const filedUnder = (country: string | null) => ({
  country,
  links: [
    ...[`KZ|${person}`, ...(country ? [[country, "KZ"].sort().join("|")] : [])]
      .sort()
      .map((link) => ({ fact: statement, link })),
  ].concat([`US|${person}`, ...(country ? [`${country}|US`] : [])].sort().map((link) => ({ fact: sanction, link }))),
});

jest.setTimeout(300_000);

describe("a person's country when their articles disagree", () => {
  let db: Database;
  const graph = async () => {
    const [{ country, links }] = await db.read<{
      country: string | null;
      links: Array<{ fact: string; link: string }>;
    }>("test/personCountry", { person, facts: [statement, sanction] });
    return { country, links: links.filter((l) => l.link !== null) };
  };
  const drift = async () => {
    const prefixes = ["Statement@KG", "Statement@TJ", "S|KG|", "S|KZ|TJ"];
    const [{ counted, tallies, untallies }] = await db.read<{ counted: unknown; tallies: unknown; untallies: number }>(
      "test/tallyDrift",
      { prefixes },
    );
    expect({ tallies, untallies }).toEqual({ tallies: counted, untallies: 0 });
  };
  const clear = async () => {
    for (const a of articles) await deleteArticle(db, a.article.id);
  };

  beforeAll(() => {
    db = testDatabase();
  });
  afterAll(async () => {
    await clear();
    await db.close();
  });

  it("is the one most articles give, in any order, one by one or in one batch", async () => {
    const orders = [
      [articles[2], articles[0], articles[1], articles[3]],
      ...ORDER_SEEDS.map((seed) => shuffled(articles, seed)),
    ];
    for (const order of orders) {
      await clear();
      for (const a of order) await writeArticles(db, [a]);
      expect(await graph()).toEqual(filedUnder("KG"));
      await drift();
      await clear();
      await writeArticles(db, order);
      expect(await graph()).toEqual(filedUnder("KG"));
    }
  });

  it("goes to the smaller code on a tie", async () => {
    await clear();
    await writeArticles(db, [articles[2]]);
    expect(await graph()).toEqual(filedUnder("TJ"));
    await writeArticles(db, [articles[0]]);
    expect(await graph()).toEqual(filedUnder("KG"));
    await drift();
  });

  it("is decided again as articles are deleted, down to none", async () => {
    await clear();
    await writeArticles(db, articles);
    await deleteArticle(db, articles[0].article.id);
    expect(await graph()).toEqual(filedUnder("KG"));
    await deleteArticle(db, articles[1].article.id);
    expect(await graph()).toEqual(filedUnder("TJ"));
    await drift();
    await deleteArticle(db, articles[2].article.id);
    expect(await graph()).toEqual(filedUnder(null));
    await drift();
  });

  it("follows an article updated to say another country", async () => {
    await clear();
    await writeArticles(db, articles.slice(0, 3));
    expect(await graph()).toEqual(filedUnder("KG"));
    expect(await writeArticles(db, [record("kg-1", "TJ", "2")])).toEqual(["UPDATED"]);
    expect(await graph()).toEqual(filedUnder("TJ"));
    await drift();
  });
});
