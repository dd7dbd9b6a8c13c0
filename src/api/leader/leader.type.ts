import { Field, ObjectType } from "type-graphql";
import { Actor } from "../actor/actor.type";
import { Connection } from "../pagination/connection.type";
import { listCaps } from "../security/listCaps";

@ObjectType({
  implements: Actor,
  description: "A person in the news: head of state or government, minister, spokesperson, envoy …",
})
export class Leader extends Actor {
  @Field(() => [String], {
    description: `Every spelling articles used (Kim Jong-un, Kim Jong Un …), at most ${listCaps.aliases}.`,
  })
  aliases!: string[];
}

@ObjectType({ description: "A page of leaders." })
export class LeaderConnection extends Connection("Leader", Leader) {}
