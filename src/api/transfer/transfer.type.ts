import { Field, ObjectType } from "type-graphql";
import { Fact } from "../fact/fact.type";
import { TransferItem, TransferStatus } from "../fact/fact.enums";
import { Connection } from "../pagination/connection.type";

@ObjectType({
  implements: Fact,
  description:
    "Something of military or economic weight moving from one state to another: one per supplier, receiver, items and month. An ALLEGED transfer is a claim, not a fact: its `claims` say who asserts, accuses and denies it.",
})
export class Transfer extends Fact {
  @Field(() => [TransferItem])
  items!: TransferItem[];

  @Field(() => String, {
    nullable: true,
    description: 'The amount as the first article worded it ("more than 1,000 containers").',
  })
  quantity!: string | null;

  @Field(() => TransferStatus)
  status!: TransferStatus;

  @Field(() => String, { nullable: true, description: "When it happened or is due (YYYY-MM-DD or YYYY-MM)." })
  date!: string | null;
}

@ObjectType({ description: "A page of transfers." })
export class TransferConnection extends Connection("Transfer", Transfer) {}
