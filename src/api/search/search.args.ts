import { ArgsType, Field, Int } from "type-graphql";
import { maxSearchHits } from "../../graph/search";

@ArgsType()
export class SearchArgs {
  @Field({ description: "Words to find; any characters are allowed (they are never read as Lucene syntax)." })
  text!: string;

  @Field(() => Int, { defaultValue: 10, description: `How many hits, at most ${maxSearchHits}.` })
  first!: number;
}
