import { Args, Ctx, Query, Resolver } from "type-graphql";
import { maxSearchHits, searchText, type SearchHit as SearchHitRecord } from "../../graph/search";
import type { Context } from "../context";
import { SearchArgs } from "./search.args";
import { SearchHit } from "./searchHit.type";
import { BadInputError } from "../../errors";

/**
 * Every word becomes one clause of the full-text query, and Lucene refuses more than 1,024
 * clauses (which surfaced as an internal error); far fewer words already match nothing useful.
 */
export const maxSearchWords = 64;
/** Names and quotes are short; a longer text is no search (and Lucene refuses over-long terms). */
export const maxSearchLength = 1000;

@Resolver()
export class SearchResolver {
  @Query(() => [SearchHit], {
    description: `Full-text search over country and leader names and their spellings, organization names, article titles and quotes; every word must match; best first (at most ${maxSearchHits}).`,
  })
  search(@Args() { text, first }: SearchArgs, @Ctx() { db }: Context): Promise<SearchHitRecord[]> {
    const words = text.split(/\s+/).filter((word) => word !== "").length;
    if (words > maxSearchWords)
      throw new BadInputError(`The search text has ${words} words; at most ${maxSearchWords} are allowed.`);
    if (text.length > maxSearchLength)
      throw new BadInputError(
        `The search text is ${text.length} characters long; at most ${maxSearchLength} are allowed.`,
      );
    return searchText(db, text, first);
  }
}
