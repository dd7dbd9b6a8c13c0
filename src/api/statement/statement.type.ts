import { Field, ObjectType } from "type-graphql";
import { Stance } from "../fact/fact.enums";
import { Fact } from "../fact/fact.type";
import { Connection } from "../pagination/connection.type";

@ObjectType({ implements: Fact, description: "Something an actor said: a claim, a denial, an accusation, a warning …" })
export class Statement extends Fact {
  @Field(() => Stance)
  stance!: Stance;

  @Field(() => String, { nullable: true, description: "The speaker's own words, when the article quotes them." })
  quote!: string | null;

  @Field({ description: "The sentence that first reported it." })
  text!: string;

  @Field(() => String, { nullable: true, description: "The day it was reported (YYYY-MM-DD)." })
  date!: string | null;
}

@ObjectType({ description: "A page of statements." })
export class StatementConnection extends Connection("Statement", Statement) {}
