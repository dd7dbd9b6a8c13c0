import { ArgsType, Field } from "type-graphql";
import { PageArgs } from "../pagination/page.args";

@ArgsType()
export class ArticleFilterArgs extends PageArgs {
  @Field(() => String, { nullable: true, description: "ISO 639-1 code, e.g. id or en." })
  language?: string | null;

  @Field(() => String, { nullable: true, description: "The outlet, e.g. medcom.id." })
  source?: string | null;

  @Field(() => String, {
    nullable: true,
    description: "Published on or after this date (2023, 2023-10 or 2023-10-17).",
  })
  from?: string | null;

  @Field(() => String, { nullable: true, description: "Published on or before this date." })
  to?: string | null;

  @Field(() => String, { nullable: true, description: "Mentions this country, leader or organization." })
  mentions?: string | null;
}
