import type { ArticleWrite } from "./articleWrite";
import type { Database } from "./database";
import { detachArticles } from "./detachArticles";

export type WriteStatus = "CREATED" | "UPDATED" | "UNCHANGED";

/**
 * Writes articles and their facts in one transaction (all or nothing, UNWIND batches, not a
 * query per fact), then files the facts under their Links (linkFacts). Content seen before is
 * UNCHANGED with zero writes; changed content first takes back what the old version reported
 * (and dates anew the sanctions it reported). Ids must be distinct within a batch.
 */
export function writeArticles(db: Database, records: readonly ArticleWrite[]): Promise<WriteStatus[]> {
  const ids = records.map((record) => record.article.id);
  return db.transaction("WRITE", async (run) => {
    const stored = new Map(
      (await run<{ id: string; contentHash: string | null }>("lockArticles", { ids })).map((row) => [
        row.id,
        row.contentHash,
      ]),
    );
    const statuses = records.map(({ article }): WriteStatus => {
      const hash = stored.get(article.id);
      return hash == null ? "CREATED" : hash === article.contentHash ? "UNCHANGED" : "UPDATED";
    });
    const changed = records.filter((_, i) => statuses[i] !== "UNCHANGED");
    const updated = records.filter((_, i) => statuses[i] === "UPDATED").map((record) => record.article.id);
    if (updated.length > 0) await detachArticles(run, updated);
    if (changed.length > 0) {
      const [{ gainedCountry }] = await run<{ gainedCountry: string[] }>("writeArticles", { records: changed });
      const facts = changed.flatMap((record) =>
        [...record.meetings, ...record.statements, ...record.sanctions].map((fact) => fact.id),
      );
      await run("linkFacts", {
        ids: facts,
        actors: gainedCountry,
        articles: changed.map((record) => record.article.id),
      });
    }
    return statuses;
  });
}
