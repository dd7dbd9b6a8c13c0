import fs from "node:fs";
import path from "node:path";
import { operations } from "./operations";
import { judgeTargets, resultOf, round, type SizeResult } from "./sizeResult";

/**
 * The results as Markdown tables (printed, and written to bench/results/latest.md) and as JSON
 * (bench/results/<date>-<size>.json).
 */
export function writeResults(dir: string, results: readonly SizeResult[]): { json: string; markdown: string } {
  fs.mkdirSync(dir, { recursive: true });
  const last = results[results.length - 1];
  const json = path.join(dir, `${last.date}-${last.size}.json`);
  fs.writeFileSync(json, `${JSON.stringify(last, null, 2)}\n`);
  const markdown = path.join(dir, "latest.md");
  fs.writeFileSync(markdown, document(results));
  return { json, markdown };
}

/**
 * `node dist/bench/report.js <result.json>…`: renders results again (after a change to this
 * report, say) into bench/results/latest.md, judging the targets anew.
 */
if (require.main === module) {
  const results = process.argv.slice(2).map((file) => JSON.parse(fs.readFileSync(file, "utf8")) as SizeResult);
  const ops = operations();
  for (const result of results)
    result.targets = judgeTargets(
      result,
      ops.filter((op) => result.operations.some((o) => o.name === op.name)),
    );
  const file = path.join(path.dirname(process.argv[2]), "latest.md");
  fs.writeFileSync(file, document(results));
  console.log(file);
}

export function document(results: readonly SizeResult[]): string {
  const first = results[0];
  const m = first.machine;
  const v = first.versions;
  const head = [
    `# newsgraph benchmarks (${first.date})`,
    "",
    `Machine: ${m.cpu}, ${m.cores} cores, ${m.memoryGb} GB, ${m.platform}; load average at start ${m.loadAtStart.join(" / ")}.`,
    `Versions: Node ${v.node}, Neo4j ${v.neo4j}, neo4j-driver ${v["neo4j-driver"]}, @neo4j/graphql ${v["@neo4j/graphql"]}, @apollo/server ${v["@apollo/server"]}, newsgraph ${v.newsgraph}.`,
    `Load: ${first.settings.connections} concurrent clients (autocannon) per query and server: ${first.settings.warmup} s warm-up (and ${first.settings.warmup} s through the floor before the first server, so Neo4j is warm for all three), ${first.settings.duration} s saturated (each client sends again as soon as it is answered), then ${first.settings.duration} s at a fixed rate (a quarter of what the floor sustained, the same for all three servers: requests sent evenly spaced, at most ${first.settings.connections} in flight, latency counted from when each was due); "alone": one client by itself. Servers run one at a time, each in its own process, all with a 5 s transaction timeout; the next starts once Neo4j has finished what the last left running. Corpus seed ${first.settings.seed}.`,
    "",
  ];
  return [...head, ...results.flatMap(section)].join("\n") + "\n";
}

export function section(r: SizeResult): string[] {
  const lines = [`## ${r.size.toLocaleString("en")} articles`, ""];
  lines.push(
    `Graph: ${Object.entries(r.graph)
      .map(([k, n]) => `${n} ${k}`)
      .join(
        ", ",
      )}. Load average during the queries ${r.load.queries.join(" / ")}, at the end ${r.load.end.join(" / ")}.`,
    "",
  );
  lines.push(
    "| query | server | p50 ms | p99 ms | req/s | errors | fixed rate | p50 ms | p99 ms | errors | alone p50 ms | alone p99 ms | answer KB |",
    "|---|---|--:|--:|--:|--:|--:|--:|--:|--:|--:|--:|--:|",
  );
  for (const op of r.operations) {
    for (const server of ["newsgraph", "floor", "peer"] as const) {
      const res = r.servers.find((s) => s.name === server)?.results[op.name];
      const name = server === "peer" ? "@neo4j/graphql" : server;
      if (!res || "error" in res) {
        lines.push(
          `| ${op.label} | ${name} | failed: ${res ? res.error.replace(/\|/g, "/").slice(0, 100) : "not run"} | | | | | | | | | | |`,
        );
        continue;
      }
      const f = res.fixed;
      const fixed = f ? `${f.rate}/s | ${round(f.p50)} | ${round(f.p99)} | ${f.errors}` : "– | | |";
      lines.push(
        `| ${op.label} | ${name} | ${round(res.p50)} | ${round(res.p99)} | ${round(res.rps)} | ${res.errors} | ${fixed} | ${res.soloP50.toFixed(2)} | ${res.soloP99?.toFixed(2) ?? ""} | ${(res.bytes / 1024).toFixed(1)} |`,
      );
    }
  }
  lines.push(
    "",
    "Ratios (newsgraph / floor, newsgraph / @neo4j/graphql; for req/s above 1 is better, for latency below 1):",
    "",
  );
  lines.push(
    "| query | ÷floor p50 | ÷floor p99 | ÷floor req/s | ÷peer p50 | ÷peer p99 | ÷peer req/s | @neo4j/graphql's equivalent |",
    "|---|--:|--:|--:|--:|--:|--:|---|",
  );
  for (const op of r.operations) {
    const ng = resultOf(r, "newsgraph", op.name);
    const ratio = (other: "floor" | "peer", key: "p50" | "p99" | "rps") => {
      const o = resultOf(r, other, op.name);
      return ng && o && o[key] > 0 ? `${(ng[key] / o[key]).toFixed(2)}` : "n/a";
    };
    lines.push(
      `| ${op.label} | ${ratio("floor", "p50")} | ${ratio("floor", "p99")} | ${ratio("floor", "rps")} | ${ratio("peer", "p50")} | ${ratio("peer", "p99")} | ${ratio("peer", "rps")} | ${op.peerNote}${op.matched ? "" : " (not matched)"} |`,
    );
  }
  lines.push(
    "",
    `Peak RSS (VmHWM): ${r.servers.map((s) => `${s.name === "peer" ? "@neo4j/graphql" : s.name} ${s.peakRssMb} MB`).join(", ")}.`,
    "",
  );
  lines.push(
    "Neo4j PROFILE of the Cypher newsgraph sends (db hits, noise-free):",
    "",
    "| query | Cypher (rounds) | db hits | busiest operators |",
    "|---|---|--:|---|",
  );
  for (const op of r.operations) {
    const hits = r.profile[op.name] ?? [];
    const total = hits.reduce((sum, h) => sum + h.dbHits, 0);
    lines.push(
      `| ${op.label} | ${op.cypher} | ${total} | ${hits.map((h) => `${h.name}: ${h.top.join(", ")}`).join("; ")} |`,
    );
  }
  lines.push(
    "",
    "Ingest (end to end: reading, extraction, writing):",
    "",
    "| how | articles | seconds | articles/s | batch size | failed |",
    "|---|--:|--:|--:|--:|--:|",
  );
  for (const b of r.ingest.batched)
    lines.push(
      `| CLI, batched | ${b.articles} | ${b.seconds.toFixed(1)} | ${round(b.rate)} | ${b.batchSize} | ${b.failed} |`,
    );
  for (const b of r.ingest.sweep)
    lines.push(
      `| CLI, batch-size sweep (${b.summary}) | ${b.articles} | ${b.seconds.toFixed(1)} | ${round(b.rate)} | ${b.batchSize} | ${b.failed} |`,
    );
  const p = r.ingest.perArticle;
  if (p)
    lines.push(
      `| GraphQL ingestArticle, one at a time (p50 ${p.p50.toFixed(0)} ms, p99 ${p.p99.toFixed(0)} ms) | ${p.articles} | ${p.seconds.toFixed(1)} | ${round(p.rate)} | 1 | ${p.failed} |`,
    );
  if (r.ingest.bestBatchSize) lines.push("", `Fastest batch size in the sweep: ${r.ingest.bestBatchSize}.`);
  lines.push(
    "",
    "Targets (issue 5; set for 100k articles and 50 clients):",
    "",
    "| target | goal | newsgraph | floor | |",
    "|---|---|--:|--:|---|",
  );
  for (const t of r.targets)
    lines.push(
      `| ${t.what} | ${t.goal} | ${t.value} | ${t.floor} | ${t.pass === null ? "n/a" : t.pass ? "PASS" : "MISS"} |`,
    );
  lines.push("");
  return lines;
}
