import { getOperationAST, parse, type DocumentNode, type GraphQLSchema } from "graphql";
import { ErrorCode, NewsgraphError } from "../../errors";
import { ApiKeys, bearerToken } from "./apiKeys";
import { measureOperation } from "./operationCost";
import { RateLimiter } from "./rateLimiter";

export interface GateLimits {
  maxDepth: number;
  maxCost: number;
  maxAliases: number;
  /** Selections written in the document (validation's work grows with their square when they repeat). */
  maxSelections: number;
  apiKeys: readonly string[];
  /** Reads need a key too (mutations always do, once keys are configured). */
  readsRequireKey: boolean;
  rateLimit: { requests: number; cost: number };
  /** Wrong keys per address per minute before every keyed request from it is refused (429). */
  authFailures: number;
}

/** Who is asking, once admitted: the rate-limit bucket and the key's fingerprint, if any. */
export interface Admission {
  client: string;
  key: string | undefined;
}

/**
 * The checks an operation passes before Apollo parses, validates and runs it, cheapest first:
 * the key and the request rate (from the headers alone, before the body is read), then the
 * operation's size (parsed once, measured in time linear in the document). A refused operation
 * has already counted against its client's rate, so refusals are no free way to burn CPU.
 * Every refusal is a NewsgraphError carrying its HTTP status (and Retry-After for a 429).
 */
export class RequestGate {
  private readonly keys: ApiKeys;
  private readonly rates: RateLimiter;
  private readonly failures: RateLimiter;

  constructor(
    private readonly limits: GateLimits,
    private readonly schema: GraphQLSchema,
    now: () => number = Date.now,
  ) {
    this.keys = new ApiKeys(limits.apiKeys);
    // Counted in this process only: rate limits are per instance (see Config["api"]["rateLimit"]).
    this.rates = new RateLimiter(limits.rateLimit, now);
    this.failures = new RateLimiter({ requests: limits.authFailures, cost: Infinity }, now);
  }

  /** From the headers: the key, the address's failed keys, and one request of the client's rate. */
  admit(authorization: string | undefined, address: string): Admission {
    const token = bearerToken(authorization);
    let key: string | undefined;
    if (token) {
      // Once an address has guessed wrong too often, it may not try any key, right or wrong, this minute.
      const locked = this.failures.blocked(`address:${address}`);
      if (locked > 0)
        throw rateLimited(`Too many wrong API keys from this address this minute; try again in ${locked} s.`, locked);
      key = this.keys.match(token);
      if (!key) {
        const wait = this.failures.take(`address:${address}`, 0);
        if (wait > 0)
          throw rateLimited(`Too many wrong API keys from this address this minute; try again in ${wait} s.`, wait);
        throw new NewsgraphError(ErrorCode.UNAUTHENTICATED, "The API key in the Authorization header is not valid.", {
          status: 401,
        });
      }
    }
    if (!key && this.keys.configured && this.limits.readsRequireKey) throw needsKey("Reading the graph");
    const client = key ? `key:${key}` : `address:${address}`;
    const wait = this.rates.take(client, 0);
    if (wait > 0) throw rateLimited(`Too many requests this minute; try again in ${wait} s.`, wait);
    return { client, key };
  }

  /**
   * The operation's size against the limits, and its cost against the client's rate. Text that
   * does not parse, or names no operation, is left to Apollo, which answers it as usual.
   */
  check(admission: Admission, query: string, operationName: unknown, variables: unknown): void {
    let document: DocumentNode;
    try {
      document = parse(query, { noLocation: true });
    } catch {
      return;
    }
    const operation = getOperationAST(document, typeof operationName === "string" ? operationName : undefined);
    if (!operation) return;
    // graphql-js finds this only when executing, and its error has no code (so it was masked as internal).
    if (!this.schema.getRootType(operation.operation)) {
      throw new NewsgraphError(
        ErrorCode.BAD_USER_INPUT,
        `This API has no ${operation.operation} operations; send a query or a mutation.`,
        { status: 400 },
      );
    }
    const given =
      variables !== null && typeof variables === "object" && !Array.isArray(variables)
        ? (variables as Record<string, unknown>)
        : {};
    const size = measureOperation(this.schema, document, operation, given);
    const { maxSelections, maxDepth, maxAliases, maxCost } = this.limits;
    if (size.selections > maxSelections)
      tooComplex(`The operation holds ${size.selections} selections; at most ${maxSelections} are allowed.`);
    if (size.depth > maxDepth)
      tooComplex(`The operation is nested ${size.depth} levels deep; at most ${maxDepth} are allowed.`);
    if (size.aliases > maxAliases)
      tooComplex(`The operation uses ${size.aliases} aliases; at most ${maxAliases} are allowed.`);
    if (size.cost > maxCost) {
      tooComplex(
        `The operation may return up to ${size.cost} items; at most ${maxCost} are allowed: ask for smaller pages (\`first\`) and fewer nested lists.`,
      );
    }
    if (this.keys.configured && !admission.key && operation.operation === "mutation")
      throw needsKey("Changing the graph");
    const wait = this.rates.take(admission.client, size.cost, 0);
    if (wait > 0) throw rateLimited(`Too many items asked for this minute; try again in ${wait} s.`, wait);
  }
}

function tooComplex(message: string): never {
  throw new NewsgraphError(ErrorCode.QUERY_TOO_COMPLEX, message, { status: 400 });
}

function needsKey(what: string): NewsgraphError {
  return new NewsgraphError(
    ErrorCode.UNAUTHENTICATED,
    `${what} needs an API key: send \`Authorization: Bearer <key>\`.`,
    { status: 401 },
  );
}

function rateLimited(message: string, wait: number): NewsgraphError {
  return new NewsgraphError(ErrorCode.RATE_LIMITED, message, {
    status: 429,
    headers: new Map([["retry-after", String(wait)]]),
  });
}
