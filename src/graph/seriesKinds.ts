/**
 * The kinds a series counts per bucket, one entry each; the API declares a field for every entry
 * (api/series/seriesBucket.type.ts), so a kind filed under Links by a dated key ("<link id>|<date>",
 * cypher/queries/linkFacts.cypher) needs nothing more than its line here. `link` is the type of the
 * Link's keyed relationship (outgoing to a fact, or an article's incoming COVERS); null marks the
 * sanctions, which are not filed under Links but gathered by their targets (README, "Links"). The
 * series of one actor (a country, a leader) reads its facts by kind in findActorSeries.cypher:
 * there a new kind is one more branch.
 */
export const seriesKinds = [
  {
    field: "meetings",
    link: "MET",
    description: "Meetings: that both sides attended (a relationship's), that it attended (a country's, a leader's).",
  },
  {
    field: "statements",
    link: "SAID",
    description:
      "Statements: by one side about the other or by anyone about both (a relationship's), by it or about it (a country's, a leader's).",
  },
  {
    field: "sanctions",
    link: null,
    description:
      "Sanctions, by the day they were first reported: on either side (a relationship's), imposed by it or on it (a country's, a leader's).",
  },
  {
    field: "articles",
    link: "COVERS",
    description:
      "Articles, by publication day: that report a meeting or statement between them (a relationship's), that mention it (a country's, a leader's).",
  },
] as const;

export type SeriesKind = (typeof seriesKinds)[number]["field"];
