import type { Database } from "../../src/graph/database";
import { writeArticles } from "../../src/graph/writeArticles";
import { noFacts, type ExtractedFactLists } from "../../src/extraction/facts";
import { graphRecord } from "../../src/ingestion/graphRecord";
import { identifyArticle } from "../../src/ingestion/identifyArticle";
import { FACT_KINDS, factKinds, type FactList } from "../../src/kinds/factKinds";

/** What a planted article reports, in the extraction contract's shape without the evidence: a list per kind. */
export type PlantedFacts = {
  [L in FactList]?: Array<Omit<ExtractedFactLists[L][number], "evidence" | "summary">>;
};

/** Empty lists of every kind, for a test that fills them one by one. */
export const noPlantedFacts = (): Required<PlantedFacts> => noFacts();

/**
 * Writes one article reporting exactly `facts`, through graphRecord and writeArticles as ingestion
 * writes them, whatever today's extraction rules would find in its text: a test states the facts
 * it needs (many of them, at chosen dates) without writing a sentence for each.
 */
export async function plantArticle(
  db: Database,
  article: { id: string; publishedAt: string; source: string; text: string },
  facts: PlantedFacts,
): Promise<void> {
  const valid = identifyArticle({ ...article, language: "en" }, new Date());
  const evidence = { text: article.text, start: 0, end: article.text.length };
  // Every fact gets the article's text as its evidence; a statement's summary (its only other field
  // a test leaves out) is null.
  const lists = Object.fromEntries(
    FACT_KINDS.map((kind) => factKinds[kind].list).map((list) => [
      list,
      (facts[list] ?? []).map((fact) => ({ summary: null, ...fact, evidence })),
    ]),
  ) as unknown as ExtractedFactLists;
  const record = graphRecord(
    valid,
    { id: valid.id, language: "en", countries: [], persons: [], ...lists },
    new Date().toISOString(),
  );
  await writeArticles(db, [record]);
}
