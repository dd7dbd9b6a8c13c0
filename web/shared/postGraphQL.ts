/** A GraphQL response as the server sends it. */
export interface GraphQLResponse<T = unknown> {
  data?: T | null;
  errors?: { message: string; extensions?: { code?: string } }[];
}

/**
 * POSTs an operation to this server's /graphql (never anywhere else) and returns its JSON.
 * Transport failures become Errors with a sentence a researcher can act on.
 */
export async function postGraphQL<T>(
  body: { query: string; variables?: Record<string, unknown> | null; operationName?: string | null },
  init: { headers?: Record<string, string>; signal?: AbortSignal } = {},
): Promise<GraphQLResponse<T>> {
  let response: Response;
  try {
    response = await fetch("/graphql", {
      method: "POST",
      headers: { ...init.headers, "content-type": "application/json", accept: "application/json" },
      body: JSON.stringify(body),
      signal: init.signal,
    });
  } catch (error) {
    if (init.signal?.aborted) throw error;
    throw new Error("The newsgraph server cannot be reached; is it still running?");
  }
  try {
    return (await response.json()) as GraphQLResponse<T>;
  } catch {
    throw new Error(`The server answered ${response.status} ${response.statusText} without a GraphQL response.`);
  }
}
