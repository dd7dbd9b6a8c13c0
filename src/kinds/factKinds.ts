/**
 * The kinds of fact, in one place (README, "Adding a fact kind"). Every layer reads this table:
 * extraction names its lists, ingestion fills the write contract's lists, the graph labels nodes
 * and files them under Links, the API names its enum, the explorer its lines. Code that handles
 * kinds one by one does so through a `Record<FactKind, …>` or an exhaustive switch, so adding a
 * kind here fails to compile wherever it is not handled yet.
 *
 * Terminology
 * - label: the node label under `Fact` (`(:Fact:Meeting)`), also the record's `kind`.
 * - list: the field of the extraction contract and of the write contract that holds the kind.
 * - link: the relationship from a Link (the node of two actors) to the fact (README, "Links").
 * - parties: the relationships that make actors a fact's parties: `into` the fact from the actor,
 *   `outOf` the fact to the actor. Every two parties make a pair the fact is filed under.
 * - keyed: the link relationship carries `key = "<link id>|<fact date>"`, for index-ordered pages.
 * - covers: articles that report the kind COVER its Links (`relationship.articles`).
 * - claimable: statements can assert, accuse or deny it (a claim, `(:Statement)-[:CLAIMS]->(f)`).
 * - generic: read by the queries the registry drives, with no query of its own: its list
 *   (findCooperation: its properties and party relationships as parameters), its parties
 *   (findPartyLinks) and its list and count in a relationship (findRelationship, keyed by its link
 *   type). Meetings, statements and sanctions have queries of their own (their lists page by
 *   index, a sanction is not filed under Links).
 */
export interface FactKindSpec {
  list: string;
  link: string;
  graphql: string;
  parties: { into: readonly string[]; outOf: readonly string[] };
  keyed: boolean;
  covers: boolean;
  claimable: boolean;
  generic: boolean;
}

export const factKinds = {
  Meeting: {
    list: "meetings",
    link: "MET",
    graphql: "MEETING",
    parties: { into: ["ATTENDED"], outOf: [] },
    keyed: true,
    covers: true,
    claimable: false,
    generic: false,
  },
  Statement: {
    list: "statements",
    link: "SAID",
    graphql: "STATEMENT",
    parties: { into: ["MADE"], outOf: ["ABOUT"] },
    keyed: true,
    covers: true,
    claimable: false,
    generic: false,
  },
  Sanction: {
    list: "sanctions",
    link: "SANCTIONED",
    graphql: "SANCTION",
    parties: { into: ["IMPOSED"], outOf: ["TARGETS"] },
    keyed: false,
    covers: false,
    claimable: false,
    generic: false,
  },
  Agreement: {
    list: "agreements",
    link: "AGREED",
    graphql: "AGREEMENT",
    parties: { into: ["PARTY_TO"], outOf: [] },
    keyed: true,
    covers: true,
    claimable: true,
    generic: true,
  },
  Transfer: {
    list: "transfers",
    link: "TRANSFERRED",
    graphql: "TRANSFER",
    parties: { into: ["SENT"], outOf: ["SENT_TO"] },
    keyed: true,
    covers: true,
    claimable: true,
    generic: true,
  },
} as const satisfies Record<string, FactKindSpec>;

export type FactKind = keyof typeof factKinds;
/** The lists of the extraction and write contracts, one per kind. */
export type FactList = (typeof factKinds)[FactKind]["list"];
/** The kinds a statement can claim, and their lists (the extraction contract's `claim.type`). */
export type ClaimableKind = { [K in FactKind]: (typeof factKinds)[K]["claimable"] extends true ? K : never }[FactKind];
export type ClaimableList = (typeof factKinds)[ClaimableKind]["list"];
/** The kinds the registry's queries read (`generic`), and their lists. */
export type GenericKind = { [K in FactKind]: (typeof factKinds)[K]["generic"] extends true ? K : never }[FactKind];
export type GenericList = (typeof factKinds)[GenericKind]["list"];
/** The relationships that make actors parties to a fact (`ATTENDED`, `SENT_TO` …). */
export type PartyType = (typeof factKinds)[FactKind]["parties"][keyof FactKindSpec["parties"]][number];

export const FACT_KINDS = Object.keys(factKinds) as FactKind[];
export const GENERIC_KINDS = FACT_KINDS.filter((k): k is GenericKind => factKinds[k].generic);

/** The kind of a fact node from its labels; a node of no known kind is an error, never a guess. */
export function factKindOf(labels: readonly string[] | undefined): FactKind {
  const kind = FACT_KINDS.find((k) => labels?.includes(k));
  if (!kind)
    throw new Error(`A fact node has no known kind: its labels are ${JSON.stringify(labels ?? [])} (see factKinds).`);
  return kind;
}

/**
 * What the Cypher that files facts under Links needs to know of the kinds, as parameters (no
 * Cypher lists relationship types by hand): the party relationships in either direction, and the
 * link type of each label.
 */
export const linkParameters = {
  partiesInto: FACT_KINDS.flatMap((k) => factKinds[k].parties.into),
  partiesOutOf: FACT_KINDS.flatMap((k) => factKinds[k].parties.outOf),
  links: Object.fromEntries(
    FACT_KINDS.map((k) => [k, { type: factKinds[k].link, keyed: factKinds[k].keyed, covers: factKinds[k].covers }]),
  ),
  claimable: FACT_KINDS.filter((k) => factKinds[k].claimable),
};
