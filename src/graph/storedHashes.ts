import type { Database } from "./database";

/** The content hash stored for each of these articles that exists, by id. */
export async function storedHashes(db: Database, ids: readonly string[]): Promise<Map<string, string>> {
  const rows = await db.read<{ id: string; contentHash: string }>("articleHashes", { ids });
  return new Map(rows.map((row) => [row.id, row.contentHash]));
}
