import type { OpenDatabase } from "../src/graph/openDatabase";

export default async function globalTeardown(): Promise<void> {
  await (globalThis as { newsgraphDatabase?: OpenDatabase }).newsgraphDatabase?.close();
}
