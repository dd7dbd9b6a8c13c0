import { startServer, type Server, type ServerOptions } from "../../src/api/server";
import type { Database } from "../../src/graph/database";
import { deleteArticle } from "../../src/graph/deleteArticle";
import type { ArticleInput } from "../../src/ingestion/articleInput";
import { ingestArticles } from "../../src/ingestion/ingestArticles";
import { testDatabase } from "./database";

export interface ServerSession {
  db: Database;
  server: Server;
}

export interface SessionSteps {
  /** The Database the server runs on; the suite's Neo4j (testDatabase) unless given. */
  open?: () => Promise<Database>;
  /** What the tests need in the graph before the server starts (ingesting fixtures, say). */
  setUp?: (db: Database) => Promise<void>;
  /** Undoes setUp (deleting what the tests wrote), while the server still answers (tests may delete through it). */
  tearDown?: (db: Database) => Promise<void>;
  /** Runs last, after the driver closed (stopping a Neo4j that `open` started). */
  finish?: () => Promise<void>;
  /** startServer's options (api limits, the playground …). */
  options?: ServerOptions;
}

/**
 * For a describe block (or a file): a Database and an API server in this process on 127.0.0.1 and
 * a port the system picks, started before its tests and taken down after them, so that each test
 * file states only what differs (its graph, its options) instead of repeating the hooks.
 */
export function inProcessServer(steps: SessionSteps = {}, timeoutMs = 120_000): ServerSession {
  const session = {} as ServerSession;
  beforeAll(async () => {
    session.db = await (steps.open ?? (async () => testDatabase()))();
    await steps.setUp?.(session.db);
    session.server = await startServer(session.db, 0, "127.0.0.1", steps.options);
  }, timeoutMs);
  afterAll(async () => {
    try {
      if (session.db) await steps.tearDown?.(session.db);
    } finally {
      await session.server?.stop();
      await session.db?.close();
      await steps.finish?.();
    }
  }, timeoutMs);
  return session;
}

/** Steps that ingest these articles before the server starts (deleting what a killed run left) and delete them after. */
export function articleSteps(articles: ArticleInput[]): Pick<SessionSteps, "setUp" | "tearDown"> {
  const ids = articles.map((article) => article.id!);
  const removeAll = async (db: Database) => {
    for (const id of ids) await deleteArticle(db, id);
  };
  return {
    setUp: async (db) => {
      await removeAll(db);
      for (const outcome of await ingestArticles(db, articles)) if (!outcome.ok) throw outcome.error;
    },
    tearDown: removeAll,
  };
}
