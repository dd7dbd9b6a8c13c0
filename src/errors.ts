import { GraphQLError, type GraphQLFormattedError } from "graphql";

/** The codes a client can see in `extensions.code`. Anything else is masked as INTERNAL_SERVER_ERROR. */
export enum ErrorCode {
  BAD_USER_INPUT = "BAD_USER_INPUT",
  NOT_FOUND = "NOT_FOUND",
  /** No API key, or not a valid one, where one is required. */
  UNAUTHENTICATED = "UNAUTHENTICATED",
  /** Over a limit of depth, cost, aliases or size: refused before it runs. */
  QUERY_TOO_COMPLEX = "QUERY_TOO_COMPLEX",
  /** Over the per-key rate limit; the response says when to retry (HTTP 429, Retry-After). */
  RATE_LIMITED = "RATE_LIMITED",
  /** The database did not finish in the time allowed. */
  TIMEOUT = "TIMEOUT",
  SERVICE_UNAVAILABLE = "SERVICE_UNAVAILABLE",
  /**
   * Concurrent writes got in the way: a write still deadlocked after its retry window, or a fact
   * was deleted while this request read it. Sending the same request again is safe (HTTP 503,
   * Retry-After).
   */
  TRY_AGAIN = "TRY_AGAIN",
  INTERNAL_SERVER_ERROR = "INTERNAL_SERVER_ERROR",
}

/** An error whose message is meant for the user: one sentence naming the offending value. */
export class NewsgraphError extends GraphQLError {
  /** `http` (status, headers) is read by Apollo for the HTTP response and not sent in the error. */
  constructor(code: ErrorCode, message: string, http?: { status: number; headers?: Map<string, string> }) {
    super(message, { extensions: http ? { code, http } : { code } });
    this.name = new.target.name;
  }
}

export class BadInputError extends NewsgraphError {
  constructor(message: string) {
    super(ErrorCode.BAD_USER_INPUT, message);
  }
}

export class TimeoutError extends NewsgraphError {
  constructor(seconds: number) {
    super(
      ErrorCode.TIMEOUT,
      `The database did not answer within ${seconds} s; ask for less (a smaller \`first\`, a narrower date range) or try again.`,
    );
  }
}

export class DatabaseUnavailableError extends NewsgraphError {
  constructor(message = "Neo4j is not reachable right now; try again shortly.") {
    super(ErrorCode.SERVICE_UNAVAILABLE, message);
  }
}

/** Retryable: see ErrorCode.TRY_AGAIN. */
export class TryAgainError extends NewsgraphError {
  constructor(message: string, retryAfterSeconds = 1) {
    super(ErrorCode.TRY_AGAIN, message, {
      status: 503,
      headers: new Map([["retry-after", String(retryAfterSeconds)]]),
    });
  }
}

/** A problem with the configuration or the machine, found before anything is served. */
export class ConfigError extends Error {
  name = "ConfigError";
}

const clientCodes = new Set<string>([
  ...Object.values(ErrorCode).filter((code) => code !== ErrorCode.INTERNAL_SERVER_ERROR),
  // Raised by graphql-js and Apollo themselves for malformed operations.
  "GRAPHQL_PARSE_FAILED",
  "GRAPHQL_VALIDATION_FAILED",
  "BAD_REQUEST",
  "PERSISTED_QUERY_NOT_FOUND",
  "PERSISTED_QUERY_NOT_SUPPORTED",
  "OPERATION_RESOLUTION_FAILURE",
]);

/**
 * graphql-js checks a field's arguments only when it runs the field, and raises what it finds
 * ('Argument "maxHops" of non-null type "Int!" must not be null.') with no code: that is the
 * client's input, not a fault of ours.
 */
const argumentProblem = (error: unknown): boolean =>
  error instanceof GraphQLError &&
  error.extensions?.code === undefined &&
  error.originalError instanceof GraphQLError &&
  error.originalError.originalError === undefined &&
  /^Argument "[^"]+" /.test(error.originalError.message);

/** The code a client sees for an error: its own when it is a client code, BAD_USER_INPUT for an argument graphql-js refused, else none. */
function clientCodeOf(code: unknown, error: unknown): string | null {
  if (clientCodes.has(String(code ?? ""))) return String(code);
  return argumentProblem(error) ? ErrorCode.BAD_USER_INPUT : null;
}

/** True for errors meant for the client (a known code); false for the unexpected, which are masked. */
export function isClientError(error: GraphQLError): boolean {
  return clientCodeOf(error.extensions?.code, error) !== null;
}

/**
 * The one normaliser (Apollo's `formatError`): errors with a client code pass through without
 * their stack; everything else becomes INTERNAL_SERVER_ERROR with a fixed message, so no
 * Cypher, driver message or stack trace reaches a client.
 */
export function normalizeError(formatted: GraphQLFormattedError, error?: unknown): GraphQLFormattedError {
  const code = clientCodeOf(formatted.extensions?.code, error);
  if (code !== null) {
    return { message: formatted.message, locations: formatted.locations, path: formatted.path, extensions: { code } };
  }
  return {
    message: "Internal server error.",
    path: formatted.path,
    extensions: { code: ErrorCode.INTERNAL_SERVER_ERROR },
  };
}
