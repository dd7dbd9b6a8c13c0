import http from "node:http";
import autocannon from "autocannon";

/**
 * Load on one server for one question: a check that the answer is right, the latency of a lone
 * client (no queueing: what one request costs), then `connections` concurrent clients with
 * autocannon — a warm-up, then a fixed duration.
 */
export interface Request {
  url: string;
  method: "GET" | "POST";
  body?: string;
}

export interface LoadResult {
  p50: number;
  p99: number;
  rps: number;
  requests: number;
  /** Connection errors, timeouts and non-2xx answers. */
  errors: number;
  /** Median latency of one client alone, in ms (sub-millisecond precision). */
  soloP50: number;
  /** Size of one answer. */
  bytes: number;
}

export const graphqlRequest = (base: string, query: string): Request => ({ url: `${base}/graphql`, method: "POST", body: JSON.stringify({ query }) });

const agent = new http.Agent({ keepAlive: true, maxSockets: 1 });

/** One request; resolves with the status, the body and the milliseconds it took. */
export function send(request: Request): Promise<{ status: number; body: string; ms: number }> {
  const started = process.hrtime.bigint();
  return new Promise((resolve, reject) => {
    const req = http.request(request.url, { method: request.method, agent, headers: { "content-type": "application/json" } }, (res) => {
      const chunks: Buffer[] = [];
      res.on("data", (chunk: Buffer) => chunks.push(chunk));
      res.on("end", () => resolve({ status: res.statusCode ?? 0, body: Buffer.concat(chunks).toString("utf8"), ms: Number(process.hrtime.bigint() - started) / 1e6 }));
    });
    req.once("error", reject);
    req.end(request.body);
  });
}

/** The answer, or an error naming what went wrong (a non-200 status or GraphQL errors). */
export async function check(request: Request): Promise<{ body: string; data: unknown }> {
  const { status, body } = await send(request);
  const parsed = JSON.parse(body) as { data?: unknown; errors?: Array<{ message: string }>; error?: string };
  if (status !== 200 || parsed.errors?.length || parsed.error) {
    throw new Error(`${request.url} answered ${status}: ${parsed.errors?.map((e) => e.message).join("; ") ?? parsed.error ?? body.slice(0, 300)}`);
  }
  return { body, data: parsed.data };
}

export async function soloLatency(request: Request, seconds: number): Promise<number> {
  const times: number[] = [];
  const until = Date.now() + seconds * 1000;
  while (Date.now() < until || times.length < 5) times.push((await send(request)).ms);
  times.sort((x, y) => x - y);
  return times[Math.floor(times.length / 2)];
}

export async function load(request: Request, options: { connections: number; duration: number; warmup: number; solo: number }): Promise<LoadResult> {
  const { body } = await check(request);
  const soloP50 = await soloLatency(request, options.solo);
  const result = await autocannon({
    url: request.url,
    method: request.method,
    body: request.body,
    headers: { "content-type": "application/json" },
    connections: options.connections,
    duration: options.duration,
    timeout: 30,
    ...(options.warmup > 0 ? { warmup: { connections: options.connections, duration: options.warmup } } : {}),
  } as autocannon.Options);
  return {
    p50: result.latency.p50,
    p99: result.latency.p99,
    rps: result.requests.total / result.duration,
    requests: result.requests.total,
    errors: result.errors + result.non2xx,
    soloP50,
    bytes: Buffer.byteLength(body),
  };
}
