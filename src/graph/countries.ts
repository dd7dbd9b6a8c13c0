import type { Database } from "./database";
import { toPage, type Page, type PageParams, type PageRows } from "./page";
import type { CountryRecord } from "./records";
import { toCountry, type RawNode } from "./toRecord";

/** One page of the countries in the graph, by English name. */
export async function findCountries(db: Database, page: PageParams): Promise<Page<CountryRecord>> {
  const [result] = await db.read<PageRows<RawNode>>("findCountries", { ...page });
  return toPage(result, page, toCountry);
}
