import { startServer, type Server } from "../../src/api/server";
import type { Database } from "../../src/graph/database";
import { openBrowser, requireBuiltPages, type BrowserSession } from "./browser";
import { testDatabase } from "./database";
import { ingestSamples } from "./samples";

export interface PagesSession {
  db: Database;
  server: Server;
  browser: BrowserSession;
}

/**
 * For one describe block: the built pages served on the real Neo4j with the sample articles
 * (under this block's own ids), and a fresh headless Chromium; all taken down after.
 */
export function pagesWithSamples(): PagesSession {
  const session = {} as PagesSession;
  let removeSamples: (() => Promise<void>) | undefined;
  beforeAll(async () => {
    requireBuiltPages();
    session.db = testDatabase();
    removeSamples = await ingestSamples(session.db);
    session.server = await startServer(session.db, 0, "127.0.0.1", { playground: true });
    session.browser = await openBrowser();
  }, 120_000);
  afterAll(async () => {
    await session.browser?.close();
    await session.server?.stop();
    await removeSamples?.();
    await session.db?.close();
  });
  return session;
}
