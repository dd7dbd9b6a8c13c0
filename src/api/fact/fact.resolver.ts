import { Ctx, FieldResolver, Resolver, Root } from "type-graphql";
import type { FactRecord, SourceRecord } from "../../graph/records";
import type { Context } from "../context";
import { Fact } from "./fact.type";
import { Source } from "./source.type";

/** The fields every fact has; meetings, statements and sanctions inherit them. */
@Resolver(() => Fact)
export class FactResolver {
  @FieldResolver(() => [Source])
  sources(@Root() fact: FactRecord, @Ctx() { loaders }: Context): Promise<SourceRecord[]> {
    return loaders.sources.load(fact.id);
  }
}
