import { Field, ObjectType } from "type-graphql";
import { SanctionStatus } from "../fact/fact.enums";
import { Fact } from "../fact/fact.type";
import { Connection } from "../pagination/connection.type";

@ObjectType({ implements: Fact, description: "Sanctions one actor imposes on another: one per imposer and target." })
export class Sanction extends Fact {
  @Field(() => String, {
    nullable: true,
    description: "The reason, worded as the first article gave it (in its language).",
  })
  reason!: string | null;

  @Field(() => SanctionStatus)
  status!: SanctionStatus;
}

@ObjectType({ description: "A page of sanctions." })
export class SanctionConnection extends Connection("Sanction", Sanction) {}
