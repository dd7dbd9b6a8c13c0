import { ArgsType, Field, Int } from "type-graphql";
import { Stance } from "../fact/fact.enums";
import { PageArgs } from "../pagination/page.args";

@ArgsType()
export class StatementFilterArgs extends PageArgs {
  @Field(() => String, {
    nullable: true,
    description: "Made by this actor (a country covers its people) or about this country.",
  })
  country?: string | null;

  @Field(() => String, {
    nullable: true,
    description: "Made by this country, leader or organization (a country covers its people).",
  })
  speaker?: string | null;

  @Field(() => String, { nullable: true, description: "About this country." })
  about?: string | null;

  @Field(() => Stance, { nullable: true })
  stance?: Stance | null;

  @Field(() => String, { nullable: true, description: "Reported on or after this date (2023, 2023-09 or 2023-09-13)." })
  from?: string | null;

  @Field(() => String, { nullable: true, description: "Reported on or before this date." })
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
