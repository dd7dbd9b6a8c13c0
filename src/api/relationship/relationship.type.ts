import { Field, Int, ObjectType } from "type-graphql";
import { factKinds, GENERIC_KINDS } from "../../kinds/factKinds";
import { Actor } from "../actor/actor.type";
import { FactKind, Stance } from "../fact/fact.enums";
import { Fact } from "../fact/fact.type";
import { genericTypes } from "../fact/genericTypes";
import { Meeting } from "../meeting/meeting.type";
import { Sanction } from "../sanction/sanction.type";
import { Statement } from "../statement/statement.type";

@ObjectType({ description: "One dated fact of a relationship." })
export class TimelineEntry {
  @Field({ description: "The fact's date (a sanction's: the day it was first reported), at its own precision." })
  date!: string;

  @Field(() => FactKind)
  kind!: FactKind;

  @Field(() => Fact, {
    description:
      "The meeting, statement, sanction, agreement or transfer; ask for its fields with `... on Meeting { … }`.",
  })
  fact!: Fact;
}

@ObjectType({
  description:
    "An agreement or transfer that one actor asserts or accuses and another denies: both sides, each statement with its speaker, date and sources.",
})
export class Contradiction {
  @Field(() => Fact, { description: "The agreement or transfer; ask for its fields with `... on Transfer { … }`." })
  fact!: Fact;

  @Field(() => [Statement], { description: "The statements that assert it or accuse someone of it." })
  asserted!: Statement[];

  @Field(() => [Statement], { description: "The statements that deny it." })
  denied!: Statement[];
}

@ObjectType({ description: "How many statements of one stance a side made." })
export class StanceCount {
  @Field(() => Actor, {
    nullable: true,
    description: "a or b of the relationship (with its people); null for third parties.",
  })
  side!: Actor | null;

  @Field(() => Stance)
  stance!: Stance;

  @Field(() => Int)
  count!: number;
}

/** The count of each list of a relationship, in the lists' order (the generic kinds' added below). */
@ObjectType()
abstract class ListCounts {
  @Field(() => Int)
  meetings!: number;

  @Field(() => Int)
  statements!: number;

  @Field(() => Int)
  sanctions!: number;
}

@ObjectType({ description: "A relationship in numbers: every fact counted, not only the latest the lists hold." })
export class RelationshipSummary extends ListCounts {
  @Field(() => Int, { description: "Agreements and transfers one actor asserts or accuses and another denies." })
  contradictions!: number;

  @Field(() => Int, {
    description:
      "Articles that report a meeting, statement, agreement or transfer between them (published within from/to).",
  })
  articles!: number;

  @Field(() => String, { nullable: true, description: "Date of the earliest dated fact." })
  firstSeen!: string | null;

  @Field(() => String, { nullable: true, description: "Date of the latest dated fact." })
  lastSeen!: string | null;
}

@ObjectType({
  description:
    "What links two actors across every article. A side is the actor with its people (a country's leaders and officials).",
})
export class Relationship {
  @Field(() => Actor)
  a!: Actor;

  @Field(() => Actor)
  b!: Actor;

  @Field(() => [Meeting], {
    description: "The latest meetings (first of the relationship), newest first, undated last.",
  })
  meetings!: Meeting[];

  @Field(() => [Statement], { description: "The latest statements, newest first, undated last." })
  statements!: Statement[];

  @Field(() => [Sanction], { description: "The sanctions most recently first reported, first." })
  sanctions!: Sanction[];
}

// Each generic kind's list after the sanctions, and its count after theirs; the resolvers' fields
// (contradictions, articles, timeline …) follow. Fields are read from the value as they are named.
for (const kind of GENERIC_KINDS) {
  const { type, inRelationship } = genericTypes[kind];
  Field(() => [type], { description: inRelationship })(Relationship.prototype, factKinds[kind].list);
  Field(() => Int)(ListCounts.prototype, factKinds[kind].list);
}
