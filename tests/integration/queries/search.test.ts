import { apiHarness } from "./harness";
import { SeedGraph } from "./seedGraph";

/** search(text): full text over names, spellings, titles and quotes. Ids start with qts. */
const seed = new SeedGraph("qts")
  .country("XS", "Qtsylvania", ["Qtsylvania", "Qtsylvanien"])
  .person("qts-zeb", "Zebulon Qtsworth", "XS", ["Zeb Kwikwort"])
  .organization("QTSO", "Qtsorg Alliance")
  .article({ id: "qts-art", title: "Qtsylvanian zebrafish summit" })
  .statement("qts-s1", {
    speaker: "qts-zeb",
    about: ["XS"],
    stance: "assert",
    quote: "The quixotic zebrafish accord stands",
    reports: ["qts-art"],
  });

const api = apiHarness(seed);

const query = `query ($text: String!, $first: Int) {
  search(text: $text, first: $first) {
    score
    node { __typename ... on Leader { id name } ... on Country { id } ... on Organization { id } ... on Article { id } ... on Statement { id quote } }
  }
}`;
const found = async (text: string) =>
  (await api.query(query, { text })).search.map((hit: { node: { id: string } }) => hit.node.id);

describe("search(text)", () => {
  it("finds a person by a stored alias, and by name", async () => {
    const { search } = await api.query(query, { text: "Kwikwort" });
    expect(search[0].node).toEqual({ __typename: "Leader", id: "qts-zeb", name: "Zebulon Qtsworth" });
    expect(search[0].score).toBeGreaterThan(0);
    expect(await found("zebulon qtsworth")).toContain("qts-zeb");
  });

  it("finds countries, organizations, articles by title and statements by quote", async () => {
    expect(await found("Qtsylvanien")).toContain("XS");
    expect(await found("Qtsorg")).toContain("QTSO");
    expect(await found("zebrafish summit")).toEqual(["qts-art"]);
    expect(await found("quixotic accord")).toEqual(["qts-s1"]);
  });

  it("requires every word", async () => {
    expect(await found("Kwikwort Qtsylvanien")).toEqual([]);
  });

  it.each([
    '"',
    "~",
    "(",
    ")",
    "AND",
    "OR NOT",
    "\\",
    "*",
    "?",
    "a:b",
    "[1 TO 2]",
    "{}",
    "^2",
    "/re/",
    "&& ||",
    "!",
    "-",
    "+",
    'Zeb "Kwikwort~ (',
    "Kwikwort*",
  ])("never fails on Lucene syntax: %p", async (text) => {
    await expect(api.query(query, { text })).resolves.toBeDefined();
  });

  it("still finds words wrapped in Lucene syntax", async () => {
    expect(await found('"Kwikwort~ (Zeb)')).toContain("qts-zeb");
  });

  it("refuses first beyond 100", async () => {
    const error = await api.failure(query, { text: "Kwikwort", first: 101 });
    expect(error).toEqual({
      code: "BAD_USER_INPUT",
      message: "first must be a whole number from 1 to 100; 101 is not.",
    });
  });
});
