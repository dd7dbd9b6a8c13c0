import { GraphQLError } from "graphql";
import type { Database } from "../graph/database";
import { storedHashes } from "../graph/storedHashes";
import { writeArticles, type WriteStatus } from "../graph/writeArticles";
import { BadInputError, DatabaseUnavailableError, ErrorCode, NewsgraphError, TryAgainError } from "../errors";
import type { ArticleInput, ValidArticle } from "./articleInput";
import { CallIds } from "./callIds";
import { extractOffThread } from "./extractOffThread";
import { identifyArticle } from "./identifyArticle";
import { writtenFacts, type ArticleWrite } from "../graph/articleWrite";
import { graphRecord } from "./graphRecord";

export type IngestOutcome =
  { ok: true; id: string; status: WriteStatus; facts: number } | { ok: false; id: string | null; error: GraphQLError };

/**
 * The ingestion pipeline: validate → identify → skip what is stored unchanged → extract (off the
 * event loop when the batch is large) → write.
 * The articles that pass are written in one transaction; should it fail, each is written alone,
 * so that one bad article cannot sink the others. One outcome per input, in order.
 */
export async function ingestArticles(
  db: Database,
  inputs: readonly ArticleInput[],
  now = new Date(),
): Promise<IngestOutcome[]> {
  const identified = inputs.map((input) => identify(input, now));
  const articles = identified.filter((a): a is ValidArticle => "contentHash" in a);
  refuseRepeats(articles);
  const stored = await storedHashes(
    db,
    articles.map((a) => a.id),
  );
  const changed = articles.filter((a) => stored.get(a.id) !== a.contentHash);
  const extracted = new Map(zip(changed, await extractOffThread(changed)));
  const prepared = identified.map((a): ArticleWrite | IngestOutcome => {
    if (!("contentHash" in a)) return a;
    const facts = extracted.get(a);
    if (!facts) return { ok: true, id: a.id, status: "UNCHANGED", facts: 0 };
    return attempt(a.id, () => {
      if (facts instanceof Error) throw facts;
      return graphRecord(a, facts, now.toISOString());
    });
  });
  const records = prepared.filter((p): p is ArticleWrite => "article" in p);
  const written = await write(db, records);
  return prepared.map((p) => ("article" in p ? written.get(p)! : p));
}

function identify(input: ArticleInput, now: Date): ValidArticle | IngestOutcome {
  return attempt(input.id?.trim() || null, () => identifyArticle(input, now));
}

async function write(db: Database, records: ArticleWrite[]): Promise<Map<ArticleWrite, IngestOutcome>> {
  const outcomes = new Map<ArticleWrite, IngestOutcome>();
  try {
    const statuses = await writeArticles(db, records);
    records.forEach((record, i) => outcomes.set(record, success(record, statuses[i])));
  } catch (error) {
    // Neo4j gone is no article's fault: fail the call (the CLI stops, the API says so once)
    // rather than wait for each article alone to fail the same way.
    if (error instanceof DatabaseUnavailableError) throw error;
    // Nor is losing to concurrent writes for the whole retry window: alone, each would lose again.
    if (error instanceof TryAgainError) throw error;
    if (records.length === 1) outcomes.set(records[0], failure(records[0].article.id, error));
    else for (const record of records) outcomes.set(record, (await write(db, [record])).get(record)!);
  }
  return outcomes;
}

const zip = <A, B>(as: readonly A[], bs: readonly B[]): Array<[A, B]> => as.map((a, i) => [a, bs[i]]);

/** The value `work` returns, or the failure outcome of the article `id` when it throws. */
function attempt<T>(id: string | null, work: () => T): T | IngestOutcome {
  try {
    return work();
  } catch (error) {
    return failure(id, error);
  }
}

/** `facts` counts the fact nodes the article reports: sentences that say the same thing (one quote, repeated) are one. */
const success = (record: ArticleWrite, status: WriteStatus): IngestOutcome => ({
  ok: true,
  id: record.article.id,
  status,
  facts: status === "UNCHANGED" ? 0 : new Set(writtenFacts(record).map((fact) => fact.id)).size,
});

/** Refuses the call when two of its articles have one id (CallIds says when). */
function refuseRepeats(articles: readonly ValidArticle[]): void {
  const ids = new CallIds();
  for (const article of articles) {
    const repeat = ids.repeat(article);
    if (repeat) throw new BadInputError(repeat);
  }
}

function failure(id: string | null, error: unknown): IngestOutcome {
  if (error instanceof GraphQLError) return { ok: false, id, error };
  console.error(`ingesting article ${id ?? "(no id)"} failed:`, error);
  return { ok: false, id, error: new NewsgraphError(ErrorCode.INTERNAL_SERVER_ERROR, "Internal server error.") };
}
