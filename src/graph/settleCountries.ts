import type { Run } from "./database";

/**
 * Inside a write transaction, after articles were written or taken back: decides again the country
 * of the persons `disputed` (an article just gave them another country than theirs) and `losing`
 * (their country just lost an article that gave it): the one most of their articles give, the
 * smaller code on a tie (cypher/queries/settleCountries.cypher), so that it is a function of the set
 * of articles, never of their order. Returns the persons whose country changed: their facts are
 * filed again under their Links (linkFacts) and their statements settled again (settleStatements).
 */
export async function settleCountries(
  run: Run,
  { disputed = [], losing = [] }: { disputed?: readonly string[]; losing?: readonly string[] },
): Promise<string[]> {
  if (disputed.length === 0 && losing.length === 0) return [];
  const [{ changed }] = await run<{ changed: string[] }>("settleCountries", {
    disputed: [...new Set(disputed)].sort(),
    losing: [...new Set(losing)].sort(),
  });
  return changed;
}
