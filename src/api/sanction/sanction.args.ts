import { ArgsType, Field, Int } from "type-graphql";
import { SanctionStatus } from "../fact/fact.enums";
import { PageArgs } from "../pagination/page.args";

@ArgsType()
export class SanctionFilterArgs extends PageArgs {
  @Field(() => String, {
    nullable: true,
    description: "Imposed by or on this country or organization (a country covers its people).",
  })
  country?: string | null;

  @Field(() => String, { nullable: true, description: "Imposed by this country, organization or leader." })
  imposer?: string | null;

  @Field(() => String, { nullable: true, description: "Targeting this country, organization or leader." })
  target?: string | null;

  @Field(() => SanctionStatus, { nullable: true })
  status?: SanctionStatus | null;

  @Field(() => String, { nullable: true, description: "First reported on or after this date." })
  from?: string | null;

  @Field(() => String, { nullable: true, description: "First reported on or before this date." })
  to?: string | null;

  @Field(() => String, { nullable: true, description: "Reported by an article in this language (ISO 639-1)." })
  language?: string | null;

  @Field(() => String, { nullable: true, description: "Reported by this outlet." })
  source?: string | null;

  @Field(() => Int, {
    nullable: true,
    description:
      "Reported by at least this many independent sources: distinct original reports, a wire story and its copies counting once.",
  })
  minIndependentSources?: number | null;
}
