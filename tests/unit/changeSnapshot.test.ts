import { decodeChangeCursor, encodeChangeCursor } from "../../src/graph/changeCursor";
import { articleState, snapshotHash, snapshotText } from "../../src/graph/changeSnapshot";

describe("change feed snapshots", () => {
  it("give equal text for equal states, whatever order Neo4j lists keys and relationships in", () => {
    const one = snapshotText({
      properties: { status: "signed", date: "1999-05", names: ["b", "a"] },
      actors: [
        { type: "PARTY_TO", actor: "XA", out: false },
        { out: false, actor: "XB", type: "PARTY_TO" },
      ],
      claims: [],
    });
    const other = snapshotText({
      claims: [],
      actors: [
        { actor: "XB", type: "PARTY_TO", out: false },
        { type: "PARTY_TO", actor: "XA", out: false },
      ],
      properties: { names: ["b", "a"], date: "1999-05", status: "signed" },
    });
    expect(other).toBe(one);
    expect(snapshotHash(other)).toBe(snapshotHash(one));
  });

  it("keep the order of a property's list, which is part of the state", () => {
    const ab = snapshotText({ properties: { items: ["a", "b"] } });
    const ba = snapshotText({ properties: { items: ["b", "a"] } });
    expect(ab).not.toBe(ba);
    expect(snapshotHash(ab)).not.toBe(snapshotHash(ba));
  });

  it("list an article's reports as the fact's id with the report's properties", () => {
    const state = articleState({
      properties: { id: "a1" },
      reports: [{ fact: "f1", properties: { sentence: "A quay was built.", start: 0, end: 17 } }],
      mentions: ["XA"],
    });
    expect(JSON.parse(snapshotText(state))).toEqual({
      properties: { id: "a1" },
      reports: [{ fact: "f1", sentence: "A quay was built.", start: 0, end: 17 }],
      mentions: ["XA"],
    });
  });
});

describe("change feed cursors", () => {
  it("round-trip a sequence number", () => {
    expect(decodeChangeCursor(encodeChangeCursor(0))).toBe(0);
    expect(decodeChangeCursor(encodeChangeCursor(123456789))).toBe(123456789);
  });

  it.each([
    ["text that is no cursor", "abc"],
    ["another list's cursor", Buffer.from(JSON.stringify(["2023-09-13", "meeting-1"])).toString("base64url")],
    ["a negative number", Buffer.from(JSON.stringify(["change", -1])).toString("base64url")],
    ["a fraction", Buffer.from(JSON.stringify(["change", 1.5])).toString("base64url")],
  ])("refuse %s, naming it", (_, cursor) => {
    expect(() => decodeChangeCursor(cursor)).toThrow(`The cursor "${cursor}" is not a change feed cursor`);
  });
});
