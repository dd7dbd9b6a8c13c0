import { Args, Ctx, FieldResolver, Query, Resolver, Root } from "type-graphql";
import { findCooperation } from "../../graph/cooperation";
import { dateRange } from "../../graph/dateRange";
import type { ActorRecord, TransferRecord } from "../../graph/records";
import { Actor } from "../actor/actor.type";
import { Claims } from "../claims/claims.type";
import { claimsOf } from "../claims/claimsOf";
import type { Context } from "../context";
import { anyActor } from "../names/resolveActors";
import { resolveIds } from "../names/resolveIds";
import { toConnection } from "../pagination/connection.type";
import { pageOf } from "../pagination/page.args";
import { TransferFilterArgs } from "./transfer.args";
import { Transfer, TransferConnection } from "./transfer.type";

@Resolver(() => Transfer)
export class TransferResolver {
  @Query(() => TransferConnection, { description: "Transfers, the latest dated first, undated last." })
  async transfers(@Args() args: TransferFilterArgs, @Ctx() { db, loaders }: Context) {
    const page = pageOf(args);
    const range = dateRange(args);
    const { country, supplier, receiver } = await resolveIds(loaders, {
      country: { name: args.country, kinds: anyActor },
      supplier: { name: args.supplier, kinds: anyActor },
      receiver: { name: args.receiver, kinds: anyActor },
    });
    const filter = {
      ...range,
      country,
      parties: { SENT: supplier, SENT_TO: receiver },
      equal: { status: args.status },
      holds: { items: args.item },
      language: args.language ?? null,
      source: args.source ?? null,
    };
    return toConnection(await findCooperation(db, "Transfer", filter, page));
  }

  // `from` and `to` as the issue names them; the list's own from/to arguments are dates.
  @FieldResolver(() => Actor, { nullable: true, description: "Who sends it (the supplier)." })
  async from(@Root() transfer: TransferRecord, @Ctx() { loaders }: Context): Promise<ActorRecord | null> {
    return (await loaders.partyLinks.load(transfer.id)).SENT?.[0] ?? null;
  }

  @FieldResolver(() => Actor, { nullable: true, description: "Who receives it." })
  async to(@Root() transfer: TransferRecord, @Ctx() { loaders }: Context): Promise<ActorRecord | null> {
    return (await loaders.partyLinks.load(transfer.id)).SENT_TO?.[0] ?? null;
  }

  @FieldResolver(() => Claims, { description: "Who asserts, accuses or denies it, with their statements." })
  async claims(@Root() transfer: TransferRecord, @Ctx() { loaders }: Context) {
    return claimsOf(await loaders.claims.load(transfer.id));
  }
}
