import { Field, ObjectType } from "type-graphql";
import { Statement } from "../statement/statement.type";

@ObjectType({
  description:
    "The statements that take a position on an agreement or transfer, by stance: each with its speaker, date and sources.",
})
export class Claims {
  @Field(() => [Statement], { description: "Statements that assert it (stance ASSERT)." })
  asserted!: Statement[];

  @Field(() => [Statement], { description: "Statements that accuse someone of it (stance ACCUSE)." })
  accused!: Statement[];

  @Field(() => [Statement], { description: "Statements that deny it (stance DENY)." })
  denied!: Statement[];
}
