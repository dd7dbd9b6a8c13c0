/**
 * `npm run bench:export -- [--statements 20000] [--neo4j-port 7692] [--rounds 3]`: how fast GET
 * /export/statements.csv streams, and how much memory the server process holds while it does.
 * Loads N statements (100 per article, written as ingestion writes them) into a Neo4j of its own
 * (`.neo4j-export-bench`, emptied first), serves the API in this process, reads the export as a
 * client that keeps nothing but a line count, and samples the process's RSS every 20 ms: rows/s
 * over the whole response, and the peak RSS beside the RSS before the export started (flat
 * memory: the peak stays near the baseline whatever N is).
 */
import path from "node:path";
import { parseArgs } from "node:util";
import { startServer } from "../src/api/server";
import { loadConfig, projectRoot } from "../src/config";
import { Database } from "../src/graph/database";
import { noFacts } from "../src/extraction/facts";
import { writeArticles } from "../src/graph/writeArticles";
import { graphRecord } from "../src/ingestion/graphRecord";
import { identifyArticle } from "../src/ingestion/identifyArticle";
import { openBenchNeo4j } from "./benchNeo4j";
import { benchOptions } from "./benchOptions";

const { values } = parseArgs({
  options: {
    statements: { type: "string", default: "20000" },
    "neo4j-port": { type: "string", default: "7692" },
    rounds: { type: "string", default: "3" },
  },
});
const statements = Number(values.statements);
const rounds = Number(values.rounds);
const perArticle = 100;
const speakers = ["RU", "KP", "US", "CN", "UA", "FR", "DE", "JP"];
const stances = ["assert", "deny", "accuse", "support", "warn", "other"] as const;
/** Articles per write transaction, as ingestion batches them: one by one, loading 20,000 took 855 s. */
const loadBatch = 20;

async function main() {
  const options = {
    ...benchOptions([]),
    neo4jPort: Number(values["neo4j-port"]),
    neo4jHome: path.join(projectRoot, ".neo4j-export-bench"),
    heapMb: 1024,
  };
  const neo4j = await openBenchNeo4j(options, (line) => console.error(line));
  const db = Database.connect(neo4j.uri, { ...loadConfig({}).neo4j, readTimeoutMs: 60_000, writeTimeoutMs: 600_000 });
  try {
    await db.applySchema();
    const loadStarted = Date.now();
    const articles = Math.ceil(statements / perArticle);
    for (let n = 0; n < articles; n += loadBatch)
      await writeArticles(
        db,
        Array.from({ length: Math.min(loadBatch, articles - n) }, (_, i) => article(n + i)),
      );
    console.error(`loaded ${statements} statements in ${((Date.now() - loadStarted) / 1000).toFixed(1)} s`);

    const server = await startServer(db, 0, "127.0.0.1");
    // The first export after loading pays for planning the query and a cold page cache; the next
    // ones show the steady rate.
    for (let round = 1; round <= rounds; round++) {
      const measured = await exportOnce(server.url);
      console.log(JSON.stringify({ statements, round, ...measured }));
      if (measured.rows !== statements) throw new Error(`The export held ${measured.rows} rows of ${statements}.`);
    }
    await server.stop();
  } finally {
    await db.close();
    await neo4j.stop();
  }
}

/** GET /export/statements.csv once, read as a client that keeps nothing but a line count. */
async function exportOnce(url: string) {
  global.gc?.();
  // memoryUsage.rss() alone: memoryUsage() gathers V8's heap statistics as well, and sampled every
  // 20 ms it showed in a profile of the export.
  const baseline = process.memoryUsage.rss();
  let peak = baseline;
  const sampler = setInterval(() => (peak = Math.max(peak, process.memoryUsage.rss())), 20);
  const cpu = process.cpuUsage();
  const started = performance.now();
  const response = await fetch(`${url}/export/statements.csv`);
  // The client shares the process with the server: it counts line feeds in the bytes, without
  // decoding them into strings a character at a time.
  let lines = 0;
  for await (const chunk of response.body as unknown as AsyncIterable<Uint8Array>) {
    for (let at = chunk.indexOf(10); at !== -1; at = chunk.indexOf(10, at + 1)) lines++;
  }
  const seconds = (performance.now() - started) / 1000;
  const { user, system } = process.cpuUsage(cpu);
  clearInterval(sampler);
  // Each quote is one line (no line breaks in them); the header is one more.
  const rows = lines - 1;
  const mb = (bytes: number) => Math.round(bytes / 1024 / 1024);
  return {
    rows,
    seconds: Number(seconds.toFixed(2)),
    rowsPerSecond: Math.round(rows / seconds),
    // The CPU this process spent (server and client): on a loaded machine the wall-clock rate
    // says more about the other processes than about the export.
    cpuSeconds: Number(((user + system) / 1e6).toFixed(2)),
    rssBeforeMb: mb(baseline),
    rssPeakMb: mb(peak),
  };
}

/**
 * Article n: 100 statements by one of eight states about another, each with a quote of its own,
 * published four days after article n - 1. Statements of one speaker published within three days
 * whose words share a stem are one remark retold (statementEvents.ts): on one shared day, the
 * quotes' common words merged 20,000 statements into 1,278.
 */
function article(n: number) {
  const text = `Synthetic article ${n} for the export benchmark.`;
  const valid = identifyArticle(
    {
      id: `export-bench-${n}`,
      text,
      language: "en",
      publishedAt: new Date(Date.UTC(2000, 0, 1 + 4 * n, 8)).toISOString(),
    },
    new Date(),
  );
  const evidence = { text, start: 0, end: text.length };
  const facts = Array.from({ length: Math.min(perArticle, statements - n * perArticle) }, (_, i) => {
    const speaker = speakers[(n + i) % speakers.length];
    return {
      speaker,
      speakerCountry: speaker,
      stance: stances[i % stances.length],
      about: [speakers[(n + i + 1) % speakers.length]],
      quote: `Benchmark quote ${n}-${i}, with a comma`,
      summary: null,
      evidence,
    };
  });
  const empty = { countries: [], persons: [], ...noFacts() };
  return graphRecord(valid, { id: valid.id, language: "en", ...empty, statements: facts }, new Date().toISOString());
}

main().catch((error) => {
  console.error(error);
  process.exitCode = 1;
});
