import type { IncomingMessage, ServerResponse } from "node:http";
import type { Database } from "../../graph/database";
import { ErrorCode, NewsgraphError } from "../../errors";
import { createLoaders } from "../loaders";
import type { RequestGate } from "../security/requestGate";
import { exportGraphs } from "./exportGraphs";
import { exportLists } from "./exportLists";
import { readParams } from "./exportParams";
import { graphml } from "./graphml";
import { csvLine, ndjsonLine } from "./textFormats";
import { writeChunk } from "./writeChunk";

const contentTypes = {
  csv: "text/csv; charset=utf-8; header=present",
  ndjson: "application/x-ndjson; charset=utf-8",
  graphml: "application/graphml+xml; charset=utf-8",
} as const;

/**
 * GET /export/<list>.csv|.ndjson and /export/<graph>.graphml. Admitted by the same gate as
 * /graphql (the API key, and one request of the client's rate); every parameter is checked and
 * every name resolved before the first byte is sent, so a bad one is a 400 with one sentence. A
 * list then streams a page at a time, each page written only once the client has taken the last
 * one in. A failure once rows have gone out cannot change the status: the response is cut off
 * without its last chunk, so that a client sees an incomplete transfer rather than a short file.
 */
export async function serveExport(
  req: IncomingMessage,
  res: ServerResponse,
  url: URL,
  db: Database,
  gate: RequestGate,
): Promise<void> {
  if (req.method !== "GET" && req.method !== "HEAD")
    return sendError(res, 405, ErrorCode.BAD_USER_INPUT, `Exports are read with GET; ${req.method} is not allowed.`);
  let started = false;
  try {
    gate.admit(req.headers.authorization, req.socket.remoteAddress ?? "unknown");
    const match = /^\/export\/([a-z]+)\.(csv|ndjson|graphml)$/.exec(url.pathname);
    const name = match?.[1] ?? "";
    const list = match && match[2] !== "graphml" && Object.hasOwn(exportLists, name) ? exportLists[name] : undefined;
    const graph = match && match[2] === "graphml" && Object.hasOwn(exportGraphs, name) ? exportGraphs[name] : undefined;
    if (!list && !graph) {
      const names = [
        ...Object.keys(exportLists).flatMap((name) => [`${name}.csv`, `${name}.ndjson`]),
        ...Object.keys(exportGraphs).map((name) => `${name}.graphml`),
      ];
      return sendError(
        res,
        404,
        ErrorCode.NOT_FOUND,
        `There is no export at ${url.pathname}; there are /export/ ${names.join(", ")}.`,
      );
    }
    const format = match![2] as keyof typeof contentTypes;
    const loaders = createLoaders(db);
    const headers = {
      "content-type": contentTypes[format],
      "content-disposition": `attachment; filename="${name}.${format}"`,
      "cache-control": "no-store",
    };
    if (graph) {
      const document = graphml(await graph.build(db, readParams(url.searchParams, graph.params), loaders));
      res.writeHead(200, headers);
      return void res.end(req.method === "HEAD" ? undefined : document);
    }
    const rows = await list!.open(db, readParams(url.searchParams, list!.params), loaders);
    res.writeHead(200, headers);
    started = true;
    if (req.method === "HEAD") return void res.end();
    const { columns } = list!;
    if (format === "csv" && !(await writeChunk(res, csvLine(columns)))) return;
    for await (const page of rows) {
      const text = page.map((row) => (format === "csv" ? csvLine(row) : ndjsonLine(columns, row))).join("");
      if (!(await writeChunk(res, text))) return; // the client has gone: stop reading
    }
    res.end();
  } catch (error) {
    if (started || res.headersSent) {
      console.error("export failed while streaming:", error);
      return void res.destroy();
    }
    sendFailure(res, error);
  }
}

/** The status of each client error code; anything unknown is a 500 whose cause is logged, not shown. */
const statuses: Partial<Record<string, number>> = {
  [ErrorCode.BAD_USER_INPUT]: 400,
  [ErrorCode.NOT_FOUND]: 404,
  [ErrorCode.UNAUTHENTICATED]: 401,
  [ErrorCode.RATE_LIMITED]: 429,
  [ErrorCode.TIMEOUT]: 504,
  [ErrorCode.SERVICE_UNAVAILABLE]: 503,
  [ErrorCode.TRY_AGAIN]: 503,
};

function sendFailure(res: ServerResponse, error: unknown): void {
  if (!(error instanceof NewsgraphError)) {
    console.error("export failed:", error);
    return sendError(res, 500, ErrorCode.INTERNAL_SERVER_ERROR, "Internal server error.");
  }
  const code = String(error.extensions.code);
  const http = error.extensions.http as { status: number; headers?: Map<string, string> } | undefined;
  for (const [key, value] of http?.headers ?? []) res.setHeader(key, value);
  sendError(res, http?.status ?? statuses[code] ?? 500, code, error.message);
}

/** The same JSON body as /graphql's refusals. */
function sendError(res: ServerResponse, status: number, code: string, message: string): void {
  res.writeHead(status, { "content-type": "application/json; charset=utf-8" });
  res.end(JSON.stringify({ errors: [{ message, extensions: { code } }] }));
}
