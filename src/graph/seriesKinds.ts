import { FACT_KINDS, factKinds, type FactKind } from "../kinds/factKinds";

/** The kinds filed under Links by a dated key: a series counts them from the keys alone. */
type KeyedKind = { [K in FactKind]: (typeof factKinds)[K]["keyed"] extends true ? K : never }[FactKind];
type UnkeyedKind = Exclude<FactKind, KeyedKind>;

/** A field of a series bucket: a keyed kind's list, the sanctions, the articles. */
export type SeriesKind = (typeof factKinds)[KeyedKind]["list"] | "sanctions" | "articles";

export interface SeriesKindSpec {
  field: SeriesKind;
  /**
   * The type of the Link's keyed relationship (outgoing to a fact, or an article's incoming
   * COVERS); null for the sanctions, which are not filed under Links but gathered by their
   * targets (README, "Links").
   */
  link: string | null;
  /**
   * How an actor's series finds its facts of this kind: the label, and the party relationships
   * that join the actor (or, for a country, its people) to them (findActorSeries.cypher's
   * registry-driven branch). Null for the kinds read by a branch of their own there.
   */
  parties: { label: FactKind; types: string[] } | null;
  description: string;
}

const capitalized = (list: string) => list[0].toUpperCase() + list.slice(1);

/**
 * The keyed kinds whose series reads more than their parties (statements: by stance, and `about`
 * the actor itself only, as statements(country:) counts), and the descriptions written for the
 * first kinds; a keyed kind added to the registry needs no line here.
 */
const ownBranch: Partial<Record<KeyedKind, true>> = { Statement: true };
const descriptions: Partial<Record<KeyedKind, string>> = {
  Meeting: "Meetings: that both sides attended (a relationship's), that it attended (a country's, a leader's).",
  Statement:
    "Statements: by one side about the other or by anyone about both (a relationship's), by it or about it (a country's, a leader's).",
};

/**
 * The kinds a registry entry has no dated key for, each with its own reading: the compiler asks for
 * an entry here when such a kind is registered, so that none is silently left out of the series.
 */
const unkeyed: Record<UnkeyedKind, SeriesKindSpec> = {
  Sanction: {
    field: "sanctions",
    link: null,
    parties: null,
    description:
      "Sanctions, by the day they were first reported: on either side (a relationship's), imposed by it or on it (a country's, a leader's).",
  },
};

const isKeyed = (kind: FactKind): kind is KeyedKind => factKinds[kind].keyed;

function keyedSpec(kind: KeyedKind): SeriesKindSpec {
  const { list, link, parties } = factKinds[kind];
  return {
    field: list,
    link,
    parties: ownBranch[kind] ? null : { label: kind, types: [...parties.into, ...parties.outOf] },
    description:
      descriptions[kind] ??
      `${capitalized(list)}, by their date: between the two sides (a relationship's), with it as a party (a country's, a leader's; a country's people count as it).`,
  };
}

/**
 * The kinds a series counts per bucket, in the registry's order (src/kinds/factKinds.ts), then the
 * articles; the API declares a field for every entry (api/series/seriesBucket.type.ts). A keyed
 * kind needs nothing here: the relationship's series counts its Link's dated keys
 * ("<link id>|<date>", cypher/queries/linkFacts.cypher) by its link type, an actor's series its
 * facts by their party relationships.
 */
export const seriesKinds: readonly SeriesKindSpec[] = [
  ...FACT_KINDS.map((kind) => (isKeyed(kind) ? keyedSpec(kind) : unkeyed[kind])),
  {
    field: "articles",
    link: "COVERS",
    parties: null,
    description:
      "Articles, by publication day: that report a fact between them (a relationship's), that mention it (a country's, a leader's).",
  },
];
