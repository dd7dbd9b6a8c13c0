import { GENERIC_KINDS } from "../kinds/factKinds";
import type { Run } from "./database";
import type { StatementTouch } from "./settleStatements";

/** What detachArticles took back (see there). */
export interface Detached {
  meetings: string[];
  groups: string[];
  said: StatementTouch[];
  facts: string[];
  /** Persons whose country lost an article that gave it, for settleCountries. */
  losing: string[];
}

/**
 * Inside a write transaction: locks what the articles support (lockReported.cypher, so that
 * concurrent deletes of articles reporting the same fact cannot both keep it), takes back
 * everything they reported (detachArticles.cypher), then dates anew the sanctions they reported
 * that other articles still support and drops the countries of their target that none of those says
 * (dropTargetCountries.cypher), the claims of the statements they reported (drawClaims.cypher), and the status of their facts of
 * generic kinds (agreements, transfers) from the reports that remain (describeCooperation.cypher).
 * Returns the meetings they reported and their groups, and the speakers and days of their statements, which
 * the caller settles (settleMeetings, settleStatements) once it has written what it writes, and every
 * fact they reported, for the change feed (recordChanges), and the persons whose country lost an
 * article that gave it, whose country the caller decides again (settleCountries).
 */
export async function detachArticles(run: Run, ids: readonly string[]): Promise<Detached> {
  await run("lockReported", { ids });
  const [reported] = await run<{ meetings: string[]; groups: string[] }>("reportedMeetings", { ids });
  const [{ touched: said }] = await run<{ touched: StatementTouch[] }>("reportedStatements", { ids });
  const [{ facts }] = await run<{ facts: string[] }>("articleFacts", { ids });
  const [{ losing, sanctions, statements, cooperation }] = await run<{
    losing: string[];
    sanctions: string[];
    statements: string[];
    cooperation: string[];
  }>("detachArticles", { ids, generic: GENERIC_KINDS });
  await run("describeCooperation", { ids: cooperation });
  await run("dateSanctions", { ids: sanctions });
  await run("dropTargetCountries", { ids: sanctions });
  await run("drawClaims", { ids: statements });
  return { ...reported, said, facts, losing };
}
