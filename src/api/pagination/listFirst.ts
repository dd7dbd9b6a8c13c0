import { Arg, Int } from "type-graphql";
import { defaultPageSize, maxPageSize, pageParams } from "../../graph/page";

/**
 * The `first` of a list that is no connection (a fact's sources, an article's facts): lists
 * that grow with the corpus take one, so that an operation's cost can count them by it.
 */
export const ListFirst = () =>
  Arg("first", () => Int, { defaultValue: defaultPageSize, description: `How many items, at most ${maxPageSize}.` });

/** The list's first `first` items (BAD_USER_INPUT on a bad `first`). */
export function firstOfList<T>(items: T[], first: number): T[] {
  return items.slice(0, pageParams({ first }).first);
}
