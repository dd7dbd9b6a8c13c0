import { GraphQLError } from "graphql";
import { ErrorCode, NewsgraphError } from "../errors";
import type { ArticleInput } from "../ingestion/articleInput";
import type { IngestOutcome } from "../ingestion/ingestArticles";

const mutation = `mutation Ingest($input: [ArticleInput!]!) { ingestArticles(input: $input) { status facts article { id } } }`;

type Response = {
  data?: {
    ingestArticles: Array<{
      status: "CREATED" | "UPDATED" | "UNCHANGED";
      facts: number;
      article: { id: string };
    } | null> | null;
  };
  errors?: Array<{ message: string; path?: Array<string | number>; extensions?: { code?: string } }>;
};

/** Sends a batch through a running server's `ingestArticles`; a failure of the whole request throws. */
export async function postBatch(
  apiUrl: string,
  apiKey: string | undefined,
  batch: ArticleInput[],
): Promise<IngestOutcome[]> {
  const url = apiUrl.replace(/\/+$/, "").replace(/(\/graphql)?$/, "/graphql");
  const response = await fetch(url, {
    method: "POST",
    headers: { "content-type": "application/json", ...(apiKey ? { authorization: `Bearer ${apiKey}` } : {}) },
    body: JSON.stringify({ query: mutation, variables: { input: batch } }),
  }).catch((error: Error & { cause?: { code?: string } }) => {
    throw new NewsgraphError(
      ErrorCode.SERVICE_UNAVAILABLE,
      `The server at ${url} did not answer (${error.cause?.code ?? error.message}).`,
    );
  });
  const body = (await response.json().catch(() => ({}))) as Response;
  const results = body.data?.ingestArticles;
  if (!results) {
    const reason = body.errors?.[0]?.message ?? `HTTP ${response.status}`;
    throw new NewsgraphError(ErrorCode.SERVICE_UNAVAILABLE, `The server at ${url} refused the batch: ${reason}`);
  }
  return results.map((result, i): IngestOutcome => {
    if (result) return { ok: true, id: result.article.id, status: result.status, facts: result.facts };
    const error = body.errors?.find((e) => e.path?.[1] === i);
    return {
      ok: false,
      id: batch[i].id ?? null,
      error: new GraphQLError(error?.message ?? "The server gave no reason.", { extensions: error?.extensions }),
    };
  });
}
