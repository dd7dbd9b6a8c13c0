import { Field, Int, ObjectType } from "type-graphql";
import { seriesKinds } from "../../graph/seriesKinds";
import { Stance } from "../fact/fact.enums";

@ObjectType({ description: "How many statements of one stance." })
export class SeriesStance {
  @Field(() => Stance)
  stance!: Stance;

  @Field(() => Int)
  count!: number;
}

@ObjectType({
  description:
    "One week, month or year of a series: how many facts of each kind fall in it (zeros when none). Undated facts are in no bucket.",
})
export class SeriesBucket {
  @Field({ description: "The bucket: 2023 (a year), 2023-09 (a month), or 2023-09-11 (the Monday of an ISO week)." })
  bucket!: string;
}

// One Int field per kind of src/graph/seriesKinds.ts, in its order, so that a new kind is one
// entry there; then the stances.
for (const kind of seriesKinds) Field(() => Int, { description: kind.description })(SeriesBucket.prototype, kind.field);
Field(() => [SeriesStance], { description: "The bucket's statements by stance, most frequent first." })(
  SeriesBucket.prototype,
  "stances",
);
