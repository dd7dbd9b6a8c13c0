import type { ArticleFilter } from "../../graph/articles";
import { dateRange } from "../../graph/dateRange";
import { anyActor, type ActorNameLoaders } from "../names/resolveActors";
import { resolveIds } from "../names/resolveIds";
import type { ArticleFilterArgs } from "./article.args";

/** The articles list's filters checked and its names resolved; the GraphQL list and the CSV export share it. */
export async function articleFilterOf(
  args: Omit<ArticleFilterArgs, "first" | "after">,
  loaders: ActorNameLoaders,
): Promise<ArticleFilter> {
  const range = dateRange(args);
  const { mentions } = await resolveIds(loaders, { mentions: { name: args.mentions, kinds: anyActor } });
  return { ...range, mentions, language: args.language ?? null, source: args.source ?? null };
}
