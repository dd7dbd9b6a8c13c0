import type { Run } from "./database";

/**
 * Inside a write transaction, after settling and linkFacts: the articles `ids` (whose reports
 * moved) and those reporting `facts` (whose links were written anew) COVER exactly the Links of
 * the facts they report (cypher/queries/coverArticles.cypher), whatever order the writes came in.
 * Returns the articles it redrew, whose COVERS the series' counters count again (tallyFacts).
 */
export async function coverArticles(
  run: Run,
  { ids, facts }: { ids: readonly string[]; facts: readonly string[] },
): Promise<string[]> {
  if (ids.length === 0 && facts.length === 0) return [];
  const [{ covered }] = await run<{ covered: string[] }>("coverArticles", {
    ids: [...new Set(ids)],
    facts: [...new Set(facts)],
  });
  return covered;
}
