import fs from "node:fs";
import path from "node:path";
import type { IncomingMessage, ServerResponse } from "node:http";
import { projectRoot } from "../config";
import { sendFile } from "./sendFile";

/** What vite builds from web/ (`npm run build`). */
export const webRoot = path.join(projectRoot, "dist", "web");
const schemaRoot = path.join(projectRoot, "schema");

export interface WebPagesOptions {
  /** Serve GraphiQL at /playground (NEWSGRAPH_PLAYGROUND). */
  playground: boolean;
}

/**
 * The researcher's pages: the relationship explorer at `/`, GraphiQL at `/playground` (with the
 * example operations of schema/examples.graphql, read at each load so they can be edited without
 * a rebuild) and their bundled assets. False when `pathname` is none of these.
 */
export async function serveWebPage(
  req: IncomingMessage,
  res: ServerResponse,
  pathname: string,
  options: WebPagesOptions,
): Promise<boolean> {
  const playground = pathname === "/playground" || pathname.startsWith("/playground/");
  if (playground && !options.playground) {
    json(res, 404, {
      error: "The playground is turned off on this server (NEWSGRAPH_PLAYGROUND=off); GraphQL is at /graphql.",
    });
    return true;
  }
  if (pathname === "/playground/examples.graphql") await sendFile(req, res, schemaRoot, "examples.graphql");
  else if (pathname === "/" || pathname === "/index.html") await page(req, res, "explorer/index.html");
  else if (pathname === "/playground" || pathname === "/playground/") await page(req, res, "playground/index.html");
  else if (pathname.startsWith("/assets/")) await sendFile(req, res, webRoot, pathname);
  else return false;
  return true;
}

async function page(req: IncomingMessage, res: ServerResponse, file: string): Promise<void> {
  // A checkout that ran tsc alone has no pages: say how to get them rather than a bare 404.
  if (!fs.existsSync(path.join(webRoot, file))) {
    return json(res, 503, { error: `The web pages are not built (no dist/web/${file}); run \`npm run build\`.` });
  }
  await sendFile(req, res, webRoot, file);
}

function json(res: ServerResponse, status: number, body: unknown): void {
  res.writeHead(status, { "content-type": "application/json; charset=utf-8" });
  res.end(JSON.stringify(body));
}
