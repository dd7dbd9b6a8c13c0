import { createUnionType, Field, Float, ObjectType } from "type-graphql";
import type { SearchHit as SearchHitRecord } from "../../graph/search";
import { actorTypeName } from "../actor/actor.type";
import { Article } from "../article/article.type";
import { Country } from "../country/country.type";
import { Leader } from "../leader/leader.type";
import { Organization } from "../organization/organization.type";
import { Statement } from "../statement/statement.type";

export const SearchResult = createUnionType({
  name: "SearchResult",
  description: "What a search can find.",
  types: () => [Country, Leader, Organization, Article, Statement] as const,
  // The values are the graph's records (src/graph/records.ts), not instances of these classes.
  resolveType: (value) => {
    const node = value as unknown as SearchHitRecord["node"];
    return node.kind === "Country" || node.kind === "Person" || node.kind === "Organization"
      ? actorTypeName[node.kind]
      : node.kind;
  },
});

@ObjectType({ description: "A search result and how well it matches." })
export class SearchHit {
  @Field(() => Float, { description: "Lucene's relevance score; higher is better." })
  score!: number;

  @Field(() => SearchResult)
  node!: typeof SearchResult;
}
