import { ArgsType, Field, Int } from "type-graphql";
import { defaultPageSize, maxPageSize } from "../../graph/page";

@ArgsType()
export class RelationshipArgs {
  @Field({ description: "A country (code or any name), leader (any spelling) or organization." })
  a!: string;

  @Field({ description: "The other side, named the same ways." })
  b!: string;

  @Field(() => String, {
    nullable: true,
    description: "Only facts dated on or after this (2023, 2023-09 or 2023-09-13).",
  })
  from?: string | null;

  @Field(() => String, { nullable: true, description: "Only facts dated on or before this." })
  to?: string | null;

  @Field(() => Int, {
    defaultValue: defaultPageSize,
    description: `How many of each kind of fact the lists hold (the latest), at most ${maxPageSize}.`,
  })
  first!: number;
}
