import type { Run } from "./database";

/**
 * Inside a write transaction: takes back everything the articles reported (detachArticles.cypher),
 * then dates anew the sanctions they reported that other articles still support.
 */
export async function detachArticles(run: Run, ids: readonly string[]): Promise<void> {
  const [{ sanctions }] = await run<{ sanctions: string[] }>("detachArticles", { ids });
  await run("dateSanctions", { ids: sanctions });
}
