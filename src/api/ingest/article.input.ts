import { Field, ID, InputType } from "type-graphql";

@InputType({ description: "An article to read into the graph." })
export class ArticleInput {
  @Field(() => ID, {
    nullable: true,
    description: "Your id for it; else derived from the canonical URL, else from the text.",
  })
  id?: string;

  @Field(() => String, { nullable: true })
  url?: string;

  @Field(() => String, { nullable: true })
  title?: string;

  @Field({ description: "The article's body as plain text (at most 200,000 characters)." })
  text!: string;

  @Field(() => String, { nullable: true, description: "ISO 639-1 code (id, en, de …); detected when absent." })
  language?: string;

  @Field(() => String, {
    nullable: true,
    description: "ISO 8601 date or time; relative dates in the text resolve against it.",
  })
  publishedAt?: string;

  @Field(() => String, { nullable: true, description: "The outlet, e.g. medcom.id." })
  source?: string;
}
