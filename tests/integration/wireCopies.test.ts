import { deleteArticle } from "../../src/graph/deleteArticle";
import type { ArticleInput } from "../../src/ingestion/articleInput";
import { ingestArticles } from "../../src/ingestion/ingestArticles";
import { shuffled } from "../support/shuffled";
import { apiOnArticles } from "./queries/harness";

/**
 * Wire copies (README, "Independent sources"): Australian Prime Minister Anthony Albanese's talks
 * with Pham Minh Chinh in Hanoi on 4 June 2023, in this project's words. One agency story, two
 * portals' reprints of it (another title, a word or two changed, a line of boilerplate), and one
 * report written on its own about the same talks with the same two men. No other test writes
 * Australia and Vietnam.
 */
const story =
  "Australian Prime Minister Anthony Albanese met Vietnamese Prime Minister Pham Minh Chinh in Hanoi on 4 June 2023. " +
  "The two leaders spoke about trade in farm goods, the training of engineers and a wider role for Australian universities in the country. " +
  "Albanese said the partnership had grown quickly over the last ten years and that both governments wanted it raised to a higher level soon. " +
  "Chinh told reporters that his cabinet would ask ministries to prepare new plans on minerals and clean power before the end of the year. " +
  "A group of business leaders travelled with the Australian delegation and held separate meetings with officials from the planning ministry.";

const original: ArticleInput = {
  id: "fixture-wire-original",
  url: "https://www.example-agency.com/world/albanese-hanoi",
  source: "Example Agency",
  language: "en",
  publishedAt: "2023-06-04T06:00:00Z",
  title: "Albanese in Hanoi",
  text: story,
};
const firstCopy: ArticleInput = {
  id: "fixture-wire-copy-1",
  url: "https://m.news.portal-one.co.uk/asia/2023/06/04/albanese",
  language: "en",
  publishedAt: "2023-06-04T09:00:00Z",
  title: "Australia and Vietnam leaders hold talks",
  text:
    story.replace("spoke about", "talked about").replace("quickly", "fast") +
    " Sign up for our evening newsletter to read more stories like this one.",
};
const secondCopy: ArticleInput = {
  id: "fixture-wire-copy-2",
  source: "Portal Two",
  language: "en",
  publishedAt: "2023-06-04T12:00:00Z",
  title: "Hanoi welcomes Albanese",
  text: "Syndicated from a partner agency. " + story.replace("training of", "schooling of").replace(" soon.", "."),
};
const ownReport: ArticleInput = {
  id: "fixture-wire-own-report",
  url: "https://www.another-daily.example/albanese-chinh",
  language: "en",
  publishedAt: "2023-06-04T10:00:00Z",
  title: "Canberra and Hanoi talk trade",
  text:
    "Vietnamese Prime Minister Pham Minh Chinh received Australian Prime Minister Anthony Albanese in Hanoi on 4 June 2023. " +
    "Their conversation turned on critical minerals, on students who move between the two countries and on maritime questions in the region. " +
    "Officials on both sides described the visit as warm and said a formal upgrade of relations was being discussed for a later date.",
};
const articles = [original, firstCopy, secondCopy, ownReport];
const ids = articles.map((a) => a.id!);

const api = apiOnArticles(articles);

/** Every article's outlet and original, and the meeting's counts and its place in the filtered list. */
async function state() {
  const read = await api.query(
    `{
      ${ids.map((id, i) => `a${i}: article(id: "${id}") { id outlet { domain name } copyOf { id } }`).join("\n")}
      two: meetings(country: "Australia", minIndependentSources: 2) { nodes { id reportedBy independentSources } }
      three: meetings(country: "Australia", minIndependentSources: 3) { totalCount nodes { id } }
    }`,
  );
  return {
    articles: ids.map((_, i) => read[`a${i}`]),
    two: read.two.nodes,
    three: read.three,
  };
}

const expected = (meeting: string) => ({
  articles: [
    { id: original.id, outlet: { domain: "example-agency.com", name: "Example Agency" }, copyOf: null },
    { id: firstCopy.id, outlet: { domain: "portal-one.co.uk", name: "portal-one.co.uk" }, copyOf: { id: original.id } },
    { id: secondCopy.id, outlet: { domain: "portal two", name: "Portal Two" }, copyOf: { id: original.id } },
    { id: ownReport.id, outlet: { domain: "another-daily.example", name: "another-daily.example" }, copyOf: null },
  ],
  // Four articles report the talks; two of them are original reports.
  two: [{ id: meeting, reportedBy: 4, independentSources: 2 }],
  three: { totalCount: 0, nodes: [] },
});

async function ingestEach(batch: ArticleInput[]) {
  for (const outcome of await ingestArticles(api.db, batch)) expect(outcome.ok).toBe(true);
}

describe("wire copies", () => {
  it("links each copy to the original, names the outlets and counts the copies once", async () => {
    const meeting = await api.fact("Meeting", ids);
    expect(await state()).toEqual(expected(meeting.id));
  });

  it("finds the same originals whatever order the articles come in, one by one or in one batch", async () => {
    const meeting = await api.fact("Meeting", ids);
    for (const id of ids) await deleteArticle(api.db, id);
    await ingestEach(shuffled(articles, 2));
    expect(await state()).toEqual(expected(meeting.id));
    // The copies first, the original last: the first copy was the others' original until it came.
    for (const id of ids) await deleteArticle(api.db, id);
    for (const article of [secondCopy, firstCopy, ownReport, original]) await ingestEach([article]);
    expect(await state()).toEqual(expected(meeting.id));
  });

  it("promotes the earliest copy when the original is deleted, and gives the original its place back", async () => {
    const meeting = await api.fact("Meeting", ids);
    expect(await deleteArticle(api.db, original.id!)).toBe(true);
    const without = await state();
    expect(without.articles.map((a: { copyOf: { id: string } | null } | null) => a?.copyOf?.id ?? null)).toEqual([
      null,
      null,
      firstCopy.id,
      null,
    ]);
    expect(without.two).toEqual([{ id: meeting.id, reportedBy: 3, independentSources: 2 }]);
    await ingestEach([original]);
    expect(await state()).toEqual(expected(meeting.id));
  });

  it("refuses a minimum below one, naming it", async () => {
    const { message, code } = await api.failure(`{ meetings(minIndependentSources: 0) { totalCount } }`);
    expect(code).toBe("BAD_USER_INPUT");
    expect(message).toBe("minIndependentSources must be a whole number of at least 1, not 0.");
  });
});
