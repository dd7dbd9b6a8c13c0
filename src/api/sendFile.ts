import fs from "node:fs";
import path from "node:path";
import { pipeline } from "node:stream/promises";
import type { IncomingMessage, ServerResponse } from "node:http";

const contentTypes: Record<string, string> = {
  ".html": "text/html; charset=utf-8",
  ".js": "text/javascript; charset=utf-8",
  ".css": "text/css; charset=utf-8",
  ".json": "application/json; charset=utf-8",
  ".map": "application/json; charset=utf-8",
  ".graphql": "text/plain; charset=utf-8",
  ".svg": "image/svg+xml",
  ".png": "image/png",
  ".ico": "image/x-icon",
  ".woff": "font/woff",
  ".woff2": "font/woff2",
  ".ttf": "font/ttf",
  ".wasm": "application/wasm",
};

/**
 * Only the server may be asked for anything: the pages must work on a closed network, and the
 * header makes the browser refuse (and report) any request that would leave it. Inline styles and
 * blob: workers are what GraphiQL's editor (Monaco) needs.
 */
const contentSecurityPolicy = [
  "default-src 'self'",
  "img-src 'self' data:",
  "font-src 'self' data:",
  "style-src 'self' 'unsafe-inline'",
  "worker-src 'self' blob:",
  "base-uri 'none'",
  "form-action 'none'",
  "frame-ancestors 'none'",
].join("; ");

/**
 * Sends the file at `relativePath` inside `root`, or a JSON 404. The path is normalised and must
 * stay inside `root` (no `..` escapes). Files under assets/ carry a content hash in their name
 * (vite), so browsers may keep them for good; anything else is revalidated on every load.
 */
export async function sendFile(
  req: IncomingMessage,
  res: ServerResponse,
  root: string,
  relativePath: string,
): Promise<void> {
  if (req.method !== "GET" && req.method !== "HEAD") {
    res.writeHead(405, { allow: "GET, HEAD", "content-type": "application/json; charset=utf-8" });
    return void res.end(JSON.stringify({ error: `${req.method} is not allowed here; use GET.` }));
  }
  const file = insideRoot(root, relativePath);
  const stat = file === undefined ? undefined : await fs.promises.stat(file).catch(() => undefined);
  if (file === undefined || !stat?.isFile()) {
    res.writeHead(404, { "content-type": "application/json; charset=utf-8" });
    return void res.end(JSON.stringify({ error: `Nothing is served at ${relativePath}.` }));
  }
  const immutable = path.relative(root, file).split(path.sep)[0] === "assets";
  res.writeHead(200, {
    "content-type": contentTypes[path.extname(file).toLowerCase()] ?? "application/octet-stream",
    "content-length": stat.size,
    "cache-control": immutable ? "public, max-age=31536000, immutable" : "no-cache",
    "content-security-policy": contentSecurityPolicy,
    "x-content-type-options": "nosniff",
    "referrer-policy": "no-referrer",
  });
  if (req.method === "HEAD") return void res.end();
  await pipeline(fs.createReadStream(file), res);
}

/** The absolute path of `relativePath` under `root`, or undefined when it would leave `root`. */
function insideRoot(root: string, relativePath: string): string | undefined {
  let decoded: string;
  try {
    decoded = decodeURIComponent(relativePath);
  } catch {
    return undefined;
  }
  if (decoded.includes("\0")) return undefined;
  const base = path.resolve(root);
  const file = path.resolve(base, path.posix.normalize(`/${decoded}`).slice(1));
  return file.startsWith(base + path.sep) ? file : undefined;
}
