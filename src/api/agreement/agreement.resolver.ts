import { Args, Ctx, FieldResolver, Query, Resolver, Root } from "type-graphql";
import { findCooperation } from "../../graph/cooperation";
import { dateRange } from "../../graph/dateRange";
import type { ActorRecord, AgreementRecord } from "../../graph/records";
import { Actor } from "../actor/actor.type";
import { Claims } from "../claims/claims.type";
import { claimsOf } from "../claims/claimsOf";
import type { Context } from "../context";
import { anyActor } from "../names/resolveActors";
import { resolveIds } from "../names/resolveIds";
import { toConnection } from "../pagination/connection.type";
import { pageOf } from "../pagination/page.args";
import { capList } from "../security/listCaps";
import { AgreementFilterArgs } from "./agreement.args";
import { Agreement, AgreementConnection } from "./agreement.type";

@Resolver(() => Agreement)
export class AgreementResolver {
  @Query(() => AgreementConnection, { description: "Agreements, the latest dated first, undated last." })
  async agreements(@Args() args: AgreementFilterArgs, @Ctx() { db, loaders }: Context) {
    const page = pageOf(args);
    const range = dateRange(args);
    const { country } = await resolveIds(loaders, { country: { name: args.country, kinds: anyActor } });
    const filter = {
      ...range,
      country,
      equal: { kind: args.agreementKind, status: args.status },
      language: args.language ?? null,
      source: args.source ?? null,
    };
    return toConnection(await findCooperation(db, "Agreement", filter, page));
  }

  @FieldResolver(() => [Actor], { description: "The states, blocs or leaders party to it." })
  async parties(@Root() agreement: AgreementRecord, @Ctx() { loaders }: Context): Promise<ActorRecord[]> {
    return capList((await loaders.partyLinks.load(agreement.id)).PARTY_TO ?? [], "parties");
  }

  @FieldResolver(() => Claims, { description: "Who asserts, accuses or denies it, with their statements." })
  async claims(@Root() agreement: AgreementRecord, @Ctx() { loaders }: Context) {
    return claimsOf(await loaders.claims.load(agreement.id));
  }
}
