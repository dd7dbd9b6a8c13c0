import { Arg, Args, Ctx, FieldResolver, Query, Resolver, Root } from "type-graphql";
import { findLeaders } from "../../graph/leaders";
import type { ActorRecord, PersonRecord } from "../../graph/records";
import type { Context } from "../context";
import { Country } from "../country/country.type";
import { MeetingConnection } from "../meeting/meeting.type";
import { resolveIds } from "../names/resolveIds";
import { toConnection } from "../pagination/connection.type";
import { PageArgs, pageOf } from "../pagination/page.args";
import { StatementConnection } from "../statement/statement.type";
import { LeaderFilterArgs } from "./leader.args";
import { dateRange } from "../../graph/dateRange";
import { findActorSeries } from "../../graph/series";
import { SeriesArgs } from "../series/series.args";
import { SeriesBucket } from "../series/seriesBucket.type";
import { seriesBuckets } from "../series/seriesRange";
import { Leader, LeaderConnection } from "./leader.type";
import { Role } from "./role.type";
import { capList, listCaps } from "../security/listCaps";

@Resolver(() => Leader)
export class LeaderResolver {
  @Query(() => Leader, {
    nullable: true,
    description:
      "A leader by any spelling (Kim Jong-un, Kim Jong Un, Sergei Lavrov, Sergey Lavrov, a distinctive surname such as Lavrov); null when unknown.",
  })
  async leader(@Arg("name") name: string, @Ctx() { loaders }: Context): Promise<ActorRecord | null> {
    const leader = await loaders.actorNames.load({ name, kinds: ["Person"] });
    return leader;
  }

  @Query(() => LeaderConnection, { description: "Leaders by name." })
  async leaders(@Args() args: LeaderFilterArgs, @Ctx() { db, loaders }: Context) {
    const page = pageOf(args);
    const { country } = await resolveIds(loaders, {
      country: { name: args.country, kinds: ["Country", "Organization"] },
    });
    return toConnection(await findLeaders(db, { country }, page));
  }

  @FieldResolver(() => Country, { nullable: true, description: "The country they stand for." })
  async country(@Root() leader: PersonRecord, @Ctx() { loaders }: Context): Promise<ActorRecord | null> {
    if (!leader.country) return null;
    const actor = await loaders.actors.load(leader.country);
    return actor?.kind === "Country" ? actor : null;
  }

  @FieldResolver(() => [String])
  aliases(@Root() leader: PersonRecord): string[] {
    return capList(leader.aliases, "aliases");
  }

  @FieldResolver(() => [Role], { description: `The offices articles give them (at most ${listCaps.roles}).` })
  async roles(@Root() leader: PersonRecord, @Ctx() { loaders }: Context) {
    const roles = capList(await loaders.roles.load(leader.id), "roles");
    return roles.map(({ title, holder }) => ({
      title,
      country: holder.kind === "Country" ? holder : null,
      organization: holder.kind === "Organization" ? holder : null,
    }));
  }

  @FieldResolver(() => MeetingConnection, { description: "Meetings they attended, newest first." })
  async meetings(@Root() leader: PersonRecord, @Args() args: PageArgs, @Ctx() { loaders }: Context) {
    return toConnection(await loaders.meetingPages.load({ filter: { person: leader.id }, page: pageOf(args) }));
  }

  @FieldResolver(() => StatementConnection, { description: "What they said, newest first." })
  async statements(@Root() leader: PersonRecord, @Args() args: PageArgs, @Ctx() { loaders }: Context) {
    return toConnection(await loaders.statementPages.load({ filter: { speaker: leader.id }, page: pageOf(args) }));
  }

  @FieldResolver(() => [SeriesBucket], {
    description:
      "Their facts counted per week, month or year, every bucket present (zeros where nothing happened): meetings they attended, what they said, sanctions they imposed or that target them, articles that mention them.",
  })
  async series(@Root() leader: PersonRecord, @Args() args: SeriesArgs, @Ctx() { db }: Context) {
    return seriesBuckets(await findActorSeries(db, leader.id, args.interval, dateRange(args)));
  }
}
