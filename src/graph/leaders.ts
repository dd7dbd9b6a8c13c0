import type { Database } from "./database";
import { toPage, type Page, type PageParams, type PageRows } from "./page";
import type { PersonRecord } from "./records";
import { toPerson, type RawNode } from "./toRecord";

/** One page of persons by name; `country` (a country or organization id) keeps those who stand for it or serve it. */
export async function findLeaders(
  db: Database,
  filter: { country?: string | null },
  page: PageParams,
): Promise<Page<PersonRecord>> {
  const [result] = await db.read<PageRows<RawNode>>("findLeaders", { country: filter.country ?? null, ...page });
  return toPage(result, page, toPerson);
}
