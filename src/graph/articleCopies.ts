import type { Database } from "./database";
import type { OutletRecord } from "./records";

export interface ArticleCopies {
  outlet: OutletRecord | null;
  /** The id of the original this article copies, null when it copies none. */
  copyOf: string | null;
}

/** The outlet and original of each article, in the order of `ids` (nulls for an unknown id); one query. */
export async function articleCopies(db: Database, ids: readonly string[]): Promise<ArticleCopies[]> {
  const rows = await db.read<{ id: string } & ArticleCopies>("findArticleCopies", { ids });
  const byId = new Map(rows.map((row) => [row.id, { outlet: row.outlet, copyOf: row.copyOf }]));
  return ids.map((id) => byId.get(id) ?? { outlet: null, copyOf: null });
}
