import { Field, ID, InterfaceType } from "type-graphql";
import type { ActorRecord } from "../../graph/records";

/** The GraphQL type of each kind of actor record (a Person is exposed as a Leader). */
export const actorTypeName = { Country: "Country", Person: "Leader", Organization: "Organization" } as const;

@InterfaceType({
  description: "Someone or something that acts in the news: a country, a leader or an organization.",
  resolveType: (actor: ActorRecord) => actorTypeName[actor.kind],
})
export abstract class Actor {
  @Field(() => ID, {
    description: "A country's ISO code, a leader's slug (kim-jong-un), an organization's short name (UN).",
  })
  id!: string;

  @Field({ description: "The English name." })
  name!: string;
}
