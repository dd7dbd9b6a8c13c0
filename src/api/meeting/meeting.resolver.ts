import { meetingFilterOf } from "./meeting.filter";
import { Args, Ctx, FieldResolver, Query, Resolver, Root } from "type-graphql";
import type { ActorRecord, CountryRecord, MeetingRecord } from "../../graph/records";
import { Actor } from "../actor/actor.type";
import type { Context } from "../context";
import { Country } from "../country/country.type";
import { toConnection } from "../pagination/connection.type";
import { pageOf } from "../pagination/page.args";
import { capList, listCaps } from "../security/listCaps";
import { MeetingFilterArgs } from "./meeting.args";
import { Meeting, MeetingConnection } from "./meeting.type";

@Resolver(() => Meeting)
export class MeetingResolver {
  @Query(() => MeetingConnection, { description: "Meetings, newest first." })
  async meetings(@Args() args: MeetingFilterArgs, @Ctx() { loaders }: Context) {
    const page = pageOf(args);
    const filter = await meetingFilterOf(args, loaders);
    return toConnection(await loaders.meetingPages.load({ filter, page }));
  }

  @FieldResolver(() => [Actor], {
    description: `Who took part: leaders, and states when articles name the state (at most ${listCaps.participants}).`,
  })
  async participants(@Root() meeting: MeetingRecord, @Ctx() { loaders }: Context): Promise<ActorRecord[]> {
    return capList((await loaders.meetingLinks.load(meeting.id)).participants, "participants");
  }

  @FieldResolver(() => Country, { nullable: true, description: "The country it was held in, when known." })
  async location(@Root() meeting: MeetingRecord, @Ctx() { loaders }: Context): Promise<CountryRecord | null> {
    return (await loaders.meetingLinks.load(meeting.id)).location;
  }
}
