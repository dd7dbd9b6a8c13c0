/**
 * Issue 12's attack suite against a real `newsgraph serve` (its own process, on the local Neo4j of
 * NEWSGRAPH_NEO4J_PORT, keys on): each attack is sent alone, and the server's CPU time for it is
 * read from /proc before and after. Prints, per attack, the answer, the wall time and the server
 * CPU; then the time to refuse the 27-level fragment query (target < 50 ms), the most CPU any
 * request of at most 10 KB took (target < 1 s), the largest answer, and the server's peak RSS
 * (target < 1 GB). Speed is measured here, never asserted in tests.
 *
 *   npm run -s build && NEWSGRAPH_NEO4J_PORT=7701 node dist/scripts/attack.js [--port 4301] [--sources 300]
 */
import { spawn } from "node:child_process";
import fs from "node:fs";
import http from "node:http";
import net from "node:net";
import path from "node:path";
import { fragmentExplosion } from "./fragmentExplosion";

const args = process.argv.slice(2);
const option = (name: string, fallback: number) => {
  const at = args.indexOf(`--${name}`);
  return at >= 0 ? Number(args[at + 1]) : fallback;
};
const port = option("port", 4301);
/** Articles that report one summit: a fact with that many sources (a real corpus had ~900). */
const summitSources = option("sources", 300);
const key = "attack-suite-key";
const base = `http://127.0.0.1:${port}`;
const root = path.resolve(__dirname, __dirname.includes(`${path.sep}dist${path.sep}`) ? "../.." : "..");
const ticksPerSecond = 100; // USER_HZ on Linux

interface Result {
  name: string;
  requestBytes: number;
  status: string;
  wallMs: number;
  cpuMs: number;
  answerBytes: number;
}

async function main(): Promise<void> {
  const server = spawn(process.execPath, [path.join(root, "bin/newsgraph.js"), "serve", "--port", String(port)], {
    env: { ...process.env, NEWSGRAPH_API_KEYS: key, NODE_ENV: "development" },
    stdio: ["ignore", "ignore", "pipe"],
  });
  let log = "";
  server.stderr.on("data", (chunk) => (log += chunk));
  const pid = server.pid!;
  try {
    await waitFor(
      () => /serving GraphQL/.test(log),
      300_000,
      () => `the server did not start:\n${log}`,
    );
    await seedSummit();
    const results: Result[] = [];
    for (const [name, attack] of attacks()) {
      const before = cpuMs(pid);
      const started = performance.now();
      const outcome = await attack().catch((error: Error) => ({
        status: `client error: ${error.message}`,
        requestBytes: 0,
        answerBytes: 0,
      }));
      const wallMs = performance.now() - started;
      await sleep(50); // let the server finish what it does after answering
      results.push({ name, ...outcome, wallMs, cpuMs: cpuMs(pid) - before });
    }
    report(results, peakRssMb(pid));
    await removeSummit();
  } finally {
    server.kill("SIGTERM");
    await new Promise((resolve) => server.once("exit", resolve));
  }
}

type Outcome = Pick<Result, "status" | "requestBytes" | "answerBytes">;

/** What the explorer asks for a pair (web/explorer/api.ts): near the cost limit. */
const explorerRelationship = `query { relationship(a: "RU", b: "KP", first: 100) {
    a { ...ActorFields } b { ...ActorFields }
    meetings { ...MeetingFields } statements { ...StatementFields } sanctions { ...SanctionFields }
    summary { meetings statements sanctions articles firstSeen lastSeen } } }
  fragment ActorFields on Actor { __typename id name ... on Leader { country { id name } } }
  fragment SourceFields on Source { sentence article { id title source url publishedAt } }
  fragment MeetingFields on Meeting { id date status city location { name } participants { ...ActorFields } sources { ...SourceFields } }
  fragment StatementFields on Statement { id date stance quote text speaker { ...ActorFields } about { ...ActorFields } sources { ...SourceFields } }
  fragment SanctionFields on Sanction { id firstReported status reason imposer { ...ActorFields } target { ...ActorFields } sources { ...SourceFields } }`;

function attacks(): Array<[string, () => Promise<Outcome>]> {
  const summit = `{ meetings(first: 10) { nodes { sources { article { facts { ... on Meeting { sources { article { title } } } } } } } } }`;
  const heavyStatements = `query ($n: Int = 100) { statements(first: $n) { nodes { id text quote stance date speaker { id name } about { id name leaders { id name } }
    sources { sentence article { id title url source language publishedAt ingestedAt mentions { id name } } } } } }`;
  const introspection = `{ __schema { types { name description fields { name description args { name type { name kind ofType { name kind ofType { name } } } } type { name kind ofType { name kind } } } } } }`;
  const overlapping = `{ countries(first: 1) { nodes { ${Array.from({ length: 300 }, () => "...C").join(" ")} } } } fragment C on Country { id name code }`;
  return [
    ["27-level fragment explosion (1 KB)", () => graphql({ query: fragmentExplosion(27) })],
    [
      "27-level fragment explosion, wrong key",
      () => graphql({ query: fragmentExplosion(27) }, { authorization: "Bearer wrong" }),
    ],
    ["60-level fragment explosion", () => graphql({ query: fragmentExplosion(60) })],
    ["summit: lists without first, nested", () => graphql({ query: summit })],
    ["statements: omitted variable with default 100", () => graphql({ query: heavyStatements, variables: {} })],
    ["statements: the same with n = 20", () => graphql({ query: heavyStatements, variables: { n: 20 } })],
    ["statements: the same with n = 5 (runs)", () => graphql({ query: heavyStatements, variables: { n: 5 } })],
    [
      "100 meetings × 100 sources",
      () =>
        graphql({
          query: `{ meetings(first: 100) { nodes { id sources(first: 100) { sentence article { id title url } } } } }`,
        }),
    ],
    ["the explorer's relationship query (cost 79,922)", () => graphql({ query: explorerRelationship })],
    [
      "3,300 repeated id fields (10 KB)",
      () => graphql({ query: `{ countries(first: 1) { nodes { ${"id ".repeat(3300)}} } }` }),
    ],
    ["990 repeated id fields", () => graphql({ query: `{ countries(first: 1) { nodes { ${"id ".repeat(990)}} } }` })],
    ["300 spreads of one fragment", () => graphql({ query: overlapping })],
    [
      "58 aliased __schema",
      () =>
        graphql({
          query: `{ ${Array.from({ length: 58 }, (_, i) => `s${i}: __schema { types { name } }`).join(" ")} }`,
        }),
    ],
    [
      "15 aliased deep introspections",
      () =>
        graphql({
          query: `{ ${Array.from({ length: 15 }, (_, i) => `s${i}: ${introspection.slice(2, -2)}`).join(" ")} }`,
        }),
    ],
    [
      "search of 1,025 words",
      () =>
        graphql({
          query: `query ($t: String!) { search(text: $t) { score } }`,
          variables: { t: Array.from({ length: 1025 }, () => "a").join(" ") },
        }),
    ],
    ["1,500 wrong keys in a burst", keyBurst],
    ["GET with an 11 KB ?query= and a JSON body", getWithBody],
    ["malformed request target", () => raw("GET //[ HTTP/1.1\r\nHost: x\r\nconnection: close\r\n\r\n")],
    ["6 MB body, then a request on the same keep-alive socket", () => bigBody(6 << 20)],
    ["20 MB body, then a request on the same keep-alive socket", () => bigBody(20 << 20)],
  ];
}

/** One meeting reported by `summitSources` articles: a fact with that many sources. */
async function seedSummit(): Promise<void> {
  const mutation = `mutation ($input: [ArticleInput!]!) { ingestArticles(input: $input) { status } }`;
  for (let start = 0; start < summitSources; start += 100) {
    const input = Array.from({ length: Math.min(100, summitSources - start) }, (_, i) => ({
      id: `attack-summit-${start + i}`,
      language: "en",
      publishedAt: "2023-09-14",
      title: `Summit report ${start + i}`,
      text: "Kim Jong Un met Vladimir Putin at the Vostochny Cosmodrome on 13 September 2023. Russia denied that North Korea supplied weapons.",
    }));
    const response = await fetch(`${base}/graphql`, {
      method: "POST",
      headers: { "content-type": "application/json", authorization: `Bearer ${key}` },
      body: JSON.stringify({ query: mutation, variables: { input } }),
    });
    const answer = await response.text();
    if (response.status !== 200 || answer.includes('"errors"'))
      throw new Error(`seeding the summit failed: ${answer.slice(0, 300)}`);
  }
  const check = await fetch(`${base}/graphql`, {
    method: "POST",
    headers: { "content-type": "application/json" },
    body: JSON.stringify({
      query: `{ article(id: "attack-summit-0") { facts { id sources(first: 100) { article { id } } } } }`,
    }),
  });
  const facts = ((await check.json()) as { data: { article: { facts: Array<{ sources: unknown[] }> } } }).data.article
    .facts;
  console.log(
    `seeded: one article's ${facts.length} facts have ${facts.map((f) => f.sources.length).join(", ")} sources (the first 100)`,
  );
}

/** Deletes the articles seedSummit wrote (15 a request: the alias limit). */
async function removeSummit(): Promise<void> {
  for (let start = 0; start < summitSources; start += 15) {
    const deletes = Array.from(
      { length: Math.min(15, summitSources - start) },
      (_, i) => `d${i}: deleteArticle(id: "attack-summit-${start + i}")`,
    );
    await graphql({ query: `mutation { ${deletes.join(" ")} }` }, { authorization: `Bearer ${key}` });
  }
}

async function graphql(body: unknown, headers: Record<string, string> = {}): Promise<Outcome> {
  const text = JSON.stringify(body);
  const response = await fetch(`${base}/graphql`, {
    method: "POST",
    headers: { "content-type": "application/json", ...headers },
    body: text,
  });
  const answer = await response.text();
  return {
    status: describe(response.status, answer),
    requestBytes: Buffer.byteLength(text),
    answerBytes: Buffer.byteLength(answer),
  };
}

function describe(status: number, answer: string): string {
  const code = /"extensions":\{"code":"(\w+)"/.exec(answer)?.[1];
  return code ? `${status} ${code}` : String(status);
}

async function keyBurst(): Promise<Outcome> {
  const counts = new Map<number, number>();
  for (let i = 0; i < 1500; i++) {
    const response = await fetch(`${base}/graphql`, {
      method: "POST",
      headers: { "content-type": "application/json", authorization: `Bearer guess-${i}` },
      body: '{"query":"{ status { version } }"}',
    });
    await response.text();
    counts.set(response.status, (counts.get(response.status) ?? 0) + 1);
  }
  return { status: [...counts].map(([status, n]) => `${n}×${status}`).join(" "), requestBytes: 34, answerBytes: 0 };
}

function getWithBody(): Promise<Outcome> {
  const body = '{"query":"{ status { version } }"}';
  const query = encodeURIComponent(`{ status { version } } # ${"x".repeat(11_000)}`);
  return raw(
    `GET /graphql?query=${query} HTTP/1.1\r\nHost: x\r\napollo-require-preflight: true\r\ncontent-type: application/json\r\ncontent-length: ${body.length}\r\nconnection: close\r\n\r\n${body}`,
  );
}

function raw(text: string): Promise<Outcome> {
  return new Promise((resolve, reject) => {
    const socket = net.connect(port, "127.0.0.1", () => socket.write(text));
    let answer = "";
    socket.on("data", (chunk) => (answer += chunk));
    socket.on("close", () =>
      resolve({ status: answer.split("\r\n")[0], requestBytes: text.length, answerBytes: answer.length }),
    );
    socket.on("error", reject);
  });
}

async function bigBody(size: number): Promise<Outcome> {
  const agent = new http.Agent({ keepAlive: true, maxSockets: 1 });
  const send = (body: string) =>
    new Promise<{ status: number; reused: boolean; close: boolean }>((resolve, reject) => {
      const req = http.request(
        `${base}/graphql`,
        {
          method: "POST",
          agent,
          headers: { "content-type": "application/json", "content-length": Buffer.byteLength(body) },
        },
        (res) => {
          res.resume();
          res.on("end", () =>
            resolve({
              status: res.statusCode ?? 0,
              reused: req.reusedSocket,
              close: res.headers.connection === "close",
            }),
          );
        },
      );
      req.on("error", reject);
      req.end(body);
    });
  try {
    const big = await send(JSON.stringify({ query: "{ status { version } }", pad: "x".repeat(size) }));
    const next = await send('{"query":"{ status { version } }"}');
    const socket = next.reused ? "same socket" : big.close ? "closed by the server" : "new socket";
    return { status: `${big.status}, then ${next.status} (${socket})`, requestBytes: size, answerBytes: 0 };
  } finally {
    agent.destroy();
  }
}

/** The process's user + system CPU time so far, from /proc (10 ms resolution). */
function cpuMs(pid: number): number {
  const fields = fs.readFileSync(`/proc/${pid}/stat`, "utf8").split(") ")[1].split(" ");
  return ((Number(fields[11]) + Number(fields[12])) * 1000) / ticksPerSecond;
}

function peakRssMb(pid: number): number {
  const peak = /VmHWM:\s+(\d+) kB/.exec(fs.readFileSync(`/proc/${pid}/status`, "utf8"));
  return peak ? Number(peak[1]) / 1024 : NaN;
}

function report(results: Result[], peakRss: number): void {
  const rows = results.map(
    (r) =>
      `| ${r.name} | ${r.requestBytes.toLocaleString("en")} | ${r.status} | ${r.wallMs.toFixed(0)} | ${r.cpuMs.toFixed(0)} | ${r.answerBytes.toLocaleString("en")} |`,
  );
  console.log(
    [
      "| attack | request bytes | answer | wall ms | server CPU ms | answer bytes |",
      "|---|---|---|---|---|---|",
      ...rows,
    ].join("\n"),
  );
  const small = results.filter((r) => r.requestBytes <= 10_240 && !r.name.includes("1,500"));
  const worst = small.reduce((a, b) => (b.cpuMs > a.cpuMs ? b : a));
  const explosion = results[0];
  console.log(
    `\n27-level fragment query refused in ${explosion.wallMs.toFixed(1)} ms (target < 50 ms): ${explosion.status}`,
  );
  console.log(
    `most server CPU for one request of at most 10 KB: ${worst.cpuMs.toFixed(0)} ms, "${worst.name}" (target < 1 s)`,
  );
  console.log(`largest answer: ${Math.max(...results.map((r) => r.answerBytes)).toLocaleString("en")} bytes`);
  console.log(`server peak RSS: ${peakRss.toFixed(0)} MB (target < 1 GB)`);
}

async function waitFor(test: () => boolean, ms: number, why: () => string): Promise<void> {
  const deadline = Date.now() + ms;
  while (!test()) {
    if (Date.now() > deadline) throw new Error(why());
    await sleep(200);
  }
}

const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

main().catch((error) => {
  console.error(error);
  process.exit(1);
});
