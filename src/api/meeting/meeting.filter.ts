import { minIndependentSourcesOf } from "../fact/minIndependentSources";
import { dateRange } from "../../graph/dateRange";
import type { MeetingFilter } from "../../graph/meetings";
import type { ActorNameLoaders } from "../names/resolveActors";
import { resolveIds } from "../names/resolveIds";
import type { MeetingFilterArgs } from "./meeting.args";

/** The meetings list's filters checked and its names resolved; the GraphQL list and the CSV export share it. */
export async function meetingFilterOf(
  args: Omit<MeetingFilterArgs, "first" | "after">,
  loaders: ActorNameLoaders,
): Promise<MeetingFilter> {
  const range = dateRange(args);
  const ids = await resolveIds(loaders, {
    actor: { name: args.country, kinds: ["Country", "Organization"] },
    person: { name: args.person, kinds: ["Person"] },
    location: { name: args.location, kinds: ["Country"] },
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
