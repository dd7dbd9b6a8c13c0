import http from "node:http";
import net from "node:net";
import type { Database } from "../../../src/graph/database";
import type { Server } from "../../../src/api/server";
import { testDatabase } from "../../support/database";
import { post, testServer } from "../../support/server";
import { fragmentExplosion } from "../../../scripts/fragmentExplosion";

/**
 * Issue 12's attacks on the API, each against the real server and Neo4j; each of these tests
 * failed (or never finished) before the fix.
 */
const run = `attack-${Date.now()}`;
const ingest = `mutation ($input: [ArticleInput!]!) { ingestArticles(input: $input) { status } }`;
const sentence = "Sergei Lavrov met Kim Jong Un in Pyongyang on 18 October 2023.";

describe("attacks on the API (issue 12)", () => {
  let db: Database;
  let server: Server;
  beforeAll(async () => {
    db = testDatabase();
    server = await testServer(db);
  });
  afterAll(async () => {
    await post(server.url, {
      query: `mutation { a: deleteArticle(id: "${run}-a") b: deleteArticle(id: "${run}-b") c: deleteArticle(id: "${run}-c") }`,
    });
    await server.stop();
    await db.close();
  });

  const refusedAs = (response: Awaited<ReturnType<typeof post>>, code: string, message: RegExp) => {
    expect(response.body.errors?.[0]?.extensions?.code).toBe(code);
    expect(response.body.errors![0].message).toMatch(message);
    expect(response.body.data ?? null).toBeNull();
  };

  it("1: refuses fragments that spread each other twice, 40 levels deep (its walk took 2^40 steps), and /health answers", async () => {
    const query = fragmentExplosion(40);
    expect(query.length).toBeLessThan(2000);
    refusedAs(await post(server.url, { query }), "QUERY_TOO_COMPLEX", /may return up to \d+ items/);
    expect((await fetch(`${server.url}/health`)).status).toBe(200);
  });

  it("1, 9: checks the key before measuring, and counts refused operations against the rate", async () => {
    const keyed = await testServer(db, { apiKeys: ["the-key"], rateLimit: { requests: 3, cost: 1_000_000 } });
    try {
      // A wrong key is refused before the operation is even parsed (it was measured first: 2^30 steps).
      const wrong = await post(keyed.url, { query: fragmentExplosion(30) }, { authorization: "Bearer not-the-key" });
      expect(wrong.status).toBe(401);
      // Refused operations count: two too complex, one fine, then the fourth is over the limit.
      for (let i = 0; i < 2; i++) expect((await post(keyed.url, { query: fragmentExplosion(30) })).status).toBe(400);
      expect((await post(keyed.url, { query: "{ status { version } }" })).status).toBe(200);
      const over = await post(keyed.url, { query: "{ status { version } }" });
      expect(over.status).toBe(429);
      refusedAs(over, "RATE_LIMITED", /try again in \d+ s/);
    } finally {
      await keyed.stop();
    }
  });

  it("2: counts lists without first by their cap, and sources take a first", async () => {
    const nested = `{ meetings(first: 10) { nodes { sources { article { facts { ... on Meeting { sources { article { title } } } } } } } } }`;
    refusedAs(
      await post(server.url, { query: nested }),
      "QUERY_TOO_COMPLEX",
      /may return up to \d+ items; at most 200000/,
    );

    const articles = ["a", "b", "c"].map((suffix) => ({
      id: `${run}-${suffix}`,
      language: "en",
      publishedAt: "2023-10-19",
      text: sentence,
    }));
    const written = await post(server.url, { query: ingest, variables: { input: articles } });
    expect(written.body.errors).toBeUndefined();
    const answer = await post(server.url, {
      query: `{ article(id: "${run}-a") { facts { ... on Meeting { all: sources { article { id } } two: sources(first: 2) { article { id } } } } } }`,
    });
    expect(answer.body.errors).toBeUndefined();
    const [meeting] = answer.body.data.article.facts;
    expect(meeting.all.length).toBeGreaterThanOrEqual(3);
    expect(meeting.two).toHaveLength(2);
    expect(meeting.two).toEqual(meeting.all.slice(0, 2)); // earliest first, cut
  }, 120_000);

  it("3: costs an omitted variable by its default, as if it were given", async () => {
    const query = `query ($n: Int = 100) { statements(first: $n) { nodes { id text quote stance date speaker { id name } about { id name leaders { id name } }
      sources { sentence article { id title url source language publishedAt ingestedAt mentions { id name } } } } } }`;
    const omitted = await post(server.url, { query, variables: {} });
    const given = await post(server.url, { query, variables: { n: 100 } });
    refusedAs(omitted, "QUERY_TOO_COMPLEX", /may return up to \d+ items/);
    expect(omitted.body).toEqual(given.body);
    expect((await post(server.url, { query, variables: { n: 1 } })).body.errors).toBeUndefined();
  });

  it("9: throttles key guessing per address: 429 after 20 wrong keys, for any key", async () => {
    const keyed = await testServer(db, { apiKeys: ["right-key"] });
    try {
      const statuses: number[] = [];
      for (let i = 0; i < 22; i++)
        statuses.push(
          (await post(keyed.url, { query: "{ status { version } }" }, { authorization: `Bearer guess-${i}` })).status,
        );
      expect(statuses).toEqual([...Array(20).fill(401), 429, 429]);
      const right = await post(keyed.url, { query: "{ status { version } }" }, { authorization: "Bearer right-key" });
      expect(right.status).toBe(429); // a right guess now would tell the guesser nothing
      expect(Number(right.headers.get("retry-after"))).toBeGreaterThan(0);
      refusedAs(right, "RATE_LIMITED", /Too many wrong API keys from this address this minute; try again in \d+ s/);
      expect((await post(keyed.url, { query: "{ status { version } }" })).status).toBe(200); // reads without a key still work
    } finally {
      await keyed.stop();
    }
  });

  it("10: refuses 3,300 repeated fields before validating them, and 58 aliased __schema", async () => {
    const query = `{ countries(first: 1) { nodes { ${"id ".repeat(3300)}} } }`;
    expect(query.length).toBeLessThan(10_240);
    const repeated = await post(server.url, { query });
    expect(repeated.status).toBe(400);
    refusedAs(repeated, "QUERY_TOO_COMPLEX", /holds 3302 selections; at most 1000/);
    const schemas = Array.from({ length: 58 }, (_, i) => `s${i}: __schema { types { name fields { name } } }`).join(
      " ",
    );
    refusedAs(await post(server.url, { query: `{ ${schemas} }` }), "QUERY_TOO_COMPLEX", /58 aliases; at most 15/);
  });

  it("11: answers 413 and keeps the keep-alive connection usable, for 6 MB and 20 MB bodies", async () => {
    const agent = new http.Agent({ keepAlive: true, maxSockets: 1 });
    try {
      for (const size of [6 << 20, 20 << 20]) {
        const big = await request(
          server.url,
          agent,
          JSON.stringify({ query: "{ status { version } }", pad: "x".repeat(size) }),
        );
        expect(big.status).toBe(413);
        const next = await request(server.url, agent, JSON.stringify({ query: "{ status { version } }" }));
        expect(next.status).toBe(200);
        // The same socket carried both, or the server said it would close it.
        expect(next.reused || big.headers.connection === "close").toBe(true);
      }
    } finally {
      agent.destroy();
    }
  });

  it("11: answers a wrong key before reading the body, and keeps the keep-alive connection usable", async () => {
    const keyed = await testServer(db, { apiKeys: ["the-key"] });
    const agent = new http.Agent({ keepAlive: true, maxSockets: 1 });
    try {
      const body = JSON.stringify({ query: "{ status { version } }", pad: "x".repeat(1 << 20) });
      const wrong = await request(keyed.url, agent, body, { authorization: "Bearer wrong" });
      expect(wrong.status).toBe(401);
      const next = await request(keyed.url, agent, JSON.stringify({ query: "{ status { version } }" }));
      expect(next.status).toBe(200);
      expect(next.reused || wrong.headers.connection === "close").toBe(true);
    } finally {
      agent.destroy();
      await keyed.stop();
    }
  });

  it("12: refuses a search of more than 64 words with BAD_USER_INPUT", async () => {
    const words = Array.from({ length: 1025 }, (_, i) => String.fromCharCode(97 + (i % 26))).join(" ");
    const response = await post(server.url, {
      query: `query ($t: String!) { search(text: $t) { score } }`,
      variables: { t: words },
    });
    refusedAs(response, "BAD_USER_INPUT", /The search text has 1025 words; at most 64 are allowed/);
  });

  it("12: checks a GET's ?query= for size when a JSON body is sent too", async () => {
    const long = `{ status { version } } # ${"x".repeat(11_000)}`;
    const body = JSON.stringify({ query: "{ status { version } }" });
    const raw = await rawRequest(
      server.url,
      `GET /graphql?query=${encodeURIComponent(long)} HTTP/1.1\r\nHost: x\r\napollo-require-preflight: true\r\ncontent-type: application/json\r\ncontent-length: ${body.length}\r\nconnection: close\r\n\r\n${body}`,
    );
    expect(raw).toMatch(/^HTTP\/1\.1 400/);
    expect(raw).toMatch(/over the limit of 10240/);
  });

  it("12: answers a malformed request target with 400, logging nothing", async () => {
    const errors = jest.spyOn(console, "error").mockImplementation(() => undefined);
    try {
      const raw = await rawRequest(server.url, "GET //[ HTTP/1.1\r\nHost: x\r\nconnection: close\r\n\r\n");
      expect(raw).toMatch(/^HTTP\/1\.1 400/);
      expect(raw).toMatch(/is not a valid path/);
      expect(errors).not.toHaveBeenCalled();
    } finally {
      errors.mockRestore();
    }
  });

  it("12: logs no stack trace for an upload the client abandons", async () => {
    const errors = jest.spyOn(console, "error").mockImplementation(() => undefined);
    try {
      const socket = net.connect(Number(new URL(server.url).port), "127.0.0.1");
      await new Promise((resolve) => socket.once("connect", resolve));
      socket.write(
        'POST /graphql HTTP/1.1\r\nHost: x\r\ncontent-type: application/json\r\ncontent-length: 100000\r\n\r\n{"query":',
      );
      await new Promise((resolve) => setTimeout(resolve, 300));
      socket.destroy();
      await new Promise((resolve) => setTimeout(resolve, 500));
      expect(errors).not.toHaveBeenCalled();
    } finally {
      errors.mockRestore();
    }
  });

  it("12: cuts off slow bodies past the per-address cap (408), and a whole request past the body timeout", async () => {
    const slow = await testServer(db, { slowBodiesPerClient: 1, bodyTimeoutMs: 6000 });
    const port = Number(new URL(slow.url).port);
    const sockets: net.Socket[] = [];
    try {
      const open = (): Promise<{ text: () => string; closed: Promise<void> }> =>
        new Promise((resolve) => {
          const socket = net.connect(port, "127.0.0.1", () => {
            socket.write(
              "POST /graphql HTTP/1.1\r\nHost: x\r\ncontent-type: application/json\r\ncontent-length: 1000\r\n\r\n{",
            );
            let text = "";
            socket.on("data", (chunk) => (text += chunk));
            const closed = new Promise<void>((done) => socket.once("close", () => done()));
            resolve({ text: () => text, closed });
          });
          socket.on("error", () => undefined);
          sockets.push(socket);
        });
      const first = await open();
      const second = await open();
      await second.closed; // at 2 s the second slow body is one too many for this address
      expect(second.text()).toMatch(/^HTTP\/1\.1 408/);
      expect(second.text()).toMatch(/already sending 1 slow request bodies/);
      await first.closed; // the first is cut off by the body timeout
      expect(first.text()).toMatch(/^HTTP\/1\.1 408/);
    } finally {
      sockets.forEach((socket) => socket.destroy());
      await slow.stop();
    }
  }, 30_000);

  it("caps the size of an answer", async () => {
    const small = await testServer(db, { maxAnswerBytes: 2000 });
    try {
      const response = await post(small.url, { query: "{ __schema { types { name description } } }" });
      expect(response.status).toBe(400);
      refusedAs(response, "QUERY_TOO_COMPLEX", /The answer is \d+ bytes, over the limit of 2000/);
    } finally {
      await small.stop();
    }
  });
});

/** POSTs `body` through `agent`; the status, headers and whether the socket was reused. */
function request(
  url: string,
  agent: http.Agent,
  body: string,
  headers: Record<string, string> = {},
): Promise<{ status: number; headers: http.IncomingHttpHeaders; reused: boolean }> {
  return new Promise((resolve, reject) => {
    const req = http.request(
      `${url}/graphql`,
      {
        method: "POST",
        agent,
        headers: { "content-type": "application/json", "content-length": Buffer.byteLength(body), ...headers },
      },
      (res) => {
        res.resume();
        res.on("end", () => resolve({ status: res.statusCode ?? 0, headers: res.headers, reused: req.reusedSocket }));
      },
    );
    req.on("error", reject);
    req.end(body);
  });
}

/** Sends raw bytes and reads until the server closes. */
function rawRequest(url: string, text: string): Promise<string> {
  return new Promise((resolve, reject) => {
    const socket = net.connect(Number(new URL(url).port), "127.0.0.1", () => socket.write(text));
    let answer = "";
    socket.on("data", (chunk) => (answer += chunk));
    socket.on("close", () => resolve(answer));
    socket.on("error", reject);
  });
}
