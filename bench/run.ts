/**
 * `npm run bench`: newsgraph's speed at growing sizes, next to the floor (its own Cypher through the
 * bare driver) and the peer (@neo4j/graphql) on the same Neo4j and data. For each size, loading
 * cumulatively from one synthetic corpus (bench/newsArticles.ts): batched CLI ingest up to the size,
 * the queries under load on the three servers, per-article GraphQL ingest, and (at the first size)
 * a sweep of the CLI's --batch-size. Results go to bench/results/ (see bench/report.ts).
 */
import fs from "node:fs";
import path from "node:path";
import { benchOptions } from "./benchOptions";
import { graphCounts, openBenchNeo4j } from "./benchNeo4j";
import { captureCypher, describeRounds } from "./capture";
import { writeCorpusFile } from "./corpus";
import { cliIngest, perArticleIngest, type BatchedIngest, type PerArticleIngest } from "./ingestBench";
import { loadAverage, machine, versions } from "./machine";
import { newsArticles, type NewsArticle } from "./syntheticArticles";
import { operations } from "./operations";
import { profileHits } from "./profileHits";
import { benchApiKey, measureQueries } from "./queryBench";
import { section, writeResults } from "./report";
import { judgeTargets, type SizeResult } from "./sizeResult";

const log = (line: string) => console.error(line);

async function main(): Promise<void> {
  const options = benchOptions();
  const started = Date.now();
  const host = machine();
  log(`bench: sizes ${options.sizes.join(", ")}; ${host.cores} cores, load average ${host.loadAtStart.join(" / ")}`);
  fs.mkdirSync(options.corpusDir, { recursive: true });
  const stream = newsArticles(options.seed);
  let loaded = 0;
  /** The next `count` articles of the corpus, in a file for the CLI. */
  const nextFile = async (count: number, name: string) => {
    const file = path.join(options.corpusDir, `${name}.jsonl`);
    await writeCorpusFile(file, stream, count);
    loaded += count;
    return file;
  };
  const nextArticles = (count: number): NewsArticle[] => {
    loaded += count;
    return Array.from({ length: count }, () => stream.next().value as NewsArticle);
  };

  const neo4j = await openBenchNeo4j(options, log);
  try {
    if (neo4j.articles > 0) {
      // --keep-graph: the corpus's first articles are loaded already; the stream goes on after them.
      if (neo4j.articles > options.sizes[0])
        throw new Error(
          `The kept graph holds ${neo4j.articles} articles, more than the first size, ${options.sizes[0]}.`,
        );
      for (let n = 0; n < neo4j.articles; n++) stream.next();
      loaded = neo4j.articles;
      log(`bench: kept the graph of ${loaded} articles an earlier run left`);
    }
    const date = new Date().toISOString().slice(0, 10);
    const results: SizeResult[] = [];
    const ops = operations().filter((op) => !options.only || options.only.includes(op.name));
    for (const [index, size] of options.sizes.entries()) {
      log(`\n== ${size} articles ==`);
      const batched: BatchedIngest[] = [];
      if (size > loaded) {
        const file = await nextFile(size - loaded, `corpus-${options.seed}-to-${size}`);
        log(`ingest: loading up to ${size} articles with the CLI…`);
        batched.push(await cliIngest(file, neo4j.env, options.batchSize, log));
        log(`  ${batched[0].summary}`);
      }
      const graph = await graphCounts(neo4j.driver);
      log(`graph: ${JSON.stringify(graph)}`);
      const captured = await captureCypher(neo4j.uri, ops, log);
      const capturedFile = path.join(options.corpusDir, `captured-${size}.json`);
      fs.writeFileSync(capturedFile, JSON.stringify(captured));
      const profile: SizeResult["profile"] = {};
      for (const op of ops) profile[op.name] = await profileHits(neo4j.driver, captured[op.name]);
      for (const op of ops)
        log(
          `cypher: ${op.name}: ${describeRounds(captured[op.name])}; ${profile[op.name].reduce((sum, h) => sum + h.dbHits, 0)} db hits`,
        );

      const fresh = nextArticles(options.perArticle);
      let perArticle: PerArticleIngest | null = null;
      const loadQueries = loadAverage();
      log(
        `queries: ${options.connections} clients, ${options.warmup} s warm-up + ${options.duration} s each (load average ${loadQueries.join(" / ")})`,
      );
      const servers = await measureQueries(ops, neo4j.env, capturedFile, options, log, async (server) => {
        if (fresh.length === 0) return;
        perArticle = await perArticleIngest(server.url, benchApiKey, fresh);
        log(
          `ingest: ${perArticle.articles} articles one by one through ingestArticle: ${perArticle.rate.toFixed(1)}/s (p50 ${perArticle.p50.toFixed(0)} ms)`,
        );
      });

      const sweep: BatchedIngest[] = [];
      if (index === 0 && options.sweep > 0) {
        // Two rounds, the second in reverse order, so that a machine growing busier or quieter
        // (or a graph growing bigger) does not favour the sizes tried last.
        const runs = new Map<number, BatchedIngest[]>(options.batchSizes.map((b) => [b, []]));
        for (const order of [options.batchSizes, [...options.batchSizes].reverse()]) {
          for (const batchSize of order) {
            const file = await nextFile(Math.ceil(options.sweep / 2), `sweep-${batchSize}`);
            const run = await cliIngest(file, neo4j.env, batchSize, log);
            log(`sweep: --batch-size ${batchSize}: ${run.rate.toFixed(0)} articles/s`);
            runs.get(batchSize)!.push(run);
          }
        }
        for (const [batchSize, [first, ...rest]] of runs) {
          const all = [first, ...rest];
          const sum = (key: "articles" | "seconds" | "wallSeconds" | "failed" | "facts") =>
            all.reduce((total, r) => total + r[key], 0);
          const summary = `${all.length} runs: ${all.map((r) => `${r.rate.toFixed(0)}/s`).join(", ")}`;
          sweep.push({
            ...first,
            articles: sum("articles"),
            seconds: sum("seconds"),
            wallSeconds: sum("wallSeconds"),
            failed: sum("failed"),
            facts: sum("facts"),
            rate: sum("articles") / sum("seconds"),
            batchSize,
            summary,
          });
        }
      }
      const best = sweep.length > 0 ? sweep.reduce((x, y) => (y.rate > x.rate ? y : x)) : null;
      const result: Omit<SizeResult, "targets"> = {
        size,
        date,
        machine: host,
        versions: versions(neo4j.version),
        load: { queries: loadQueries, end: loadAverage() },
        settings: {
          connections: options.connections,
          duration: options.duration,
          warmup: options.warmup,
          seed: options.seed,
          perArticle: options.perArticle,
        },
        graph,
        ingest: { batched, perArticle, sweep, bestBatchSize: best ? (best.batchSize as number) : null },
        operations: ops.map((op) => ({
          name: op.name,
          label: op.label,
          peerNote: op.peerNote,
          matched: op.matched,
          cypher: describeRounds(captured[op.name]),
        })),
        servers,
        profile,
      };
      results.push({ ...result, targets: judgeTargets(result, ops) });
      const written = writeResults(options.resultsDir, results);
      console.log(section(results[results.length - 1]).join("\n"));
      log(`results: ${written.json}, ${written.markdown}`);
    }
    log(`bench: done in ${((Date.now() - started) / 60000).toFixed(1)} min; ${loaded} articles loaded in all`);
  } finally {
    await neo4j.stop();
  }
}

main().catch((error: Error) => {
  console.error(`bench: ${error.stack ?? error.message}`);
  process.exit(1);
});
