import { ArgsType, Field } from "type-graphql";
import { TransferItem, TransferStatus } from "../fact/fact.enums";
import { PageArgs } from "../pagination/page.args";

@ArgsType()
export class TransferFilterArgs extends PageArgs {
  @Field(() => String, {
    nullable: true,
    description: "Sent or received by this country, organization or leader (a country covers its people).",
  })
  country?: string | null;

  @Field(() => String, { nullable: true, description: "Sent by this country (or its people)." })
  supplier?: string | null;

  @Field(() => String, { nullable: true, description: "Received by this country (or its people)." })
  receiver?: string | null;

  @Field(() => TransferItem, { nullable: true, description: "Moving this among its items." })
  item?: TransferItem | null;

  @Field(() => TransferStatus, { nullable: true })
  status?: TransferStatus | null;

  @Field(() => String, {
    nullable: true,
    description: "Dated on or after this date (overlap: 2024-06 matches 2024-06-19).",
  })
  from?: string | null;

  @Field(() => String, { nullable: true, description: "Dated on or before this date." })
  to?: string | null;

  @Field(() => String, { nullable: true, description: "Reported by an article in this language (ISO 639-1)." })
  language?: string | null;

  @Field(() => String, { nullable: true, description: "Reported by this outlet." })
  source?: string | null;
}
