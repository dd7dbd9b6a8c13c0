import { maxBuckets } from "../../graph/seriesBuckets";

/**
 * The most items a list without a `first` argument returns, by field name. The resolvers cut
 * their lists to these (`capList`), and the cost analysis counts the lists by them, so an
 * operation's cost is a true upper bound however many items the graph holds (a summit with 900
 * sources, a long article with hundreds of facts). Lists that grow with the corpus (a fact's
 * sources, an article's facts and mentions) take a `first` instead; these are the lists that a
 * sentence or a name table bounds, with room to spare.
 */
export const listCaps: Readonly<Record<string, number>> = {
  /** A meeting's participants: the leaders and states one sentence names. */
  participants: 20,
  /** The parties to an agreement: the states and blocs one sentence names. */
  parties: 20,
  /** A transfer's items (ten kinds exist). */
  items: 10,
  /** The statements that assert, accuse or deny one agreement or transfer, each stance (the oldest). */
  asserted: 20,
  accused: 20,
  denied: 20,
  /** The countries a statement is about. */
  about: 20,
  /** A leader's offices. */
  roles: 10,
  /** A leader's spellings. */
  aliases: 30,
  /** A country's names in the languages newsgraph reads. */
  names: 50,
  /** A country's or an organization's people. */
  leaders: 100,
  /** A path's hops (maxHops is at most 4). */
  hops: 4,
  /** The paths `connections` returns. */
  connections: 10,
  /** A relationship summary's stances, one per stance. */
  stances: 6,
  /** A series' buckets (src/graph/seriesBuckets.ts refuses a range with more). */
  series: maxBuckets,
  /** One result per article of a batch (ingestion refuses more than 500). */
  ingestArticles: 500,
};

/** What a list the table does not name counts as: the largest page. */
export const defaultListCap = 100;

/** The list cut to its cap (the first items, in the list's order). */
export function capList<T>(items: T[], field: keyof typeof listCaps): T[] {
  const cap = listCaps[field];
  return items.length > cap ? items.slice(0, cap) : items;
}
