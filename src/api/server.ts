import http, { type IncomingMessage, type ServerResponse } from "node:http";
import type { AddressInfo } from "node:net";
import { ApolloServer, HeaderMap } from "@apollo/server";
import { ApolloServerPluginCacheControlDisabled, ApolloServerPluginLandingPageDisabled } from "@apollo/server/plugin/disabled";
import { ApolloServerPluginDisableSuggestions } from "@apollo/server/plugin/disableSuggestions";
import { randomUUID } from "node:crypto";
import type { Database } from "../graph/database";
import { loadConfig, type Config } from "../config";
import { ConfigError, ErrorCode, normalizeError } from "../errors";
import { createContext, type Context } from "./context";
import { drainHttpServer } from "./drainHttpServer";
import { errorLogPlugin } from "./errorLogPlugin";
import { buildApiSchema } from "./schema";
import { securityPlugin } from "./security/securityPlugin";
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
export async function startServer(db: Database, port: number, host = "0.0.0.0", options: ServerOptions = {}): Promise<Server> {
  const api = options.api ?? loadConfig({}).api;
  const pages = { playground: options.playground ?? false };
  const httpServer = http.createServer();
  const apollo = new ApolloServer<Context>({
    schema: await buildApiSchema(),
    formatError: normalizeError,
    introspection: api.introspection,
    // Apollo's defaults, said out loud: no batched operations, CSRF prevention on.
    allowBatchedHttpRequests: false,
    csrfPrevention: true,
    // `newsgraph serve` owns the signals: it stops the server, then the driver, then Neo4j.
    stopOnTerminationSignals: false,
    plugins: [
      // SIGTERM: requests already sent are answered (10 s at most), even when the loop was busy.
      drainHttpServer(httpServer, 10_000),
      ApolloServerPluginLandingPageDisabled(),
      // No cache hints are set: without this, Apollo wraps every field's resolver to collect them.
      ApolloServerPluginCacheControlDisabled(),
      securityPlugin(api),
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
    const url = new URL(req.url ?? "/", "http://localhost");
    if (url.pathname === "/health" && req.method === "GET") return health(res);
    if (url.pathname === "/graphql") return graphql(req, res, url);
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
    const body = await readBody(req, api.maxBodyBytes);
    if (body === undefined) return sendError(res, 413, ErrorCode.BAD_USER_INPUT, `The request body is over the limit of ${api.maxBodyBytes} bytes.`);
    const headers = new HeaderMap();
    for (const [key, value] of Object.entries(req.headers)) {
      if (value !== undefined) headers.set(key, Array.isArray(value) ? value.join(", ") : value);
    }
    let parsed: unknown = body;
    if (headers.get("content-type")?.startsWith("application/json") && body.length > 0) {
      try {
        parsed = JSON.parse(body);
      } catch {
        return sendError(res, 400, "BAD_REQUEST", "The request body is not valid JSON.");
      }
    }
    const query = (parsed as { query?: unknown } | null)?.query ?? url.searchParams.get("query");
    if (typeof query === "string" && Buffer.byteLength(query) > api.maxQueryBytes) {
      return sendError(res, 400, ErrorCode.QUERY_TOO_COMPLEX, `The query text is ${Buffer.byteLength(query)} bytes long, over the limit of ${api.maxQueryBytes}.`);
    }
    const response = await apollo.executeHTTPGraphQLRequest({
      httpGraphQLRequest: { method: req.method ?? "GET", headers, search: url.search, body: parsed },
      context: async () => createContext(db, { id: requestId, client: req.socket.remoteAddress ?? "unknown" }),
    });
    for (const [key, value] of response.headers) res.setHeader(key, value);
    res.statusCode = response.status ?? 200;
    if (response.body.kind === "complete") return void res.end(response.body.string);
    for await (const chunk of response.body.asyncIterator) res.write(chunk);
    res.end();
  }

  await new Promise<void>((resolve, reject) => {
    httpServer.once("error", (error: NodeJS.ErrnoException) => {
      void apollo.stop();
      reject(error.code === "EADDRINUSE" ? new ConfigError(`Port ${port} is already in use; set PORT or --port to a free one.`) : error);
    });
    httpServer.listen(port, host, resolve);
  });
  const address = httpServer.address() as AddressInfo;
  return {
    url: `http://${host === "0.0.0.0" ? "127.0.0.1" : host}:${address.port}`,
    stop: () => apollo.stop(),
  };
}

/** The body as text, or undefined past the size limit. */
async function readBody(req: IncomingMessage, maxBodyBytes: number): Promise<string | undefined> {
  const chunks: Buffer[] = [];
  let size = 0;
  for await (const chunk of req as AsyncIterable<Buffer>) {
    size += chunk.length;
    if (size > maxBodyBytes) return undefined;
    chunks.push(chunk);
  }
  return Buffer.concat(chunks).toString("utf8");
}

function sendError(res: ServerResponse, status: number, code: string, message: string): void {
  send(res, status, { errors: [{ message, extensions: { code } }] });
}

function send(res: ServerResponse, status: number, body: unknown): void {
  res.writeHead(status, { "content-type": "application/json; charset=utf-8" });
  res.end(JSON.stringify(body));
}
