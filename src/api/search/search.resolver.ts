import { Args, Ctx, Query, Resolver } from "type-graphql";
import { maxSearchHits, searchText, type SearchHit as SearchHitRecord } from "../../graph/search";
import type { Context } from "../context";
import { SearchArgs } from "./search.args";
import { SearchHit } from "./searchHit.type";

@Resolver()
export class SearchResolver {
  @Query(() => [SearchHit], {
    description: `Full-text search over country and leader names and their spellings, organization names, article titles and quotes; every word must match; best first (at most ${maxSearchHits}).`,
  })
  search(@Args() { text, first }: SearchArgs, @Ctx() { db }: Context): Promise<SearchHitRecord[]> {
    return searchText(db, text, first);
  }
}
