import { Field, ObjectType } from "type-graphql";
import { AgreementKind, AgreementStatus } from "../fact/fact.enums";
import { Fact } from "../fact/fact.type";
import { Connection } from "../pagination/connection.type";

@ObjectType({
  implements: Fact,
  description: "A treaty, agreement, memorandum or deal between states or blocs: one per parties, kind and month.",
})
export class Agreement extends Fact {
  @Field(() => String, {
    nullable: true,
    description: "Its proper name, as the first article that gives one words it.",
  })
  name!: string | null;

  @Field(() => AgreementKind)
  agreementKind!: AgreementKind;

  @Field(() => AgreementStatus)
  status!: AgreementStatus;

  @Field(() => String, { nullable: true, description: "When it was signed or is due (YYYY-MM-DD or YYYY-MM)." })
  date!: string | null;
}

@ObjectType({ description: "A page of agreements." })
export class AgreementConnection extends Connection("Agreement", Agreement) {}
