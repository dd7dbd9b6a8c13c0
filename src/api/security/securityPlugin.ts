import type { ApolloServerPlugin } from "@apollo/server";
import { ErrorCode, NewsgraphError } from "../../errors";
import type { Context } from "../context";
import { ApiKeys, bearerToken } from "./apiKeys";
import { measureOperation } from "./operationCost";
import { RateLimiter } from "./rateLimiter";

export interface SecurityLimits {
  maxDepth: number;
  maxCost: number;
  maxAliases: number;
  apiKeys: readonly string[];
  /** Reads need a key too (mutations always do, once keys are configured). */
  readsRequireKey: boolean;
  rateLimit: { requests: number; cost: number };
}

/**
 * Checks each operation once it is parsed and before it runs: who may run it (API keys), how big
 * it is (depth, aliases, cost), and how much the client has asked for this minute.
 */
export function securityPlugin(limits: SecurityLimits): ApolloServerPlugin<Context> {
  const keys = new ApiKeys(limits.apiKeys);
  const rates = new RateLimiter(limits.rateLimit);
  return {
    async requestDidStart() {
      return {
        async didResolveOperation({ operation, document, request, contextValue, schema }) {
          if (!operation) return; // Apollo has already refused it
          // graphql-js finds this only when executing, and its error has no code (so it was masked as internal).
          if (!schema.getRootType(operation.operation)) {
            throw new NewsgraphError(ErrorCode.BAD_USER_INPUT, `This API has no ${operation.operation} operations; send a query or a mutation.`, { status: 400 });
          }
          const size = measureOperation(schema, document, operation, request.variables);
          if (size.depth > limits.maxDepth) tooComplex(`The operation is nested ${size.depth} levels deep; at most ${limits.maxDepth} are allowed.`);
          if (size.aliases > limits.maxAliases) tooComplex(`The operation uses ${size.aliases} aliases; at most ${limits.maxAliases} are allowed.`);
          if (size.cost > limits.maxCost) {
            tooComplex(`The operation may return about ${size.cost} items; at most ${limits.maxCost} are allowed: ask for smaller pages (\`first\`).`);
          }

          const token = bearerToken(request.http?.headers.get("authorization") ?? undefined);
          const key = keys.match(token);
          if (token && !key) throw new NewsgraphError(ErrorCode.UNAUTHENTICATED, "The API key in the Authorization header is not valid.", { status: 401 });
          const needsKey = keys.configured && (operation.operation === "mutation" || limits.readsRequireKey);
          if (needsKey && !key) {
            const what = operation.operation === "mutation" ? "Changing the graph" : "Reading the graph";
            throw new NewsgraphError(ErrorCode.UNAUTHENTICATED, `${what} needs an API key: send \`Authorization: Bearer <key>\`.`, { status: 401 });
          }

          const wait = rates.take(key ? `key:${key}` : `address:${contextValue.request.client}`, size.cost);
          if (wait > 0) {
            throw new NewsgraphError(ErrorCode.RATE_LIMITED, `Too many requests this minute; try again in ${wait} s.`, {
              status: 429,
              headers: new Map([["retry-after", String(wait)]]),
            });
          }
        },
      };
    },
  };
}

function tooComplex(message: string): never {
  throw new NewsgraphError(ErrorCode.QUERY_TOO_COMPLEX, message, { status: 400 });
}
