import { Arg, Args, Ctx, FieldResolver, Query, Resolver, Root } from "type-graphql";
import { findCountries } from "../../graph/countries";
import type { ActorRecord, CountryRecord, PersonRecord } from "../../graph/records";
import type { Context } from "../context";
import { Leader } from "../leader/leader.type";
import { MeetingConnection } from "../meeting/meeting.type";
import { toConnection } from "../pagination/connection.type";
import { PageArgs, pageOf } from "../pagination/page.args";
import { dateRange } from "../../graph/dateRange";
import { findActorSeries } from "../../graph/series";
import { SeriesArgs } from "../series/series.args";
import { SeriesBucket } from "../series/seriesBucket.type";
import { seriesBuckets } from "../series/seriesRange";
import { Country, CountryConnection } from "./country.type";
import { capList, listCaps } from "../security/listCaps";

@Resolver(() => Country)
export class CountryResolver {
  @Query(() => Country, {
    nullable: true,
    description:
      "A country by code (KP, PRK), English name, or a name or alias in any language newsgraph reads (Korea Utara, Korut, Nordkorea, DPRK); null when the name is no country's.",
  })
  async country(@Arg("name") name: string, @Ctx() { loaders }: Context): Promise<ActorRecord | null> {
    const country = await loaders.actorNames.load({ name, kinds: ["Country"] });
    return country;
  }

  @Query(() => CountryConnection, { description: "The countries articles have mentioned, by English name." })
  async countries(@Args() args: PageArgs, @Ctx() { db }: Context) {
    return toConnection(await findCountries(db, pageOf(args)));
  }

  @FieldResolver(() => [String])
  names(@Root() country: CountryRecord): string[] {
    return capList(country.names, "names");
  }

  @FieldResolver(() => [Leader], {
    description: `Its people in the graph: those who stand for it or hold a role for it, by name (the first ${listCaps.leaders}).`,
  })
  async leaders(@Root() country: CountryRecord, @Ctx() { loaders }: Context): Promise<PersonRecord[]> {
    return capList(await loaders.leadersOf.load(country.id), "leaders");
  }

  @FieldResolver(() => MeetingConnection, { description: "Meetings it or its people attended, newest first." })
  async meetings(@Root() country: CountryRecord, @Args() args: PageArgs, @Ctx() { loaders }: Context) {
    return toConnection(await loaders.meetingPages.load({ filter: { actor: country.id }, page: pageOf(args) }));
  }

  @FieldResolver(() => [SeriesBucket], {
    description:
      "Its facts (and its people's) counted per week, month or year, every bucket present (zeros where nothing happened): for a range, as many as the lists filtered by `country` (articles: `mentions`) count.",
  })
  async series(@Root() country: CountryRecord, @Args() args: SeriesArgs, @Ctx() { db }: Context) {
    const range = dateRange(args);
    return seriesBuckets(await findActorSeries(db, country.id, args.interval, range));
  }
}
