import { ArgsType, Field } from "type-graphql";
import { PageArgs } from "../pagination/page.args";

@ArgsType()
export class LeaderFilterArgs extends PageArgs {
  @Field(() => String, {
    nullable: true,
    description: "Standing for or serving this country or organization (any name or code).",
  })
  country?: string | null;
}
