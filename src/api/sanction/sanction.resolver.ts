import { sanctionFilterOf } from "./sanction.filter";
import { Args, Ctx, FieldResolver, Query, Resolver, Root } from "type-graphql";
import type { ActorRecord, CountryRecord, SanctionRecord } from "../../graph/records";
import { findSanctions } from "../../graph/sanctions";
import { Actor } from "../actor/actor.type";
import { Country } from "../country/country.type";
import type { Context } from "../context";
import { toConnection } from "../pagination/connection.type";
import { pageOf } from "../pagination/page.args";
import { SanctionFilterArgs } from "./sanction.args";
import { Sanction, SanctionConnection } from "./sanction.type";

@Resolver(() => Sanction)
export class SanctionResolver {
  @Query(() => SanctionConnection, { description: "Sanctions, the most recently first reported first." })
  async sanctions(@Args() args: SanctionFilterArgs, @Ctx() { db, loaders }: Context) {
    const page = pageOf(args);
    const filter = await sanctionFilterOf(args, loaders);
    return toConnection(await findSanctions(db, filter, page));
  }

  @FieldResolver(() => Actor, { nullable: true, description: "Who imposes them; null when no article says." })
  async imposer(@Root() sanction: SanctionRecord, @Ctx() { loaders }: Context): Promise<ActorRecord | null> {
    return (await loaders.sanctionLinks.load(sanction.id)).imposer;
  }

  @FieldResolver(() => Actor, { description: "Whom they target." })
  async target(@Root() sanction: SanctionRecord, @Ctx() { loaders }: Context): Promise<ActorRecord | null> {
    return (await loaders.sanctionLinks.load(sanction.id)).target;
  }

  @FieldResolver(() => [Country], {
    description:
      "The target's countries as the articles tell them: a sanctioned company's or person's, every country of a group (\"three Russian entities and a North Korean individual\"); `relationship` and the `country` and `target` filters count a sanction on them.",
  })
  async targetCountries(@Root() sanction: SanctionRecord, @Ctx() { loaders }: Context): Promise<CountryRecord[]> {
    return (await loaders.sanctionLinks.load(sanction.id)).targetCountries;
  }

  @FieldResolver(() => String, {
    nullable: true,
    description: "The day of the earliest article that reports them (sanctions carry no date of their own).",
  })
  firstReported(@Root() sanction: SanctionRecord): string | null {
    return sanction.firstReported;
  }
}
