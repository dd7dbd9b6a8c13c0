import { Ctx, FieldResolver, Int, Resolver, Root } from "type-graphql";
import type { FactRecord, SourceRecord } from "../../graph/records";
import type { Context } from "../context";
import { firstOfList, ListFirst } from "../pagination/listFirst";
import { Fact } from "./fact.type";
import { Source } from "./source.type";

/** The fields every fact has; meetings, statements and sanctions inherit them. */
@Resolver(() => Fact)
export class FactResolver {
  @FieldResolver(() => [Source])
  async sources(
    @Root() fact: FactRecord,
    @ListFirst() first: number,
    @Ctx() { loaders }: Context,
  ): Promise<SourceRecord[]> {
    return firstOfList(await loaders.sources.load(fact.id), first);
  }

  // From the same loader as `sources`: asking for both reads the sources once.
  @FieldResolver(() => Int)
  async reportedBy(@Root() fact: FactRecord, @Ctx() { loaders }: Context): Promise<number> {
    return new Set((await loaders.sources.load(fact.id)).map((source) => source.article.id)).size;
  }

  @FieldResolver(() => Int)
  async independentSources(@Root() fact: FactRecord, @Ctx() { loaders }: Context): Promise<number> {
    return new Set((await loaders.sources.load(fact.id)).map((source) => source.original)).size;
  }
}
