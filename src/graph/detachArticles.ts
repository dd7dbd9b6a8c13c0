import { GENERIC_KINDS } from "../kinds/factKinds";
import type { Run } from "./database";
import type { StatementTouch } from "./settleStatements";

/**
 * Inside a write transaction: locks what the articles support (lockReported.cypher, so that
 * concurrent deletes of articles reporting the same fact cannot both keep it), takes back
 * everything they reported (detachArticles.cypher), then dates anew the sanctions they reported
 * that other articles still support and drops the countries of their target that none of those says
 * (dropTargetCountries.cypher), the claims of the statements they reported (drawClaims.cypher), and the status of their facts of
 * generic kinds (agreements, transfers) from the reports that remain (describeCooperation.cypher).
 * Returns the meetings they reported and their groups, and the speakers and days of their statements, which
 * the caller settles (settleMeetings, settleStatements) once it has written what it writes, and every
 * fact they reported, for the change feed (recordChanges).
 */
export async function detachArticles(
  run: Run,
  ids: readonly string[],
): Promise<{ meetings: string[]; groups: string[]; said: StatementTouch[]; facts: string[] }> {
  await run("lockReported", { ids });
  const [reported] = await run<{ meetings: string[]; groups: string[] }>("reportedMeetings", { ids });
  const [{ touched: said }] = await run<{ touched: StatementTouch[] }>("reportedStatements", { ids });
  const [{ facts }] = await run<{ facts: string[] }>("articleFacts", { ids });
  const [{ sanctions, statements, cooperation }] = await run<{
    sanctions: string[];
    statements: string[];
    cooperation: string[];
  }>("detachArticles", { ids, generic: GENERIC_KINDS });
  await run("describeCooperation", { ids: cooperation });
  await run("dateSanctions", { ids: sanctions });
  await run("dropTargetCountries", { ids: sanctions });
  await run("drawClaims", { ids: statements });
  return { ...reported, said, facts };
}
