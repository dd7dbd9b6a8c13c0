import { GraphQLError, type GraphQLFormattedError } from "graphql";

/** The codes a client can see in `extensions.code`. Anything else is masked as INTERNAL_SERVER_ERROR. */
export enum ErrorCode {
  BAD_USER_INPUT = "BAD_USER_INPUT",
  NOT_FOUND = "NOT_FOUND",
  SERVICE_UNAVAILABLE = "SERVICE_UNAVAILABLE",
  INTERNAL_SERVER_ERROR = "INTERNAL_SERVER_ERROR",
}

/** An error whose message is meant for the user: one sentence naming the offending value. */
export class NewsgraphError extends GraphQLError {
  constructor(code: ErrorCode, message: string) {
    super(message, { extensions: { code } });
    this.name = new.target.name;
  }
}

export class BadInputError extends NewsgraphError {
  constructor(message: string) {
    super(ErrorCode.BAD_USER_INPUT, message);
  }
}

export class DatabaseUnavailableError extends NewsgraphError {
  constructor(message = "Neo4j is not reachable right now; try again shortly.") {
    super(ErrorCode.SERVICE_UNAVAILABLE, message);
  }
}

/** A problem with the configuration or the machine, found before anything is served. */
export class ConfigError extends Error {
  name = "ConfigError";
}

const clientCodes = new Set<string>([
  ErrorCode.BAD_USER_INPUT,
  ErrorCode.NOT_FOUND,
  ErrorCode.SERVICE_UNAVAILABLE,
  // Raised by graphql-js and Apollo themselves for malformed operations.
  "GRAPHQL_PARSE_FAILED",
  "GRAPHQL_VALIDATION_FAILED",
  "BAD_REQUEST",
  "PERSISTED_QUERY_NOT_FOUND",
  "PERSISTED_QUERY_NOT_SUPPORTED",
  "OPERATION_RESOLUTION_FAILURE",
]);

/**
 * The one normaliser (Apollo's `formatError`): errors with a client code pass through without
 * their stack; everything else becomes INTERNAL_SERVER_ERROR with a fixed message, so no
 * Cypher, driver message or stack trace reaches a client.
 */
export function normalizeError(formatted: GraphQLFormattedError): GraphQLFormattedError {
  const code = String(formatted.extensions?.code ?? "");
  if (clientCodes.has(code)) {
    return { message: formatted.message, locations: formatted.locations, path: formatted.path, extensions: { code } };
  }
  return { message: "Internal server error.", path: formatted.path, extensions: { code: ErrorCode.INTERNAL_SERVER_ERROR } };
}
