import { FACT_KINDS, factKinds, factKindOf } from "../../src/kinds/factKinds";
import { toFact } from "../../src/graph/toRecord";

describe("the fact-kind registry", () => {
  it("reads every registered kind as a record of that kind", () => {
    for (const kind of FACT_KINDS) expect(toFact({ id: "f-1", labels: ["Fact", kind] }).kind).toBe(kind);
  });

  it("refuses a node of no known kind instead of reading it as a statement", () => {
    expect(() => toFact({ id: "f-2", labels: ["Fact", "Rumour"] })).toThrow(
      'A fact node has no known kind: its labels are ["Fact","Rumour"]',
    );
    expect(() => factKindOf(undefined)).toThrow("its labels are []");
  });

  it("gives each kind its own list, link type and GraphQL name", () => {
    const distinct = (pick: (kind: (typeof FACT_KINDS)[number]) => string) =>
      new Set(FACT_KINDS.map(pick)).size === FACT_KINDS.length;
    expect(distinct((k) => factKinds[k].list)).toBe(true);
    expect(distinct((k) => factKinds[k].link)).toBe(true);
    expect(distinct((k) => factKinds[k].graphql)).toBe(true);
  });
});
