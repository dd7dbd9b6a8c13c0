import { ArgsType, Field } from "type-graphql";
import { maxBuckets } from "../../graph/seriesBuckets";
import { SeriesInterval } from "./series.enums";

@ArgsType()
export class SeriesArgs {
  @Field(() => SeriesInterval)
  interval!: SeriesInterval;

  @Field(() => String, {
    nullable: true,
    description: `The first bucket holds this date (2023, 2023-09 or 2023-09-13); by default the range asked of the parent, else the date of its earliest fact. At most ${maxBuckets} buckets.`,
  })
  from?: string | null;

  @Field(() => String, {
    nullable: true,
    description:
      "The last bucket holds this date; by default the range asked of the parent, else the date of its latest fact.",
  })
  to?: string | null;
}
