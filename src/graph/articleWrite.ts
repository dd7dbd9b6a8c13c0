import type { FactList } from "../kinds/factKinds";

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
      /** Stems of the words said (ingestion/factKeys.statementWords). */
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
  agreements: Array<
    Source & {
      id: string;
      name: string | null;
      kind: string;
      status: string;
      date: string | null;
      parties: string[];
      /** The article's publication time, so that the latest report gives the status. */
      reportedAt: string;
    }
  >;
  transfers: Array<
    Source & {
      id: string;
      from: string;
      to: string;
      items: string[];
      quantity: string | null;
      status: string;
      date: string | null;
      reportedAt: string;
    }
  >;
}

/** The write contract holds a list for every kind of the registry: one missing fails to compile here. */
export type WrittenFacts = Pick<ArticleWrite, FactList>;

export type Source = { sentence: string; start: number; end: number };
