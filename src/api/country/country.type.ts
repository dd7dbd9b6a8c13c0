import { Field, ObjectType } from "type-graphql";
import { Actor } from "../actor/actor.type";
import { Connection } from "../pagination/connection.type";
import { listCaps } from "../security/listCaps";

@ObjectType({ implements: Actor, description: "A state, keyed by its ISO 3166-1 alpha-2 code." })
export class Country extends Actor {
  @Field({ description: "ISO 3166-1 alpha-2, e.g. KP." })
  code!: string;

  @Field(() => [String], {
    description: `Its names in the languages newsgraph reads (Korea Utara, Nordkorea …), at most ${listCaps.names}.`,
  })
  names!: string[];
}

@ObjectType({ description: "A page of countries." })
export class CountryConnection extends Connection("Country", Country) {}
