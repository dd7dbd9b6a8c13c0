import { ArgsType, Field, Int } from "type-graphql";
import { MeetingStatus } from "../fact/fact.enums";
import { PageArgs } from "../pagination/page.args";

@ArgsType()
export class MeetingFilterArgs extends PageArgs {
  @Field(() => String, { nullable: true, description: "Attended by this country (any name or code) or by its people." })
  country?: string | null;

  @Field(() => String, { nullable: true, description: "Attended by this leader (any spelling)." })
  person?: string | null;

  @Field(() => String, { nullable: true, description: "Held in this country." })
  location?: string | null;

  @Field(() => MeetingStatus, { nullable: true })
  status?: MeetingStatus | null;

  @Field(() => String, {
    nullable: true,
    description: "On or after this date (2023, 2023-09 or 2023-09-13); undated meetings drop out.",
  })
  from?: string | null;

  @Field(() => String, { nullable: true, description: "On or before this date." })
  to?: string | null;

  @Field(() => String, { nullable: true, description: "Reported by an article in this language (ISO 639-1)." })
  language?: string | null;

  @Field(() => String, { nullable: true, description: "Reported by this outlet, e.g. medcom.id." })
  source?: string | null;

  @Field(() => Int, {
    nullable: true,
    description:
      "Reported by at least this many independent sources: distinct original reports, a wire story and its copies counting once.",
  })
  minIndependentSources?: number | null;
}
