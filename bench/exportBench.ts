/**
 * `npm run bench:export -- [--statements 20000] [--neo4j-port 7692]`: how fast GET
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
import { writeArticles } from "../src/graph/writeArticles";
import { graphRecord } from "../src/ingestion/graphRecord";
import { identifyArticle } from "../src/ingestion/identifyArticle";
import { openBenchNeo4j } from "./benchNeo4j";
import { benchOptions } from "./benchOptions";

const { values } = parseArgs({
  options: {
    statements: { type: "string", default: "20000" },
    "neo4j-port": { type: "string", default: "7692" },
  },
});
const statements = Number(values.statements);
const perArticle = 100;
const speakers = ["RU", "KP", "US", "CN", "UA", "FR", "DE", "JP"];
const stances = ["assert", "deny", "accuse", "support", "warn", "other"] as const;

async function main() {
  const options = {
    ...benchOptions([]),
    neo4jPort: Number(values["neo4j-port"]),
    neo4jHome: path.join(projectRoot, ".neo4j-export-bench"),
    heapMb: 1024,
  };
  const neo4j = await openBenchNeo4j(options, (line) => console.error(line));
  const db = Database.connect(neo4j.uri, { ...loadConfig({}).neo4j, readTimeoutMs: 60_000, writeTimeoutMs: 120_000 });
  try {
    await db.applySchema();
    const loadStarted = Date.now();
    for (let n = 0; n * perArticle < statements; n++) await writeArticles(db, [article(n)]);
    console.error(`loaded ${statements} statements in ${((Date.now() - loadStarted) / 1000).toFixed(1)} s`);

    const server = await startServer(db, 0, "127.0.0.1");
    global.gc?.();
    const baseline = process.memoryUsage().rss;
    let peak = baseline;
    const sampler = setInterval(() => (peak = Math.max(peak, process.memoryUsage().rss)), 20);
    const started = performance.now();
    const response = await fetch(`${server.url}/export/statements.csv`);
    let lines = 0;
    const decoder = new TextDecoder();
    for await (const chunk of response.body as unknown as AsyncIterable<Uint8Array>) {
      for (const char of decoder.decode(chunk, { stream: true })) if (char === "\n") lines++;
    }
    const seconds = (performance.now() - started) / 1000;
    clearInterval(sampler);
    await server.stop();
    // Each quote is one line (no line breaks in them); the header is one more.
    const rows = lines - 1;
    const mb = (bytes: number) => (bytes / 1024 / 1024).toFixed(0);
    console.log(
      JSON.stringify({
        statements,
        rows,
        seconds: Number(seconds.toFixed(2)),
        rowsPerSecond: Math.round(rows / seconds),
        rssBeforeMb: Number(mb(baseline)),
        rssPeakMb: Number(mb(peak)),
      }),
    );
    if (rows !== statements) throw new Error(`The export held ${rows} rows of ${statements}.`);
  } finally {
    await db.close();
    await neo4j.stop();
  }
}

/** Article n: 100 statements by one of eight states about another, each with a quote of its own. */
function article(n: number) {
  const text = `Synthetic article ${n} for the export benchmark.`;
  const valid = identifyArticle(
    {
      id: `export-bench-${n}`,
      text,
      language: "en",
      publishedAt: `2023-${String((n % 12) + 1).padStart(2, "0")}-10T08:00:00Z`,
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
  const empty = { countries: [], persons: [], meetings: [], sanctions: [], agreements: [], transfers: [] };
  return graphRecord(valid, { id: valid.id, language: "en", ...empty, statements: facts }, new Date().toISOString());
}

main().catch((error) => {
  console.error(error);
  process.exitCode = 1;
});
