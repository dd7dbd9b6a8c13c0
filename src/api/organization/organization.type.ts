import { ObjectType } from "type-graphql";
import { Actor } from "../actor/actor.type";

@ObjectType({
  implements: Actor,
  description: "An international organization (UN, EU, NATO …) or a state news agency.",
})
export class Organization extends Actor {}
