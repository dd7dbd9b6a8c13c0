import { linkParameters } from "../kinds/factKinds";
import type { ArticleWrite } from "./articleWrite";
import type { Database } from "./database";
import { coverArticles } from "./coverArticles";
import { detachArticles } from "./detachArticles";
import { writeCopies } from "./linkCopies";
import { linkFacts } from "./linkFacts";
import { recordChanges } from "./recordChanges";
import { settleCountries } from "./settleCountries";
import { settleMeetings } from "./settleMeetings";
import { settleStatements } from "./settleStatements";
import { addTallies } from "./addTallies";
import { tallyFacts } from "./tallyFacts";

export type WriteStatus = "CREATED" | "UPDATED" | "UNCHANGED";

/**
 * Writes articles and their facts in one transaction (all or nothing, UNWIND batches, not a
 * query per fact), then files the facts under their Links (linkFacts). Content seen before is
 * UNCHANGED with zero writes; changed content first takes back what the old version reported
 * (and dates anew the sanctions it reported). Persons whose articles now disagree on their country,
 * or whose country lost an article, have it decided again (settleCountries). Meetings and statements are settled
 * (settleMeetings, settleStatements: which node each report belongs to, and what the node says)
 * before they are linked, then counted for the lists (tallyFacts). Then outlets and copies (COPY_OF)
 * are decided by writeCopies. Last, the change feed records what became of every article and fact the
 * transaction touched (recordChanges), and the counters take the counts (addTallies). Ids must be
 * distinct within a batch.
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
    const detached =
      updated.length > 0
        ? await detachArticles(run, updated)
        : { meetings: [], groups: [], said: [], facts: [], losing: [] };
    if (changed.length > 0) {
      const [{ gainedCountry, disputed }] = await run<{ gainedCountry: string[]; disputed: string[] }>(
        "writeArticles",
        { records: changed, partiesInto: linkParameters.partiesInto },
      );
      // Persons whose country is new or decided anew: their facts are filed again, their statements settled again.
      const recountried = [
        ...new Set([...gainedCountry, ...(await settleCountries(run, { disputed, losing: detached.losing }))]),
      ].sort();
      const meetings = changed.flatMap((record) => record.meetings);
      const settled = await settleMeetings(
        run,
        [...detached.groups, ...meetings.map((m) => m.group)],
        [...detached.meetings, ...meetings.map((m) => m.id)],
      );
      const statements = changed.flatMap((record) => record.statements);
      const said = await settleStatements(run, [...detached.said, ...statements], recountried);
      const sanctions = changed.flatMap((record) => record.sanctions.map((sanction) => sanction.id));
      await run("targetCountries", { ids: sanctions, articles: changed.map((record) => record.article.id) });
      // Claims ride on the reports, which settling may have moved: drawn on the nodes as settled.
      await run("drawClaims", { ids: [...said.linked, ...statements.map((s) => s.id)] });
      // Meetings and statements are linked as settled (a report may have moved to another node; an
      // own node dropped by now is skipped); the other kinds as written.
      const facts = [
        ...settled.linked,
        ...said.linked,
        ...statements.map((s) => s.id),
        ...changed.flatMap((record) => [...record.sanctions, ...record.cooperation].map((fact) => fact.id)),
      ];
      const articles = changed.map((record) => record.article.id);
      const { covering, refiled } = await linkFacts(run, { ids: facts, actors: recountried, articles });
      const covered = await coverArticles(run, {
        ids: [...settled.moved, ...said.moved],
        facts: [...settled.relinked, ...said.relinked, ...refiled],
      });
      // Every meeting each report was written to (its own key), whether it stayed or not.
      const touched = [
        ...facts,
        ...detached.facts,
        ...meetings.map((m) => m.id),
        ...settled.dropped,
        ...said.dropped,
        ...refiled,
      ];
      const moves = await tallyFacts(run, {
        facts: touched,
        actors: recountried,
        articles: [...articles, ...covering, ...covered],
      });
      // Outlets and wire copies: a step of its own, last before the change feed, as it takes the
      // copies' lock (README, "Independent sources"; linkCopies.ts).
      await writeCopies(run, changed);
      await recordChanges(run, { articles: [...articles, ...settled.moved, ...said.moved], facts: touched });
      await addTallies(run, moves);
    }
    return statuses;
  });
}
