import type { Database } from "../../src/graph/database";
import { writeArticles } from "../../src/graph/writeArticles";
import type { AgreementFact, MeetingFact, SanctionFact, StatementFact, TransferFact } from "../../src/extraction/facts";
import { graphRecord } from "../../src/ingestion/graphRecord";
import { identifyArticle } from "../../src/ingestion/identifyArticle";

/** What a planted article reports, in the extraction contract's shape without the evidence. */
export interface PlantedFacts {
  meetings?: Array<Omit<MeetingFact, "evidence">>;
  sanctions?: Array<Omit<SanctionFact, "evidence">>;
  statements?: Array<Omit<StatementFact, "evidence" | "summary">>;
  agreements?: Array<Omit<AgreementFact, "evidence">>;
  transfers?: Array<Omit<TransferFact, "evidence">>;
}

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
  const record = graphRecord(
    valid,
    {
      id: valid.id,
      language: "en",
      countries: [],
      persons: [],
      meetings: (facts.meetings ?? []).map((fact) => ({ ...fact, evidence })),
      sanctions: (facts.sanctions ?? []).map((fact) => ({ ...fact, evidence })),
      statements: (facts.statements ?? []).map((fact) => ({ ...fact, summary: null, evidence })),
      agreements: (facts.agreements ?? []).map((fact) => ({ ...fact, evidence })),
      transfers: (facts.transfers ?? []).map((fact) => ({ ...fact, evidence })),
    },
    new Date().toISOString(),
  );
  await writeArticles(db, [record]);
}
