/**
 * Reads and writes at once against a running server (issue 12, item 5): `clients` loops, every
 * third one a writer, for `seconds`. Writers ingest articles of their own (unique ids) that all
 * name the same states and leaders and share quotes — so their transactions meet on the same
 * Country, Person, Link and Statement nodes — and delete every other one again; readers list
 * statements, meetings and sanctions with the fields that a concurrent delete can take away
 * (a statement's speaker, a sanction's target). Every answer is sorted by what it said.
 *
 * Run the whole 30 s against a server (loopback only; lift its rate limit, or RATE_LIMITED is what
 * you measure):
 *   NEWSGRAPH_RATE_LIMIT_REQUESTS=10000000 NEWSGRAPH_RATE_LIMIT_COST=1000000000 npx newsgraph serve
 *   npm run -s build && node dist/bench/mixedLoad.js --url http://127.0.0.1:4000 [--clients 200] [--seconds 30] [--api-key KEY]
 */

export interface MixedLoadOptions {
  url: string;
  clients: number;
  seconds: number;
  apiKey?: string;
  /** Keeps the ids of one run apart from another's. */
  tag: string;
}

export interface MixedLoadResult {
  requests: number;
  reads: number;
  writes: number;
  /** Answers without errors. */
  ok: number;
  /** Errors by `extensions.code` (an answer may carry several). */
  codes: Record<string, number>;
  /** HTTP statuses of the answers. */
  statuses: Record<string, number>;
  /** "Cannot return null for non-nullable field" errors: a read saw a fact vanish. */
  nonNull: number;
  /** Requests that got no HTTP answer at all (reset, refused). */
  noAnswer: number;
  p50: number;
  p99: number;
}

/** The codes a client may simply send the same request again on (README, Limits and security). */
export const retryableCodes = ["TRY_AGAIN", "TIMEOUT", "SERVICE_UNAVAILABLE", "RATE_LIMITED"];

const reads = [
  `{ statements(first: 20) { totalCount nodes { id stance speaker { name } about { code } sources { sentence article { id title } } } } }`,
  `{ meetings(first: 20) { totalCount nodes { id date participants { name } location { code } sources { article { id } } } } }`,
  `{ sanctions(first: 20) { totalCount nodes { id imposer { name } target { name } sources { article { id } } } } }`,
  `{ relationship(a: "RU", b: "KP") { summary { meetings statements sanctions articles } } }`,
];
const ingest = `mutation ($input: ArticleInput!) { ingestArticle(input: $input) { status facts } }`;
const remove = `mutation ($id: ID!) { deleteArticle(id: $id) }`;

/** Sentences written for this load (about real events); each article takes three, so that articles overlap. */
const sentences = [
  "North Korean leader Kim Jong Un met Russian President Vladimir Putin at the Vostochny Cosmodrome in Russia on 13 September 2023.",
  'Kremlin spokesman Dmitry Peskov said: "Russia has received no weapons from North Korea."',
  "The White House accused North Korea of sending more than 1,000 containers of munitions to Russia.",
  "The European Union imposed sanctions on Russia over its attack on Ukraine.",
  "The United Nations has imposed sanctions on North Korea over its nuclear tests.",
  "Russian Foreign Minister Sergei Lavrov landed in Pyongyang on 18 October 2023 for a two-day visit to North Korea.",
  'Sergei Lavrov said: "Moscow will not violate any agreement with Pyongyang."',
  "The United States warned North Korea against arms sales to Russia.",
];

/**
 * Each kind of request once, in turn, until each answers without error (at most `tries` times):
 * a cold Neo4j plans a query in seconds on a busy machine, and two hundred clients that all find
 * it cold measure that, not contention.
 */
export async function warmRequests(url: string, tag: string, apiKey?: string, tries = 5): Promise<void> {
  const headers: Record<string, string> = { "content-type": "application/json" };
  if (apiKey) headers.authorization = `Bearer ${apiKey}`;
  const post = async (query: string, variables: object) =>
    (await (
      await fetch(`${url}/graphql`, { method: "POST", headers, body: JSON.stringify({ query, variables }) })
    ).json()) as { errors?: unknown[] };
  const id = `${tag}-warm-up`;
  const steps: Array<[string, object]> = [
    [ingest, { input: { id, language: "en", publishedAt: "2023-10-01T08:00:00Z", text: sentences.join(" ") } }],
    ...reads.map((query): [string, object] => [query, {}]),
    [remove, { id }],
  ];
  for (const [query, variables] of steps) {
    for (let attempt = 1; attempt <= tries && (await post(query, variables)).errors; attempt++);
  }
}

export async function mixedLoad(options: MixedLoadOptions): Promise<MixedLoadResult> {
  const result: MixedLoadResult = {
    requests: 0,
    reads: 0,
    writes: 0,
    ok: 0,
    codes: {},
    statuses: {},
    nonNull: 0,
    noAnswer: 0,
    p50: 0,
    p99: 0,
  };
  const latencies: number[] = [];
  const until = Date.now() + options.seconds * 1000;
  const headers: Record<string, string> = { "content-type": "application/json" };
  if (options.apiKey) headers.authorization = `Bearer ${options.apiKey}`;

  async function send(query: string, variables: object): Promise<void> {
    const started = performance.now();
    result.requests++;
    try {
      const response = await fetch(`${options.url}/graphql`, {
        method: "POST",
        headers,
        body: JSON.stringify({ query, variables }),
      });
      const body = (await response.json()) as { errors?: Array<{ message: string; extensions?: { code?: string } }> };
      result.statuses[response.status] = (result.statuses[response.status] ?? 0) + 1;
      if (!body.errors) result.ok++;
      for (const error of body.errors ?? []) {
        const code = error.extensions?.code ?? "(none)";
        result.codes[code] = (result.codes[code] ?? 0) + 1;
        if (error.message.includes("Cannot return null for non-nullable field")) result.nonNull++;
      }
    } catch {
      result.noAnswer++;
    }
    latencies.push(performance.now() - started);
  }

  async function writer(client: number): Promise<void> {
    for (let n = 0; Date.now() < until; n++) {
      const id = `${options.tag}-${client}-${n}`;
      const text = [0, 1, 2].map((k) => sentences[(client + n + k * 3) % sentences.length]).join(" ");
      result.writes++;
      await send(ingest, {
        input: { id, language: "en", publishedAt: `2023-10-${String(1 + (n % 28)).padStart(2, "0")}T08:00:00Z`, text },
      });
      // Every other article goes again: the facts it shares with the others must stay, its own go.
      if (n % 2 === 1 && Date.now() < until) {
        result.writes++;
        await send(remove, { id });
      }
    }
  }

  async function reader(client: number): Promise<void> {
    for (let n = client; Date.now() < until; n++) {
      result.reads++;
      await send(reads[n % reads.length], {});
    }
  }

  await Promise.all(
    Array.from({ length: options.clients }, (_, client) => (client % 3 === 0 ? writer(client) : reader(client))),
  );
  latencies.sort((a, b) => a - b);
  result.p50 = Math.round(latencies[Math.floor(latencies.length * 0.5)] ?? 0);
  result.p99 = Math.round(latencies[Math.floor(latencies.length * 0.99)] ?? 0);
  return result;
}

async function main(): Promise<void> {
  const args = process.argv.slice(2);
  const option = (name: string, fallback?: string) => {
    const i = args.indexOf(`--${name}`);
    return i >= 0 ? args[i + 1] : fallback;
  };
  const url = option("url", "http://127.0.0.1:4000")!;
  if (!/^http:\/\/(127\.0\.0\.1|localhost|\[::1\])(:\d+)?$/.test(url))
    throw new Error(`--url ${url} is not a loopback address; this load is for your own server only.`);
  const options = {
    url,
    clients: Number(option("clients", "200")),
    seconds: Number(option("seconds", "30")),
    apiKey: option("api-key"),
    tag: `mixed-load-${Date.now()}`,
  };
  await warmRequests(url, options.tag, options.apiKey);
  console.error(`${options.clients} clients (every third a writer) for ${options.seconds} s against ${url}…`);
  const result = await mixedLoad(options);
  console.log(JSON.stringify(result, null, 2));
  const unexpected = Object.keys(result.codes).filter((code) => !retryableCodes.includes(code));
  console.error(
    `${result.requests} requests (${result.reads} reads, ${result.writes} writes), ${result.ok} answered without error; ` +
      `INTERNAL_SERVER_ERROR ${result.codes.INTERNAL_SERVER_ERROR ?? 0}, non-null violations ${result.nonNull}, no answer ${result.noAnswer}, ` +
      `codes that are not retryable: ${unexpected.length ? unexpected.join(", ") : "none"}; p50 ${result.p50} ms, p99 ${result.p99} ms.`,
  );
  process.exitCode = unexpected.length > 0 || result.nonNull > 0 || result.noAnswer > 0 ? 1 : 0;
}

if (require.main === module) {
  main().catch((error: Error) => {
    console.error(error.message);
    process.exitCode = 1;
  });
}
