import type { Run } from "./database";

/**
 * Inside a write transaction: locks what the articles support (lockReported.cypher, so that
 * concurrent deletes of articles reporting the same fact cannot both keep it), takes back
 * everything they reported (detachArticles.cypher), then dates anew the sanctions they reported
 * that other articles still support and draws their target's countries anew (targetCountries.cypher),
 * and the claims of the statements they reported (drawClaims.cypher).
 * Returns the meetings they reported and their groups, which the caller settles (settleMeetings) once it has written what it writes,
 * and every fact they reported, for the change feed (recordChanges).
 */
export async function detachArticles(
  run: Run,
  ids: readonly string[],
): Promise<{ meetings: string[]; groups: string[]; facts: string[] }> {
  await run("lockReported", { ids });
  const [reported] = await run<{ meetings: string[]; groups: string[] }>("reportedMeetings", { ids });
  const [{ facts }] = await run<{ facts: string[] }>("articleFacts", { ids });
  const [{ sanctions, statements }] = await run<{ sanctions: string[]; statements: string[] }>("detachArticles", {
    ids,
  });
  await run("dateSanctions", { ids: sanctions });
  await run("targetCountries", { ids: sanctions });
  await run("drawClaims", { ids: statements });
  return { ...reported, facts };
}
