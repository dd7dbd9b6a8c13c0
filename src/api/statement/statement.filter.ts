import { minIndependentSourcesOf } from "../fact/minIndependentSources";
import { dateRange } from "../../graph/dateRange";
import type { StatementFilter } from "../../graph/statements";
import { anyActor, type ActorNameLoaders } from "../names/resolveActors";
import { resolveIds } from "../names/resolveIds";
import type { StatementFilterArgs } from "./statement.args";

/** The statements list's filters checked and its names resolved; the GraphQL list and the CSV export share it. */
export async function statementFilterOf(
  args: Omit<StatementFilterArgs, "first" | "after">,
  loaders: ActorNameLoaders,
): Promise<StatementFilter> {
  const range = dateRange(args);
  const ids = await resolveIds(loaders, {
    actor: { name: args.country, kinds: ["Country", "Organization"] },
    speaker: { name: args.speaker, kinds: anyActor },
    about: { name: args.about, kinds: ["Country"] },
  });
  return {
    ...ids,
    ...range,
    stance: args.stance ?? null,
    language: args.language ?? null,
    source: args.source ?? null,
    minIndependentSources: minIndependentSourcesOf(args.minIndependentSources),
  };
}
