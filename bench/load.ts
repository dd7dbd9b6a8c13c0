import { setMaxListeners } from "node:events";
import http from "node:http";
import autocannon from "autocannon";

/**
 * Load on one server for one question: a check that the answer is right, a warm-up, the latency
 * of a lone client (no queueing: what one request costs), then `connections` concurrent clients
 * with autocannon for a fixed duration, saturated, and then requests paced at a fixed rate.
 */
export interface Request {
  url: string;
  method: "GET" | "POST";
  body?: string;
  headers?: Record<string, string>;
}

export interface LoadResult {
  p50: number;
  p99: number;
  /** Answers without errors per second (a timed-out answer is not throughput). */
  rps: number;
  requests: number;
  /** Connection errors, timeouts, non-2xx answers and answers carrying GraphQL errors. */
  errors: number;
  /** Median and 99th percentile latency of one client alone, in ms (sub-millisecond precision). */
  soloP50: number;
  /** Absent in results written before it was measured (report.ts renders those too). */
  soloP99?: number;
  /** Size of one answer. */
  bytes: number;
  /** The fixed-rate phase: p50/p99 at `rate` requests/s offered. */
  fixed: { rate: number; p50: number; p99: number; requests: number; errors: number } | null;
}

export const graphqlRequest = (base: string, query: string): Request => ({
  url: `${base}/graphql`,
  method: "POST",
  body: JSON.stringify({ query }),
});

const agent = new http.Agent({ keepAlive: true, maxSockets: 1 });

/**
 * One request; resolves with the status, the body and the milliseconds it took. A kept-alive
 * socket that the server closed while it sat idle (Node closes them after 5 s) is retried once.
 */
export async function send(request: Request): Promise<{ status: number; body: string; ms: number }> {
  try {
    return await sendOnce(request);
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code !== "ECONNRESET") throw error;
    return sendOnce(request);
  }
}

/** One request over `via.agent` (one kept-alive socket by default), abandoned when `via.signal` aborts. */
function sendOnce(
  request: Request,
  via: { agent: http.Agent; signal?: AbortSignal } = { agent },
): Promise<{ status: number; body: string; ms: number }> {
  const started = process.hrtime.bigint();
  return new Promise((resolve, reject) => {
    const headers = { "content-type": "application/json", ...request.headers };
    const req = http.request(request.url, { method: request.method, headers, ...via }, (res) => {
      const chunks: Buffer[] = [];
      res.on("data", (chunk: Buffer) => chunks.push(chunk));
      res.on("end", () =>
        resolve({
          status: res.statusCode ?? 0,
          body: Buffer.concat(chunks).toString("utf8"),
          ms: Number(process.hrtime.bigint() - started) / 1e6,
        }),
      );
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
    throw new Error(
      `${request.url} answered ${status}: ${parsed.errors?.map((e) => e.message).join("; ") ?? parsed.error ?? body.slice(0, 300)}`,
    );
  }
  return { body, data: parsed.data };
}

export async function soloLatency(request: Request, seconds: number): Promise<{ p50: number; p99: number }> {
  const times: number[] = [];
  const until = Date.now() + seconds * 1000;
  // Until `seconds` have passed (at least one request, and no more than 3 when each is slow).
  while (times.length === 0 || (Date.now() < until && (times.length < 3 || times[times.length - 1] < 200)))
    times.push((await send(request)).ms);
  times.sort((x, y) => x - y);
  return {
    p50: times[Math.floor(times.length / 2)],
    p99: times[Math.min(times.length - 1, Math.floor(times.length * 0.99))],
  };
}

export interface LoadOptions {
  connections: number;
  duration: number;
  warmup: number;
  /** Seconds of lone-client requests. */
  solo: number;
  /** Offered load of the fixed-rate phase, requests/s across all connections, or how to derive it from the saturated rate; none: no such phase. */
  rate?: number | ((saturatedRps: number) => number);
}

/**
 * Two phases after the check and the lone client: saturation (every client sends its next request
 * as soon as the last is answered: the most the server can do, and latency full of queueing), then
 * a fixed offered rate below saturation (latency as users see it when the server keeps up).
 */
export async function load(request: Request, options: LoadOptions): Promise<LoadResult> {
  const { body } = await check(request);
  await warm(request, options.connections, options.warmup);
  // Queries the warm-up left running in Neo4j (up to their 5 s timeout) would slow the lone client.
  if (options.warmup > 0) await new Promise((resolve) => setTimeout(resolve, 5000));
  const solo = await soloLatency(request, options.solo);
  const saturated = await phase(request, options.connections, options.duration);
  if (saturated.requests === 0) throw new Error(`no answer within ${options.duration} s (${saturated.errors} errors)`);
  const rps = (saturated.requests - saturated.errors) / options.duration;
  const rate = typeof options.rate === "function" ? options.rate(rps) : options.rate;
  // A server that answered nothing saturated would only pile up more work for Neo4j at a fixed rate.
  const fixed =
    rate && rps > 0 ? { rate, ...(await paced(request, options.connections, options.duration, rate)) } : null;
  return { ...saturated, rps, soloP50: solo.p50, soloP99: solo.p99, bytes: Buffer.byteLength(body), fixed };
}

/** Load that is not measured: the server's code, Neo4j's plans and caches, the JIT all warm up. */
export async function warm(request: Request, connections: number, seconds: number): Promise<void> {
  if (seconds > 0) await phase(request, connections, seconds);
}

/**
 * Requests sent on a schedule, `rate` per second evenly spaced, over at most `connections` sockets,
 * whether or not earlier ones were answered (an open load, as many independent users make).
 * Latency counts from when a request was due, so a server that falls behind is charged for the
 * wait too. (autocannon's overallRate sends each second's quota at once, as a burst.)
 */
async function paced(request: Request, connections: number, duration: number, rate: number) {
  const pool = new http.Agent({ keepAlive: true, maxSockets: connections });
  const deadline = new AbortController();
  setMaxListeners(Infinity, deadline.signal); // every request in flight listens to it
  const total = Math.round(rate * duration);
  const latencies: number[] = [];
  let errors = 0;
  const one = (due: number) =>
    sendOnce(request, { agent: pool, signal: deadline.signal }).then(
      ({ status, body }) => {
        latencies.push(performance.now() - due);
        if (status !== 200 || body.includes('"errors":[')) errors++;
      },
      () => void errors++,
    );
  const started = performance.now();
  const dueAt = (i: number) => started + (i * 1000) / rate;
  const sent: Promise<void>[] = [];
  while (sent.length < total) {
    const now = performance.now();
    // Every request due by now goes out; then sleep until the next is due.
    while (sent.length < total && dueAt(sent.length) <= now) sent.push(one(dueAt(sent.length)));
    await new Promise((resolve) => setTimeout(resolve, Math.max(0, dueAt(sent.length) - performance.now())));
  }
  // A server that fell far behind gets 30 s more; what it has not answered by then is an error.
  const late = setTimeout(() => deadline.abort(), 30_000);
  await Promise.all(sent);
  clearTimeout(late);
  pool.destroy();
  latencies.sort((x, y) => x - y);
  const at = (q: number) =>
    Math.round(latencies[Math.min(latencies.length - 1, Math.floor(q * latencies.length))] * 10) / 10;
  return { p50: at(0.5), p99: at(0.99), requests: latencies.length, errors };
}

async function phase(request: Request, connections: number, duration: number) {
  // A GraphQL error (a timeout, say) comes back with status 200: count those answers as errors too.
  let failedAnswers = 0;
  const onResponse = (status: number, body: string) => {
    if (status === 200 && body.includes('"errors":[')) failedAnswers++;
  };
  const result = await autocannon({
    url: request.url,
    requests: [
      {
        method: request.method,
        body: request.body,
        headers: { "content-type": "application/json", ...request.headers },
        onResponse,
      },
    ],
    connections,
    duration,
    timeout: 30,
  } as autocannon.Options);
  return {
    p50: result.latency.p50,
    p99: result.latency.p99,
    requests: result.requests.total,
    errors: result.errors + result.non2xx + failedAnswers,
  };
}
