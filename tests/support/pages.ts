import { openBrowser, requireBuiltPages, type BrowserSession } from "./browser";
import { inProcessServer, type ServerSession } from "./inProcessServer";
import { ingestSamples } from "./samples";

export interface PagesSession extends ServerSession {
  browser: BrowserSession;
}

/**
 * For one describe block: the built pages served on the real Neo4j with the sample articles
 * (under this block's own ids), and a fresh headless Chromium; all taken down after.
 */
export function pagesWithSamples(): PagesSession {
  let removeSamples: (() => Promise<void>) | undefined;
  const session = inProcessServer({
    setUp: async (db) => {
      requireBuiltPages();
      removeSamples = await ingestSamples(db);
    },
    tearDown: async () => await removeSamples?.(),
    options: { playground: true },
  }) as PagesSession;
  // Registered after the server's hooks, so the browser opens once the server serves.
  beforeAll(async () => {
    session.browser = await openBrowser();
  }, 120_000);
  afterAll(async () => {
    await session.browser?.close();
  });
  return session;
}
