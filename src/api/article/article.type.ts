import { Field, ID, ObjectType } from "type-graphql";

@ObjectType({ description: "A news article that newsgraph has read." })
export class Article {
  @Field(() => ID, {
    description: "Given by the loader, else derived from the canonical URL, else from the text's hash.",
  })
  id!: string;

  @Field(() => String, { nullable: true })
  url!: string | null;

  @Field(() => String, { nullable: true })
  title!: string | null;

  @Field(() => String, { nullable: true, description: "The outlet, e.g. medcom.id." })
  source!: string | null;

  @Field({ description: "ISO 639-1 code of the language it was read in." })
  language!: string;

  @Field(() => String, { nullable: true, description: "ISO 8601, as the outlet gave it." })
  publishedAt!: string | null;

  @Field({ description: "When newsgraph last wrote it (ISO 8601)." })
  ingestedAt!: string;
}
