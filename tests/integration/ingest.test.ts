import { graphql } from "../support/http";
import { inProcessServer } from "../support/inProcessServer";

/** Articles written for these tests, about real events; ids are unique to this file. */
const run = `ingest-test-${Date.now()}`;
const summitEn = {
  id: `${run}-summit-en`,
  language: "en",
  publishedAt: "2023-09-14T08:00:00Z",
  title: "Kim meets Putin in the Russian Far East",
  text: "North Korean leader Kim Jong Un met Russian President Vladimir Putin on Wednesday at a space launch site in eastern Russia. The two men talked for hours about military cooperation.",
};
const summitId = {
  id: `${run}-summit-id`,
  language: "id",
  publishedAt: "2023-09-15T09:00:00+07:00",
  title: "Kim Jong-un bertemu Putin",
  text: "Pemimpin Korea Utara Kim Jong-un bertemu Presiden Rusia Vladimir Putin pada hari Rabu di Rusia timur. Keduanya membahas kerja sama militer.",
};
const shoigu = {
  id: `${run}-shoigu`,
  language: "en",
  publishedAt: "2023-07-27T10:00:00Z",
  text: "Russian Defence Minister Sergei Shoigu arrived in Pyongyang on Tuesday for a visit to North Korea. Kim Jong Un met Shoigu on Wednesday and showed him new missiles.",
};

const ingestOne = `mutation ($input: ArticleInput!) { ingestArticle(input: $input) { status article { id language publishedAt title } } }`;
const ingestMany = `mutation ($input: [ArticleInput!]!) { ingestArticles(input: $input) { status article { id } } }`;

describe("ingestion on the real Neo4j", () => {
  const api = inProcessServer({
    tearDown: async () => {
      for (const article of [summitEn, summitId, shoigu]) await remove(article.id);
    },
  });
  const ingest = async (input: object) => (await graphql(api.server.url, ingestOne, { input })).body;
  const neighbourhood = async (ids: string[]) =>
    (await api.db.read<{ nodes: number; relationships: number }>("test/neighbourhood", { ids }))[0];
  const kimPutin = () =>
    api.db.read<{ id: string; date: string; status: string; sources: string[] }>("test/meetingSources", {
      a: "kim-jong-un",
      b: "vladimir-putin",
    });

  const remove = (id: string) => graphql(api.server.url, `mutation { deleteArticle(id: "${id}") }`);
  /** Ingests each of `articles`, expecting it new: every test starts from none of this file's articles. */
  const given = async (...articles: object[]) => {
    for (const article of articles) expect((await ingest(article)).data.ingestArticle.status).toBe("CREATED");
  };

  beforeEach(async () => {
    for (const article of [summitEn, summitId, shoigu]) await remove(article.id);
  });

  it("creates an article and returns it", async () => {
    const body = await ingest(summitEn);
    expect(body.errors).toBeUndefined();
    expect(body.data.ingestArticle).toEqual({
      status: "CREATED",
      article: { id: summitEn.id, language: "en", publishedAt: summitEn.publishedAt, title: summitEn.title },
    });
  });

  it("merges the same meeting reported in two languages into one fact with two sources", async () => {
    await given(summitEn, summitId);
    const september = (await kimPutin()).filter((m) => m.date?.startsWith("2023-09"));
    expect(september).toHaveLength(1);
    expect(september[0].sources).toEqual(expect.arrayContaining([summitEn.id, summitId.id]));
    expect(september[0].status).toBe("occurred");
  });

  it("leaves the graph as it was when the same article comes again", async () => {
    await given(summitEn, summitId);
    const before = await neighbourhood([summitEn.id, summitId.id]);
    expect(before.nodes).toBeGreaterThan(4);
    expect((await ingest(summitEn)).data.ingestArticle.status).toBe("UNCHANGED");
    expect(await neighbourhood([summitEn.id, summitId.id])).toEqual(before);
  });

  it("replaces what an article reported when its text changes", async () => {
    await given(shoigu);
    const [{ facts: old }] = await api.db.read<{ facts: string[] }>("test/reportedFacts", { id: shoigu.id });
    expect(old.length).toBeGreaterThan(0);

    // Shoigu's arrival and his meeting with Kim are one visit (README, Merge rules): the new text tells neither.
    const changed = {
      ...shoigu,
      text: "Russian Defence Minister Sergei Shoigu watched a military parade on Thursday.",
    };
    expect((await ingest(changed)).data.ingestArticle.status).toBe("UPDATED");
    const [{ facts: now }] = await api.db.read<{ facts: string[] }>("test/reportedFacts", { id: shoigu.id });
    const gone = old.filter((id) => !now.includes(id));
    expect(gone.length).toBeGreaterThan(0); // the visit is no longer reported
    const exists = await api.db.read<{ id: string; exists: boolean }>("test/factsExist", { ids: gone });
    expect(exists).toEqual(gone.map((id) => ({ id, exists: false })));
  });

  it("deletes an article, keeping facts another article supports and removing the rest", async () => {
    await given(shoigu, summitEn, summitId);
    const [{ facts: shoiguFacts }] = await api.db.read<{ facts: string[] }>("test/reportedFacts", { id: shoigu.id });
    // Shoigu's arrival and his meeting with Kim at least, else the check below proves nothing.
    expect(shoiguFacts.length).toBeGreaterThan(0);
    expect((await remove(shoigu.id)).body.data.deleteArticle).toBe(true);
    const exists = await api.db.read<{ id: string; exists: boolean }>("test/factsExist", { ids: shoiguFacts });
    expect(exists).toEqual(shoiguFacts.map((id) => ({ id, exists: false })));

    expect((await remove(summitEn.id)).body.data.deleteArticle).toBe(true);
    const september = (await kimPutin()).filter((m) => m.date?.startsWith("2023-09"));
    expect(september).toHaveLength(1);
    expect(september[0].sources).toContain(summitId.id);
    expect(september[0].sources).not.toContain(summitEn.id);
    expect((await remove(summitEn.id)).body.data.deleteArticle).toBe(false);
  });

  it("gives each article of a batch its own result or its own error", async () => {
    await given(summitId);
    const { body } = await graphql(api.server.url, ingestMany, {
      input: [
        { ...summitId },
        { id: `${run}-empty`, text: "   " },
        { id: `${run}-bad-date`, text: "Kim Jong Un met Vladimir Putin.", publishedAt: "yesterday" },
      ],
    });
    expect(body.data.ingestArticles[0]).toEqual({ status: "UNCHANGED", article: { id: summitId.id } });
    expect(body.data.ingestArticles[1]).toBeNull();
    expect(body.data.ingestArticles[2]).toBeNull();
    expect(body.errors).toHaveLength(2);
    expect(body.errors![0]).toMatchObject({ path: ["ingestArticles", 1], extensions: { code: "BAD_USER_INPUT" } });
    expect(body.errors![0].message).toMatch(/text is empty/);
    expect(body.errors![1]).toMatchObject({ path: ["ingestArticles", 2], extensions: { code: "BAD_USER_INPUT" } });
    expect(body.errors![1].message).toContain('"yesterday"');
  });

  it("refuses a batch over 500 articles and a batch with an id twice, writing nothing", async () => {
    const tooMany = Array.from({ length: 501 }, (_, i) => ({ id: `${run}-many-${i}`, text: "Text." }));
    const many = await graphql(api.server.url, ingestMany, { input: tooMany });
    expect(many.body.errors![0]).toMatchObject({ extensions: { code: "BAD_USER_INPUT" } });
    expect(many.body.errors![0].message).toMatch(/at most 500 .* 501/);

    const twice = await graphql(api.server.url, ingestMany, {
      input: [
        { id: `${run}-twice`, text: "A." },
        { id: `${run}-twice`, text: "B." },
      ],
    });
    expect(twice.body.errors![0].message).toContain(`"${run}-twice"`);
    expect(await api.db.read("articlesById", { ids: [`${run}-twice`, `${run}-many-0`] })).toEqual([]);
  });

  it("derives the id from the canonical URL, else from the text", async () => {
    const text = `Sergey Lavrov visited Pyongyang. (${run})`;
    const a = await ingest({ text, url: `https://www.Example.org/news/${run}?utm_source=feed#top` });
    const b = await ingest({ text, url: `https://example.org/news/${run}` });
    expect(a.data.ingestArticle.article.id).toMatch(/^url-/);
    expect(b.data.ingestArticle.article.id).toBe(a.data.ingestArticle.article.id);
    expect(b.data.ingestArticle.status).toBe("UNCHANGED");
    const c = await ingest({ text });
    expect(c.data.ingestArticle.article.id).toMatch(/^text-/);
    for (const id of [a.data.ingestArticle.article.id, c.data.ingestArticle.article.id]) {
      await graphql(api.server.url, `mutation { deleteArticle(id: "${id}") }`);
    }
  });
});
