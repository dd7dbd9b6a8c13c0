import { minIndependentSourcesOf } from "../fact/minIndependentSources";
import { dateRange } from "../../graph/dateRange";
import type { SanctionFilter } from "../../graph/sanctions";
import { anyActor, type ActorNameLoaders } from "../names/resolveActors";
import { resolveIds } from "../names/resolveIds";
import type { SanctionFilterArgs } from "./sanction.args";

/** The sanctions list's filters checked and its names resolved; the GraphQL list and the CSV export share it. */
export async function sanctionFilterOf(
  args: Omit<SanctionFilterArgs, "first" | "after">,
  loaders: ActorNameLoaders,
): Promise<SanctionFilter> {
  const range = dateRange(args);
  const ids = await resolveIds(loaders, {
    actor: { name: args.country, kinds: ["Country", "Organization"] },
    imposer: { name: args.imposer, kinds: anyActor },
    target: { name: args.target, kinds: anyActor },
  });
  return {
    ...ids,
    ...range,
    status: args.status ?? null,
    language: args.language ?? null,
    source: args.source ?? null,
    minIndependentSources: minIndependentSourcesOf(args.minIndependentSources),
  };
}
