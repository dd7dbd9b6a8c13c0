import { ArgsType, Field, Int } from "type-graphql";
import { defaultPageSize, maxPageSize, pageParams, type PageParams } from "../../graph/page";

@ArgsType()
export class PageArgs {
  @Field(() => Int, { defaultValue: defaultPageSize, description: `How many items, at most ${maxPageSize}.` })
  first!: number;

  @Field(() => String, {
    nullable: true,
    description: "A cursor from the previous page (pageInfo.endCursor): the page starts after it.",
  })
  after?: string | null;
}

/** The page arguments checked (BAD_USER_INPUT on a bad `first` or cursor). */
export function pageOf(args: PageArgs): PageParams {
  return pageParams(args);
}
