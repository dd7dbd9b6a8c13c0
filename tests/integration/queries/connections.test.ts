import { apiHarness } from "./harness";
import { SeedGraph } from "./seedGraph";

/**
 * connections(from, to): Ann met Bo; Bo sanctioned Cy; Cy spoke about Qtcland, whose envoy Di met
 * Ann. Ids start with qtc.
 */
const seed = new SeedGraph("qtc")
  .country("XC", "Qtcland")
  .person("qtc-ann", "Ann Qtc", null)
  .person("qtc-bo", "Bo Qtc", null)
  .person("qtc-cy", "Cy Qtc", null)
  .person("qtc-lone", "Lone Qtc", null)
  .article({ id: "qtc-art", publishedAt: "1900-01-01" })
  .meeting("qtc-m1", { date: "1900-01", participants: ["qtc-ann", "qtc-bo"], reports: ["qtc-art"] })
  .sanction("qtc-x1", { imposer: "qtc-bo", target: "qtc-cy", reports: ["qtc-art"] })
  .statement("qtc-s1", { speaker: "qtc-cy", about: ["XC"], stance: "warn", reports: ["qtc-art"] });

const api = apiHarness(seed);

const query = `query ($from: String!, $to: String!, $maxHops: Int) {
  connections(from: $from, to: $to, maxHops: $maxHops) {
    length
    hops { from { id } to { id } fact { __typename id kind } sources { sentence article { id } } }
  }
}`;
const hopsOf = (path: { hops: Array<{ from: { id: string }; to: { id: string }; fact: { id: string } }> }) =>
  path.hops.map((h) => `${h.from.id} -${h.fact.id}-> ${h.to.id}`);

describe("connections(from, to, maxHops)", () => {
  it("finds a 2-hop path through a meeting and a sanction, with each hop's fact and sources", async () => {
    const { connections } = await api.query(query, { from: "Ann Qtc", to: "qtc-cy" });
    expect(connections).toHaveLength(1);
    expect(connections[0].length).toBe(2);
    expect(hopsOf(connections[0])).toEqual(["qtc-ann -qtc-m1-> qtc-bo", "qtc-bo -qtc-x1-> qtc-cy"]);
    expect(connections[0].hops[1].fact).toEqual({ __typename: "Sanction", id: "qtc-x1", kind: "SANCTION" });
    expect(connections[0].hops[0].sources).toEqual([
      { sentence: "The sentence that reports qtc-m1.", article: { id: "qtc-art" } },
    ]);
  });

  it("reaches a country through a statement about it, within maxHops only", async () => {
    const { connections } = await api.query(query, { from: "qtc-ann", to: "Qtcland" });
    expect(connections.map(hopsOf)).toEqual([
      ["qtc-ann -qtc-m1-> qtc-bo", "qtc-bo -qtc-x1-> qtc-cy", "qtc-cy -qtc-s1-> XC"],
    ]);
    expect((await api.query(query, { from: "qtc-ann", to: "Qtcland", maxHops: 2 })).connections).toEqual([]);
    expect((await api.query(query, { from: "qtc-ann", to: "qtc-bo", maxHops: 1 })).connections.map(hopsOf)).toEqual([
      ["qtc-ann -qtc-m1-> qtc-bo"],
    ]);
  });

  it("is empty between actors that nothing links", async () => {
    expect((await api.query(query, { from: "qtc-ann", to: "qtc-lone" })).connections).toEqual([]);
  });

  it.each([0, 5])("refuses maxHops %i", async (maxHops) => {
    const error = await api.failure(query, { from: "qtc-ann", to: "qtc-cy", maxHops });
    expect(error).toEqual({ code: "BAD_USER_INPUT", message: `maxHops must be from 1 to 4; ${maxHops} is not.` });
  });

  it("refuses an unknown name, naming it", async () => {
    const error = await api.failure(query, { from: "qtc-ann", to: "Nobody Qtc" });
    expect(error.code).toBe("BAD_USER_INPUT");
    expect(error.message).toContain('"Nobody Qtc"');
  });
});
