import http, { type IncomingMessage, type ServerResponse } from "node:http";
import type { AddressInfo } from "node:net";
import { ApolloServer, HeaderMap } from "@apollo/server";
import { ApolloServerPluginDrainHttpServer } from "@apollo/server/plugin/drainHttpServer";
import { ApolloServerPluginLandingPageDisabled } from "@apollo/server/plugin/disabled";
import type { Database } from "../graph/database";
import { ConfigError, normalizeError } from "../errors";
import { createContext, type Context } from "./context";
import { buildApiSchema } from "./schema";
import { serveWebPage, type WebPagesOptions } from "./webPages";

const maxBodyBytes = 5 * 1024 * 1024;

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
export async function startServer(db: Database, port: number, host = "0.0.0.0", options: WebPagesOptions = { playground: false }): Promise<Server> {
  const httpServer = http.createServer();
  const apollo = new ApolloServer<Context>({
    schema: await buildApiSchema(),
    formatError: normalizeError,
    // `newsgraph serve` owns the signals: it stops the server, then the driver, then Neo4j.
    stopOnTerminationSignals: false,
    plugins: [ApolloServerPluginDrainHttpServer({ httpServer }), ApolloServerPluginLandingPageDisabled()],
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
    if (await serveWebPage(req, res, url.pathname, options)) return;
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
    const body = await readBody(req);
    if (body === undefined) return send(res, 413, { error: `The request body is over ${maxBodyBytes} bytes.` });
    const headers = new HeaderMap();
    for (const [key, value] of Object.entries(req.headers)) {
      if (value !== undefined) headers.set(key, Array.isArray(value) ? value.join(", ") : value);
    }
    let parsed: unknown = body;
    if (headers.get("content-type")?.startsWith("application/json") && body.length > 0) {
      try {
        parsed = JSON.parse(body);
      } catch {
        return send(res, 400, { errors: [{ message: "The request body is not valid JSON.", extensions: { code: "BAD_REQUEST" } }] });
      }
    }
    const response = await apollo.executeHTTPGraphQLRequest({
      httpGraphQLRequest: { method: req.method ?? "GET", headers, search: url.search, body: parsed },
      context: async () => createContext(db),
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
async function readBody(req: IncomingMessage): Promise<string | undefined> {
  const chunks: Buffer[] = [];
  let size = 0;
  for await (const chunk of req as AsyncIterable<Buffer>) {
    size += chunk.length;
    if (size > maxBodyBytes) return undefined;
    chunks.push(chunk);
  }
  return Buffer.concat(chunks).toString("utf8");
}

function send(res: ServerResponse, status: number, body: unknown): void {
  res.writeHead(status, { "content-type": "application/json; charset=utf-8" });
  res.end(JSON.stringify(body));
}
