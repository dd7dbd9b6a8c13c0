import { maxBuckets, seriesBuckets } from "../../src/graph/seriesBuckets";

/** The buckets of a series (src/graph/seriesBuckets.ts): labels, placement, and the bound on their number. */
describe("seriesBuckets", () => {
  it("names ISO weeks by their Monday, across a year's end", () => {
    // 31 December 2020 was a Thursday; 1 January 2021 a Friday; 4 January 2021 a Monday.
    const { labels, bucketOf } = seriesBuckets("week", "2020-12-31", "2021-01-10");
    expect(labels).toEqual(["2020-12-28", "2021-01-04"]);
    expect(bucketOf("2021-01-03")).toBe("2020-12-28");
    expect(bucketOf("2021-01-04")).toBe("2021-01-04");
  });

  it("counts months through a leap February, and years whole", () => {
    expect(seriesBuckets("month", "2023-11", "2024-03").labels).toEqual([
      "2023-11",
      "2023-12",
      "2024-01",
      "2024-02",
      "2024-03",
    ]);
    expect(seriesBuckets("week", "2024-02-26", "2024-02").labels).toEqual(["2024-02-26"]);
    expect(seriesBuckets("year", "2022-06", "2024").labels).toEqual(["2022", "2023", "2024"]);
  });

  it("places a date less precise than the range's start in the first bucket", () => {
    const { labels, bucketOf } = seriesBuckets("week", "2023-09-13", "2023-09-30");
    expect(bucketOf("2023-09")).toBe(labels[0]);
    expect(bucketOf("2023")).toBe(labels[0]);
  });

  it("refuses a range of more buckets than maxBuckets, and takes one of exactly that many", () => {
    expect(seriesBuckets("month", "1940-01", "2023-04").labels).toHaveLength(maxBuckets);
    expect(() => seriesBuckets("month", "1940-01", "2023-05")).toThrow(
      "A series by MONTH from 1940-01 to 2023-05 has 1001 buckets; at most 1000 are allowed: choose a longer interval or a shorter range.",
    );
  });
});
