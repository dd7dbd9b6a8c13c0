import { ArgsType, Field } from "type-graphql";
import { AgreementKind, AgreementStatus } from "../fact/fact.enums";
import { PageArgs } from "../pagination/page.args";

@ArgsType()
export class AgreementFilterArgs extends PageArgs {
  @Field(() => String, {
    nullable: true,
    description: "A party to it: a country, organization or leader (a country covers its people).",
  })
  country?: string | null;

  @Field(() => AgreementKind, { nullable: true })
  agreementKind?: AgreementKind | null;

  @Field(() => AgreementStatus, { nullable: true })
  status?: AgreementStatus | null;

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
