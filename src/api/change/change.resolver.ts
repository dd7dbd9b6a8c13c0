import { Args, Ctx, Query, Resolver } from "type-graphql";
import { findChanges } from "../../graph/changes";
import { pageParams } from "../../graph/page";
import type { Context } from "../context";
import { toConnection } from "../pagination/connection.type";
import { ChangeArgs } from "./change.args";
import { Change, ChangeConnection } from "./change.type";

@Resolver(() => Change)
export class ChangeResolver {
  @Query(() => ChangeConnection, {
    description:
      "Every article and fact created, updated or deleted, in the order the writes committed. Keep the last endCursor and pass it as `after` to get what changed since; replaying the feed from the start rebuilds the graph's facts and their sources.",
  })
  async changes(@Args() args: ChangeArgs, @Ctx() { db }: Context) {
    // `first` is checked like every list's; the cursor is the feed's own (a sequence number).
    const { first } = pageParams({ first: args.first });
    return toConnection(await findChanges(db, { first, after: args.after ?? null }));
  }
}
