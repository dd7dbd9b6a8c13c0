import { Arg, Ctx, FieldResolver, Query, Resolver, Root } from "type-graphql";
import type { ActorRecord, OrganizationRecord, PersonRecord } from "../../graph/records";
import type { Context } from "../context";
import { Leader } from "../leader/leader.type";
import { Organization } from "./organization.type";
import { capList, listCaps } from "../security/listCaps";

@Resolver(() => Organization)
export class OrganizationResolver {
  @Query(() => Organization, {
    nullable: true,
    description:
      "An organization by short name or name in any language newsgraph reads (UN, PBB, Uni Eropa); null when unknown.",
  })
  async organization(@Arg("name") name: string, @Ctx() { loaders }: Context): Promise<ActorRecord | null> {
    const organization = await loaders.actorNames.load({ name, kinds: ["Organization"] });
    return organization;
  }

  @FieldResolver(() => [Leader], { description: `Its officers in the graph, by name (the first ${listCaps.leaders}).` })
  async leaders(@Root() organization: OrganizationRecord, @Ctx() { loaders }: Context): Promise<PersonRecord[]> {
    return capList(await loaders.leadersOf.load(organization.id), "leaders");
  }
}
