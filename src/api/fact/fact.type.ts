import { Field, ID, Int, InterfaceType } from "type-graphql";
import type { FactRecord } from "../../graph/records";
import { FactKind } from "./fact.enums";
import { Source } from "./source.type";

@InterfaceType({
  description:
    "Something articles report: a meeting, statement, sanction, agreement or transfer, with the sentences that say so.",
  resolveType: (fact: FactRecord) => fact.kind,
})
export abstract class Fact {
  @Field(() => ID, { description: "Derived from the fact's merge key (README, Merge rules)." })
  id!: string;

  @Field(() => FactKind)
  kind!: FactKind;

  @Field(() => [Source], {
    description: "The articles that report it, earliest first, with the sentence: the first `first` of them.",
  })
  sources!: Source[];

  @Field(() => Int, {
    description:
      "How many distinct articles report it (an article that tells two parts of one visit counts once), however many `sources` asks for.",
  })
  reportedBy!: number;

  @Field(() => Int, {
    description:
      "How many distinct original reports are among its sources: a wire story and its copies by other outlets (COPY_OF) count once.",
  })
  independentSources!: number;
}
