import {
  FACT_KINDS,
  factKinds,
  type FactList,
  type GenericKind,
  type GenericList,
  type PartyType,
} from "../kinds/factKinds";

/**
 * The write contract: what one article writes to the graph, in the shape
 * `cypher/queries/writeArticles.cypher` UNWINDs. Ingestion computes every node id beforehand
 * (`ingestion/graphRecord.ts`), so the Cypher only MERGEs.
 */
export interface ArticleWrite {
  article: {
    id: string;
    url: string | null;
    title: string | null;
    source: string | null;
    language: string;
    publishedAt: string | null;
    contentHash: string;
    publishedMs: number | null;
    ingestedAt: string;
  };
  /**
   * What near-duplicate detection needs (writeCopies.cypher): the outlet, the text's MinHashes and
   * band keys. Left out (records written by hand in tests), the article has no outlet and no copies.
   */
  copies?: { outlet: { domain: string; name: string } | null; minHashes: number[] | null; bands: string[] };
  actors: Array<{
    id: string;
    kind: "Country" | "Person" | "Organization";
    name: string;
    names: string[];
    country: string | null;
  }>;
  roles: Array<{ person: string; holder: string; title: string }>;
  meetings: Array<
    Source & {
      /** The node of its own key (group + host + month); a floating mention may join another (meetingEvents). */
      id: string;
      group: string;
      month: string | null;
      floating: boolean;
      date: string | null;
      status: string;
      city: string | null;
      location: string | null;
      participants: string[];
    }
  >;
  sanctions: Array<
    Source & {
      id: string;
      reason: string | null;
      status: string;
      imposer: string | null;
      target: string;
      /** The countries of the target as this article tells them (a company's, a group's): TARGETS_COUNTRY. */
      targetCountry: string[];
    }
  >;
  statements: Array<
    Source & {
      /** The node of its own key (the quote, or stance + countries + day); it may join another of its group (statementEvents). */
      id: string;
      /** The speaker's id: the statements settleStatements decides between. */
      group: string;
      /** The first and last day the article may have appeared on; null when undated. */
      from: string | null;
      to: string | null;
      /** The words said as concepts, stems and numbers (ingestion/factKeys.statementWords). */
      words: string[];
      text: string;
      quote: string | null;
      stance: string;
      date: string | null;
      speaker: string;
      about: string[];
      /** The agreement or transfer this statement asserts, accuses or denies (drawn as CLAIMS by drawClaims). */
      claim: string | null;
    }
  >;
  /**
   * The facts of the generic kinds (factKinds: agreements, transfers), in one list: writeArticles.cypher
   * MERGEs them all with their label and party relationships as parameters, so that a new generic
   * kind needs no Cypher of its own.
   */
  cooperation: Array<
    Source & {
      label: GenericKind;
      id: string;
      /** Its own properties, set when the node is created (from the first report written). */
      props: Record<string, string | string[] | null>;
      /** Those of `props` that a later report gives when the node has none yet (an agreement's name). */
      fill: string[];
      status: string;
      /** The article's publication time, so that the latest report gives the status. */
      reportedAt: string;
      /** `type` is a party relationship of the label's (factKinds: `parties`), `actor` an actor's id. */
      parties: Array<{ type: PartyType; actor: string }>;
    }
  >;
}

/**
 * The write contract holds a list for every kind of the registry that is not generic, and
 * `cooperation` for the generic ones: a list missing fails to compile here.
 */
export type WrittenFacts = Pick<ArticleWrite, Exclude<FactList, GenericList> | "cooperation">;

const ownLists = FACT_KINDS.filter((kind) => !factKinds[kind].generic).map(
  (kind) => factKinds[kind].list as Exclude<FactList, GenericList>,
);

/** Every fact a record writes, whatever its kind. */
export function writtenFacts(record: WrittenFacts): Array<{ id: string }> {
  return [...ownLists.flatMap((list): Array<{ id: string }> => record[list]), ...record.cooperation];
}

export type Source = { sentence: string; start: number; end: number };
