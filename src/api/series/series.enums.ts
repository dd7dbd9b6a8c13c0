import { registerEnumType } from "type-graphql";

/** GraphQL names in upper case; values as src/graph/seriesBuckets.ts takes them. */
export enum SeriesInterval {
  WEEK = "week",
  MONTH = "month",
  YEAR = "year",
}
registerEnumType(SeriesInterval, {
  name: "SeriesInterval",
  description: "A series' bucket: an ISO week (named by its Monday, 2023-09-11), a month (2023-09) or a year (2023).",
});
