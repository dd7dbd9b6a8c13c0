import { linkParameters } from "../kinds/factKinds";
import type { Run } from "./database";

/**
 * Inside a write transaction: files the facts `ids` (and those of the actors `actors`, which have
 * just gained a country) under their Links (cypher/queries/linkFacts.cypher); the `articles` that
 * report them COVER the Links. The kinds' party and link relationship types come from the registry.
 * Returns the other articles that may have come to COVER a Link (reporters of a fact that joined
 * it only now), for the series' counters (tallyFacts).
 */
export async function linkFacts(
  run: Run,
  {
    ids,
    actors = [],
    articles = [],
  }: { ids: readonly string[]; actors?: readonly string[]; articles?: readonly string[] },
): Promise<string[]> {
  const [{ covering }] = await run<{ covering: string[] }>("linkFacts", {
    links: linkParameters.links,
    ids,
    actors,
    articles,
  });
  return covering;
}
