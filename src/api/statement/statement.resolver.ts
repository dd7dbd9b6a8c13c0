import { statementFilterOf } from "./statement.filter";
import { Args, Ctx, FieldResolver, Query, Resolver, Root } from "type-graphql";
import type { ActorRecord, StatementRecord } from "../../graph/records";
import { Actor } from "../actor/actor.type";
import type { Context } from "../context";
import { Country } from "../country/country.type";
import { toConnection } from "../pagination/connection.type";
import { pageOf } from "../pagination/page.args";
import { StatementFilterArgs } from "./statement.args";
import { Statement, StatementConnection } from "./statement.type";
import { capList, listCaps } from "../security/listCaps";

@Resolver(() => Statement)
export class StatementResolver {
  @Query(() => StatementConnection, { description: "Statements, newest first." })
  async statements(@Args() args: StatementFilterArgs, @Ctx() { loaders }: Context) {
    const page = pageOf(args);
    const filter = await statementFilterOf(args, loaders);
    return toConnection(await loaders.statementPages.load({ filter, page }));
  }

  @FieldResolver(() => Actor, { description: "Who said it: a leader, or a state or organization speaking as such." })
  async speaker(@Root() statement: StatementRecord, @Ctx() { loaders }: Context): Promise<ActorRecord | null> {
    return (await loaders.statementLinks.load(statement.id)).speaker;
  }

  @FieldResolver(() => [Country], { description: `The countries it concerns (at most ${listCaps.about}).` })
  async about(@Root() statement: StatementRecord, @Ctx() { loaders }: Context): Promise<ActorRecord[]> {
    return capList((await loaders.statementLinks.load(statement.id)).about, "about");
  }
}
