import http, { type IncomingMessage, type ServerResponse } from "node:http";
import type { AddressInfo } from "node:net";
import { ApolloServer, HeaderMap } from "@apollo/server";
import {
  ApolloServerPluginCacheControlDisabled,
  ApolloServerPluginLandingPageDisabled,
} from "@apollo/server/plugin/disabled";
import { ApolloServerPluginDisableSuggestions } from "@apollo/server/plugin/disableSuggestions";
import { randomUUID } from "node:crypto";
import type { Database } from "../graph/database";
import { loadConfig, type Config } from "../config";
import { ConfigError, ErrorCode, NewsgraphError, normalizeError } from "../errors";
import { createContext, type Context } from "./context";
import { drainHttpServer } from "./drainHttpServer";
import { serveExport } from "./export/serveExport";
import { errorLogPlugin } from "./errorLogPlugin";
import { buildApiSchema } from "./schema";
import { BodyReader } from "./bodyReader";
import { RequestGate } from "./security/requestGate";
import { serveWebPage, type WebPagesOptions } from "./webPages";

export interface ServerOptions extends Partial<WebPagesOptions> {
  /** Limits and keys; the defaults of a development configuration when absent. */
  api?: Config["api"];
}

export interface Server {
  /** The base URL it listens on, e.g. http://127.0.0.1:4000 */
  url: string;
  /** Stops taking requests, lets in-flight ones finish, then resolves. */
  stop(): Promise<void>;
}

/**
 * Serves GraphQL at /graphql, GET /health and the researcher's pages (the explorer at /, GraphiQL
 * at /playground when `options.playground`) on a plain Node HTTP server.
 */
export async function startServer(
  db: Database,
  port: number,
  host = "0.0.0.0",
  options: ServerOptions = {},
): Promise<Server> {
  const api = options.api ?? loadConfig({}).api;
  const pages = { playground: options.playground ?? false };
  // Node's defaults let a request take 5 minutes to arrive, checked every 30 s: a few slow
  // clients could hold the server's connections. A whole request must arrive within
  // bodyTimeoutMs (408 and the connection closed), its headers within 10 s.
  const httpServer = http.createServer({
    requestTimeout: api.bodyTimeoutMs,
    headersTimeout: Math.min(10_000, api.bodyTimeoutMs),
    connectionsCheckingInterval: 1000,
  });
  const schema = await buildApiSchema();
  const gate = new RequestGate(api, schema);
  const bodies = new BodyReader({
    maxBodyBytes: api.maxBodyBytes,
    slowBodyMs: slowBodyMs,
    slowBodiesPerClient: api.slowBodiesPerClient,
  });
  const apollo = new ApolloServer<Context>({
    schema,
    formatError: normalizeError,
    introspection: api.introspection,
    // Apollo's defaults, said out loud: no batched operations, CSRF prevention on.
    allowBatchedHttpRequests: false,
    csrfPrevention: true,
    // Operations arrive as text only: a persisted query (a hash standing for text sent earlier)
    // would reach Apollo without passing the gate, which reads the text.
    persistedQueries: false,
    // `newsgraph serve` owns the signals: it stops the server, then the driver, then Neo4j.
    stopOnTerminationSignals: false,
    plugins: [
      // SIGTERM: requests already sent are answered (within stopGraceMs), even when the loop was busy.
      drainHttpServer(httpServer, api.stopGraceMs),
      ApolloServerPluginLandingPageDisabled(),
      // No cache hints are set: without this, Apollo wraps every field's resolver to collect them.
      ApolloServerPluginCacheControlDisabled(),
      errorLogPlugin(),
      // Suggestions ("Did you mean …") reveal the schema exactly when introspection is off.
      ...(api.introspection ? [] : [ApolloServerPluginDisableSuggestions()]),
    ],
  });
  await apollo.start();

  httpServer.on("request", (req, res) => {
    route(req, res).catch((error) => {
      console.error("request failed:", error);
      if (!res.headersSent) send(res, 500, { error: "Internal server error." });
      else res.end();
    });
  });

  async function route(req: IncomingMessage, res: ServerResponse): Promise<void> {
    let url: URL;
    try {
      url = new URL(req.url ?? "/", "http://localhost");
    } catch {
      return send(res, 400, {
        error: `The request target ${JSON.stringify(String(req.url).slice(0, 200))} is not a valid path.`,
      });
    }
    if (url.pathname === "/health" && req.method === "GET") return health(res);
    if (url.pathname === "/graphql") return graphql(req, res, url);
    if (url.pathname.startsWith("/export/")) return serveExport(req, res, url, db, gate);
    if (await serveWebPage(req, res, url.pathname, pages)) return;
    send(res, 404, { error: `Nothing is served at ${url.pathname}; GraphQL is at /graphql.` });
  }

  async function health(res: ServerResponse): Promise<void> {
    try {
      await db.ping();
      send(res, 200, { status: "ok", neo4j: "reachable" });
    } catch (error) {
      send(res, 503, { status: "unavailable", reason: (error as Error).message });
    }
  }

  async function graphql(req: IncomingMessage, res: ServerResponse, url: URL): Promise<void> {
    const given = req.headers["x-request-id"];
    const requestId = typeof given === "string" && /^[\w-]{1,64}$/.test(given) ? given : randomUUID();
    res.setHeader("x-request-id", requestId);
    const address = req.socket.remoteAddress ?? "unknown";
    // Key and rate first, from the headers alone: a refused client costs no body read or parse
    // (Node reads an unread body off the connection after the answer, so it stays usable).
    let admission;
    try {
      admission = gate.admit(req.headers.authorization, address);
    } catch (error) {
      return sendRefusal(res, error);
    }
    const body = await bodies.read(req, address);
    if (body.kind === "aborted") return; // the client has gone: nothing to answer, nothing to log
    if (body.kind === "tooSlow") {
      res.setHeader("connection", "close");
      return sendError(
        res,
        408,
        ErrorCode.BAD_USER_INPUT,
        `This address is already sending ${api.slowBodiesPerClient} slow request bodies; send one at a time, faster.`,
      );
    }
    if (body.kind === "tooLarge") {
      // Drained: the connection stays usable. Not drained (far over the limit): it is closed.
      if (!body.drained) res.setHeader("connection", "close");
      return sendError(
        res,
        413,
        ErrorCode.BAD_USER_INPUT,
        `The request body is over the limit of ${api.maxBodyBytes} bytes.`,
      );
    }
    const headers = new HeaderMap();
    for (const [key, value] of Object.entries(req.headers)) {
      if (value !== undefined) headers.set(key, Array.isArray(value) ? value.join(", ") : value);
    }
    let parsed: unknown = body.text;
    if (headers.get("content-type")?.startsWith("application/json") && body.text.length > 0) {
      try {
        parsed = JSON.parse(body.text);
      } catch {
        return sendError(res, 400, "BAD_REQUEST", "The request body is not valid JSON.");
      }
    }
    // Apollo reads a GET's operation from the query string and a POST's from the body; both are
    // checked for size, whichever it will read.
    const fromBody =
      parsed !== null && typeof parsed === "object" && !Array.isArray(parsed)
        ? (parsed as Record<string, unknown>)
        : {};
    const search = url.searchParams;
    for (const text of [fromBody.query, search.get("query")]) {
      if (typeof text === "string" && Buffer.byteLength(text) > api.maxQueryBytes) {
        return sendError(
          res,
          400,
          ErrorCode.QUERY_TOO_COMPLEX,
          `The query text is ${Buffer.byteLength(text)} bytes long, over the limit of ${api.maxQueryBytes}.`,
        );
      }
    }
    const get = req.method === "GET";
    const query = get ? search.get("query") : fromBody.query;
    if (typeof query === "string") {
      try {
        gate.check(
          admission,
          query,
          get ? search.get("operationName") : fromBody.operationName,
          get ? jsonOrUndefined(search.get("variables")) : fromBody.variables,
        );
      } catch (error) {
        return sendRefusal(res, error);
      }
    }
    const response = await apollo.executeHTTPGraphQLRequest({
      httpGraphQLRequest: { method: req.method ?? "GET", headers, search: url.search, body: parsed },
      context: async () => createContext(db, { id: requestId, client: address }),
    });
    for (const [key, value] of response.headers) res.setHeader(key, value);
    if (response.body.kind === "complete") {
      const size = Buffer.byteLength(response.body.string);
      if (size > api.maxAnswerBytes) {
        return sendError(
          res,
          400,
          ErrorCode.QUERY_TOO_COMPLEX,
          `The answer is ${size} bytes, over the limit of ${api.maxAnswerBytes}: ask for smaller pages (\`first\`) and fewer nested lists.`,
        );
      }
      res.statusCode = response.status ?? 200;
      return void res.end(response.body.string);
    }
    res.statusCode = response.status ?? 200;
    for await (const chunk of response.body.asyncIterator) res.write(chunk);
    res.end();
  }

  await new Promise<void>((resolve, reject) => {
    httpServer.once("error", (error: NodeJS.ErrnoException) => {
      void apollo.stop();
      reject(
        error.code === "EADDRINUSE"
          ? new ConfigError(`Port ${port} is already in use; set PORT or --port to a free one.`)
          : error,
      );
    });
    httpServer.listen(port, host, resolve);
  });
  const address = httpServer.address() as AddressInfo;
  return {
    url: `http://${host === "0.0.0.0" ? "127.0.0.1" : host}:${address.port}`,
    stop: () => apollo.stop(),
  };
}

/** A body still arriving after 2 s is slow (NEWSGRAPH_SLOW_BODIES_PER_CLIENT bounds them per address). */
const slowBodyMs = 2000;

function jsonOrUndefined(text: string | null): unknown {
  try {
    return text === null ? undefined : JSON.parse(text);
  } catch {
    return undefined; // Apollo answers it
  }
}

/** A refusal of the gate (a NewsgraphError with its HTTP status), as Apollo would have sent it. */
function sendRefusal(res: ServerResponse, error: unknown): void {
  if (!(error instanceof NewsgraphError)) throw error;
  const http = error.extensions.http as { status: number; headers?: Map<string, string> } | undefined;
  for (const [key, value] of http?.headers ?? []) res.setHeader(key, value);
  sendError(res, http?.status ?? 400, String(error.extensions.code), error.message);
}

function sendError(res: ServerResponse, status: number, code: string, message: string): void {
  send(res, status, { errors: [{ message, extensions: { code } }] });
}

function send(res: ServerResponse, status: number, body: unknown): void {
  res.writeHead(status, { "content-type": "application/json; charset=utf-8" });
  res.end(JSON.stringify(body));
}
