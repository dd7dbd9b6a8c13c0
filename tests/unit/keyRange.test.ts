import { keyRange, linkId } from "../../src/graph/relationship";

describe("Link keys", () => {
  it("name a pair the same whichever way round, codes before slugs", () => {
    expect(linkId("RU", "KP")).toBe("KP|RU");
    expect(linkId("kim-jong-un", "RU")).toBe("RU|kim-jong-un");
  });

  it("turn no range into the whole Link, undated facts included", () => {
    expect(keyRange("KP|RU", { from: null, to: null })).toMatchObject({
      ranged: false,
      low: "KP|RU|",
      high: "KP|RU|~",
      datedLow: "KP|RU|0",
      cut: 6,
    });
  });

  it("start a range a year early (a month overlaps a later day) and end it after every date of `to`", () => {
    const range = keyRange("KP|RU", { from: "2023-09-13", to: "2023-10" });
    expect(range).toMatchObject({ ranged: true, low: "KP|RU|2023", high: "KP|RU|2023-10~", from: "2023-09-13" });
    const keys = ["KP|RU|", "KP|RU|2023-08", "KP|RU|2023-09", "KP|RU|2023-10-31", "KP|RU|2023-11-01"];
    // What the queries keep: inside low..high, and overlapping `from`.
    const kept = keys.filter(
      (key) => key >= range.low && key <= range.high && `${key.slice(range.cut)}~` >= "2023-09-13",
    );
    expect(kept).toEqual(["KP|RU|2023-09", "KP|RU|2023-10-31"]);
  });

  it("leave undated facts out once only `to` is given", () => {
    expect(keyRange("KP|RU", { from: null, to: "2023" })).toMatchObject({ low: "KP|RU|0", high: "KP|RU|2023~" });
  });
});
