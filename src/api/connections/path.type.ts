import { Field, Int, ObjectType } from "type-graphql";
import { Actor } from "../actor/actor.type";
import { Fact } from "../fact/fact.type";
import { Source } from "../fact/source.type";

@ObjectType({
  description:
    "One step of a path: two actors linked by a fact (they met; one spoke about the other; one sanctioned the other).",
})
export class Hop {
  @Field(() => Actor)
  from!: Actor;

  @Field(() => Actor)
  to!: Actor;

  @Field(() => Fact)
  fact!: Fact;

  @Field(() => [Source], { description: "The fact's sources (the same as fact.sources): the first `first` of them." })
  sources!: Source[];
}

@ObjectType({ description: "A chain of facts from one actor to another." })
export class Path {
  @Field(() => Int, { description: "How many hops." })
  length!: number;

  @Field(() => [Hop])
  hops!: Hop[];
}
