import { Field, Int, ObjectType } from "type-graphql";
import { Actor } from "../actor/actor.type";
import { FactKind, Stance } from "../fact/fact.enums";
import { Fact } from "../fact/fact.type";

@ObjectType({ description: "One dated fact of a relationship." })
export class TimelineEntry {
  @Field({ description: "The fact's date (a sanction's: the day it was first reported), at its own precision." })
  date!: string;

  @Field(() => FactKind)
  kind!: FactKind;

  @Field(() => Fact, { description: "The meeting, statement or sanction; ask for its fields with `... on Meeting { … }`." })
  fact!: Fact;
}

@ObjectType({ description: "How many statements of one stance a side made." })
export class StanceCount {
  @Field(() => Actor, { nullable: true, description: "a or b of the relationship (with its people); null for third parties." })
  side!: Actor | null;

  @Field(() => Stance)
  stance!: Stance;

  @Field(() => Int)
  count!: number;
}

@ObjectType({ description: "A relationship in numbers." })
export class RelationshipSummary {
  @Field(() => Int)
  meetings!: number;

  @Field(() => Int)
  statements!: number;

  @Field(() => Int)
  sanctions!: number;

  @Field(() => Int, { description: "Articles that report at least one of the facts." })
  articles!: number;

  @Field(() => String, { nullable: true, description: "Date of the earliest dated fact." })
  firstSeen!: string | null;

  @Field(() => String, { nullable: true, description: "Date of the latest dated fact." })
  lastSeen!: string | null;

  @Field(() => [StanceCount], { description: "Statements by side and stance: a's, then b's, then third parties'." })
  stances!: StanceCount[];
}

@ObjectType({
  description:
    "What links two actors across every article. A side is the actor with its people (a country's leaders and officials). Lists are oldest first, undated facts last.",
})
export class Relationship {
  @Field(() => Actor)
  a!: Actor;

  @Field(() => Actor)
  b!: Actor;
}
