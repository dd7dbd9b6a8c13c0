import { Args, Ctx, FieldResolver, Query, Resolver, Root } from "type-graphql";
import { findConnections, maxHopsLimit, type Hop as HopRecord } from "../../graph/connections";
import type { SourceRecord } from "../../graph/records";
import { BadInputError } from "../../errors";
import type { Context } from "../context";
import { anyActor, requireActors } from "../names/resolveActors";
import { Source } from "../fact/source.type";
import { ConnectionsArgs } from "./connections.args";
import { Hop, Path } from "./path.type";
import { firstOfList, ListFirst } from "../pagination/listFirst";

@Resolver(() => Hop)
export class ConnectionsResolver {
  @Query(() => [Path], {
    description: `How two actors (any names) are linked through facts: up to 10 shortest paths of at most maxHops (1 to ${maxHopsLimit}) hops, shortest first.`,
  })
  async connections(@Args() { from, to, maxHops }: ConnectionsArgs, @Ctx() { db, loaders }: Context) {
    if (maxHops < 1 || maxHops > maxHopsLimit)
      throw new BadInputError(`maxHops must be from 1 to ${maxHopsLimit}; ${maxHops} is not.`);
    const [start, end] = await requireActors(loaders, [
      { name: from, kinds: anyActor },
      { name: to, kinds: anyActor },
    ]);
    const paths = await findConnections(db, start.id, end.id, maxHops);
    return paths.map((hops) => ({ length: hops.length, hops }));
  }

  @FieldResolver(() => [Source])
  async sources(
    @Root() hop: HopRecord,
    @ListFirst() first: number,
    @Ctx() { loaders }: Context,
  ): Promise<SourceRecord[]> {
    return firstOfList(await loaders.sources.load(hop.fact.id), first);
  }
}
