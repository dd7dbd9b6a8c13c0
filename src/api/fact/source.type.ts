import { Field, Int, ObjectType } from "type-graphql";
import { Article } from "../article/article.type";

@ObjectType({ description: "Where an article reports a fact." })
export class Source {
  @Field(() => Article)
  article!: Article;

  @Field({ description: "The sentence that reports the fact." })
  sentence!: string;

  @Field(() => Int, { description: "Offset of the sentence in the article's text." })
  start!: number;

  @Field(() => Int, { description: "Offset just past the sentence." })
  end!: number;
}
