import { linkParameters } from "../kinds/factKinds";
import type { Run } from "./database";

/**
 * Inside a write transaction: files the facts `ids` (and those of the actors `actors`, which have
 * just gained a country) under their Links (cypher/queries/linkFacts.cypher); the `articles` that
 * report them COVER the Links. The kinds' party and link relationship types come from the registry.
 */
export async function linkFacts(
  run: Run,
  {
    ids,
    actors = [],
    articles = [],
  }: { ids: readonly string[]; actors?: readonly string[]; articles?: readonly string[] },
): Promise<void> {
  await run("linkFacts", { links: linkParameters.links, ids, actors, articles });
}
