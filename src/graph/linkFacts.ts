import { linkParameters } from "../kinds/factKinds";
import type { Run } from "./database";

/**
 * Inside a write transaction: files the facts `ids` under their Links (cypher/queries/linkFacts.cypher),
 * and the facts of the actors `actors`, whose country has just changed, anew: first taken out of
 * their Links (unlinkFacts.cypher), as a person's country is one of the keys their facts hang off.
 * The `articles` that report them COVER the Links. The kinds' party and link relationship types come
 * from the registry. Returns the other articles that may have come to COVER a Link (reporters of a
 * fact that joined it only now), for the series' counters (tallyFacts), and the facts filed anew,
 * whose reporters' COVERS are drawn again (coverArticles).
 */
export async function linkFacts(
  run: Run,
  {
    ids,
    actors = [],
    articles = [],
  }: { ids: readonly string[]; actors?: readonly string[]; articles?: readonly string[] },
): Promise<{ covering: string[]; refiled: string[] }> {
  const refiled =
    actors.length > 0 ? (await run<{ ids: string[] }>("unlinkFacts", { actors: [...new Set(actors)] }))[0].ids : [];
  const [{ covering }] = await run<{ covering: string[] }>("linkFacts", {
    links: linkParameters.links,
    ids,
    actors,
    articles,
  });
  return { covering, refiled };
}
