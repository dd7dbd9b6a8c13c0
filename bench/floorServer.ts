/**
 * The floor: newsgraph's questions asked with newsgraph's own Cypher (the same files of
 * cypher/queries/, the same parameters, captured by bench/capture.ts, the same rounds) through the
 * bare neo4j-driver, behind a minimal Node `http` handler — no GraphQL, no resolvers. Whatever
 * newsgraph spends above this is its own overhead.
 *
 * Run as its own process: `node dist/bench/floorServer.js <captured.json> <port>` with NEO4J_URI set.
 */
import fs from "node:fs";
import http from "node:http";
import neo4j from "neo4j-driver";
import { cypher } from "../src/graph/cypher";
import type { Rounds } from "./capture";

const [capturedFile, port] = process.argv.slice(2);
const captured = JSON.parse(fs.readFileSync(capturedFile, "utf8")) as Record<string, Rounds>;
// Read by the server's own loader (which puts the registry's relationship types in).
const text = cypher;
const database = process.env.NEO4J_DATABASE || "neo4j";
const readTimeoutMs = Number(process.env.NEWSGRAPH_READ_TIMEOUT_MS || 5000);
// The driver as newsgraph configures it (src/graph/database.ts).
const driver = neo4j.driver(
  process.env.NEO4J_URI!,
  neo4j.auth.basic(process.env.NEO4J_USER || "neo4j", process.env.NEO4J_PASSWORD ?? ""),
  {
    disableLosslessIntegers: true,
    connectionAcquisitionTimeout: 10_000,
    connectionTimeout: 5_000,
    maxConnectionPoolSize: 100,
    logging: { level: "error", logger: () => {} },
  },
);

/** One query in its own session and auto-commit read transaction, as newsgraph's Database.read runs it. */
async function run(name: string, params: Record<string, unknown>): Promise<unknown[]> {
  const session = driver.session({ database, defaultAccessMode: neo4j.session.READ });
  try {
    const result = await session.run(text(name), params, { timeout: readTimeoutMs });
    return result.records.map((record) => record.toObject());
  } finally {
    await session.close();
  }
}

async function answer(rounds: Rounds): Promise<unknown[][]> {
  const out: unknown[][] = [];
  for (const round of rounds) out.push(...(await Promise.all(round.map((query) => run(query.name, query.params)))));
  return out;
}

const server = http.createServer((req, res) => {
  req.resume();
  const name = (req.url ?? "/").slice(1).split("?")[0];
  const send = (status: number, body: unknown) => {
    res.writeHead(status, { "content-type": "application/json; charset=utf-8" });
    res.end(JSON.stringify(body));
  };
  if (name === "health") return send(200, { status: "ok" });
  const rounds = captured[name];
  if (!rounds) return send(404, { error: `no operation ${name}` });
  answer(rounds).then(
    (data) => send(200, { data }),
    (error: Error) => send(500, { error: error.message }),
  );
});

server.listen(Number(port), "127.0.0.1");
process.on("SIGTERM", () => {
  server.close(() => void driver.close().then(() => process.exit(0)));
  server.closeAllConnections();
});
