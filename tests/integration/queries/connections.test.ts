import { apiOnArticles } from "./harness";
import articles from "../../fixtures/queries/connections.json";

/**
 * connections(from, to) on a graph that ingestion wrote from tests/fixtures/queries/connections.json
 * (real events of 2021 and 2022, in this project's words): Palau's president met Taiwan's; she spoke
 * about Taiwan; Taiwan sanctioned Belarus. Kiribati's president is only mentioned. No other test
 * writes these Pacific actors, so no other path can be shorter.
 */
const api = apiOnArticles(articles);

const query = `query ($from: String!, $to: String!, $maxHops: Int) {
  connections(from: $from, to: $to, maxHops: $maxHops) {
    length
    hops { from { id } to { id } fact { __typename id kind } sources { sentence article { id } } }
  }
}`;
const connections = async (from: string, to: string, maxHops?: number) =>
  (await api.query(query, maxHops === undefined ? { from, to } : { from, to, maxHops })).connections;
type Path = { hops: Array<{ from: { id: string }; to: { id: string }; fact: { __typename: string } }> };
const hopsOf = (path: Path) => path.hops.map((h) => `${h.from.id} -${h.fact.__typename}-> ${h.to.id}`);
const [taipei, belarus] = articles;

describe("connections(from, to, maxHops)", () => {
  it("finds a 2-hop path through a meeting and a statement, with each hop's fact and sources", async () => {
    const paths = await connections("Surangel Whipps", "Taiwan");
    expect(paths.map(hopsOf)).toEqual([["surangel-whipps -Meeting-> tsai-ing-wen", "tsai-ing-wen -Statement-> TW"]]);
    expect(paths[0].length).toBe(2);
    // The hop's fact is the meeting the API lists for Whipps, reported by the sentence that says so.
    const { leader } = await api.query(`{ leader(name: "Surangel Whipps") { meetings { nodes { id } } } }`);
    expect(paths[0].hops[0].fact).toEqual({ __typename: "Meeting", id: leader.meetings.nodes[0].id, kind: "MEETING" });
    expect(paths[0].hops[0].sources).toEqual([
      { sentence: taipei.text.slice(0, taipei.text.indexOf(".") + 1), article: { id: taipei.id } },
    ]);
  });

  it("reaches a country through a sanction, within maxHops only", async () => {
    const paths = await connections("surangel-whipps", "Belarus");
    expect(paths.map(hopsOf)).toEqual([
      ["surangel-whipps -Meeting-> tsai-ing-wen", "tsai-ing-wen -Statement-> TW", "TW -Sanction-> BY"],
    ]);
    expect(paths[0].hops[2].sources).toEqual([{ sentence: belarus.text, article: { id: belarus.id } }]);
    expect(await connections("surangel-whipps", "Belarus", 2)).toEqual([]);
    expect((await connections("surangel-whipps", "tsai-ing-wen", 1)).map(hopsOf)).toEqual([
      ["surangel-whipps -Meeting-> tsai-ing-wen"],
    ]);
  });

  it("is empty between actors that nothing links", async () => {
    expect(await connections("surangel-whipps", "Taneti Maamau")).toEqual([]);
  });

  it.each([0, 5])("refuses maxHops %i", async (maxHops) => {
    const error = await api.failure(query, { from: "surangel-whipps", to: "Belarus", maxHops });
    expect(error).toEqual({ code: "BAD_USER_INPUT", message: `maxHops must be from 1 to 4; ${maxHops} is not.` });
  });

  it("refuses an unknown name, naming it", async () => {
    const error = await api.failure(query, { from: "surangel-whipps", to: "Nobody Qtc" });
    expect(error.code).toBe("BAD_USER_INPUT");
    expect(error.message).toContain('"Nobody Qtc"');
  });
});
