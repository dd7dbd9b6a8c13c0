import type { Database } from "../../../src/graph/database";
import { deleteArticle } from "../../../src/graph/deleteArticle";
import type { ArticleInput } from "../../../src/ingestion/articleInput";
import { ingestArticles } from "../../../src/ingestion/ingestArticles";
import { graphql } from "../../support/http";
import { inProcessServer } from "../../support/inProcessServer";

/** A fact as ingestion wrote it (tests/cypher/factsReported.cypher), for expectations derived from the graph. */
export type ReportedFact = {
  id: string;
  kind: "Meeting" | "Statement" | "Sanction" | "Agreement" | "Transfer";
  date: string | null;
  status: string | null;
  participants: string[];
  speaker: string | null;
  sources: string[];
};

/**
 * A server on the real Neo4j with this file's articles ingested before the tests (through
 * `ingestArticles`, as users load them) and deleted after. `query` fails the test on any GraphQL
 * error; `failure` expects one and returns it; `facts` and `fact` read what ingestion wrote, so that
 * tests name the facts without knowing how their ids are made.
 */
export function apiOnArticles(articles: ArticleInput[]) {
  const ids = articles.map((article) => article.id!);
  const api = harness(
    async (db) => {
      for (const id of ids) await deleteArticle(db, id); // a run that was killed left them
      for (const outcome of await ingestArticles(db, articles)) {
        if (!outcome.ok) throw outcome.error;
        if (outcome.status !== "CREATED") throw new Error(`The fixture article "${outcome.id}" was not new.`);
      }
    },
    async (db) => {
      for (const id of ids) await deleteArticle(db, id);
    },
  );
  // Object.assign, not a spread: a spread would read the `db` getter once, before the tests start.
  return Object.assign(api, {
    /**
     * The one fact of a kind that exactly these of the file's articles report (and of this date,
     * when given); the test fails if there is none or more than one.
     */
    async fact(kind: ReportedFact["kind"], sources: string[], date?: string | null): Promise<ReportedFact> {
      const wanted = [...sources].sort().join();
      const found = (await api.facts(ids, kind)).filter(
        (f) => [...f.sources].sort().join() === wanted && (date === undefined || f.date === date),
      );
      if (found.length !== 1) throw new Error(`${found.length} ${kind} facts are reported by ${wanted}, not one.`);
      return found[0];
    },
  });
}

function harness(setUp: (db: Database) => Promise<void>, tearDown: (db: Database) => Promise<void>) {
  const session = inProcessServer({ setUp, tearDown });
  const api = {
    get db(): Database {
      return session.db;
    },
    async facts(articleIds: string[], kind?: ReportedFact["kind"]): Promise<ReportedFact[]> {
      const facts = await session.db.read<ReportedFact>("test/factsReported", { ids: articleIds });
      return kind ? facts.filter((fact) => fact.kind === kind) : facts;
    },
    async query(query: string, variables: Record<string, unknown> = {}) {
      const { body } = await graphql(session.server.url, query, variables);
      if (body.errors) throw new Error(`GraphQL errors: ${JSON.stringify(body.errors)}`);
      return body.data;
    },
    async failure(query: string, variables: Record<string, unknown> = {}): Promise<{ message: string; code: string }> {
      const { body } = await graphql(session.server.url, query, variables);
      if (!body.errors) throw new Error(`Expected an error, got ${JSON.stringify(body.data)}`);
      return { message: body.errors[0].message, code: body.errors[0].extensions?.code };
    },
  };
  return api;
}
