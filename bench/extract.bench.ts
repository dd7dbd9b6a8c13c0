/**
 * Extraction throughput on one core: `npm run bench:extract`.
 * Extracts a few thousand synthetic 2–4 KB articles (bench/syntheticArticles.ts) after a warm-up
 * and prints articles per second; also checks that a second run gives byte-identical output.
 */
import { extract } from "../src/extraction/extract";
import { syntheticArticles } from "./syntheticArticles";

const COUNT = Number(process.env.BENCH_ARTICLES ?? 3000);
const FLOOR = 500;

function main(): void {
  const articles = syntheticArticles(COUNT, 42);
  const kb = articles.reduce((sum, a) => sum + Buffer.byteLength(a.text), 0) / 1024;
  for (const a of articles.slice(0, 200)) extract(a); // warm-up: indexes built, code optimised

  const cpu = process.cpuUsage();
  const start = process.hrtime.bigint();
  let facts = 0;
  const first: string[] = [];
  for (const a of articles) {
    const f = extract(a);
    facts += f.meetings.length + f.sanctions.length + f.statements.length;
    first.push(JSON.stringify(f));
  }
  const seconds = Number(process.hrtime.bigint() - start) / 1e9;
  const used = process.cpuUsage(cpu);
  const cpuSeconds = (used.user + used.system) / 1e6;
  const deterministic = articles.every((a, i) => JSON.stringify(extract(a)) === first[i]);

  const rate = COUNT / seconds;
  console.log(
    `extract: ${COUNT} articles (${(kb / COUNT).toFixed(1)} KB avg), ${facts} facts in ${seconds.toFixed(2)} s`,
  );
  // Wall time suffers from other load on the machine; CPU time is what the one core spent.
  console.log(`extract: ${(COUNT / cpuSeconds).toFixed(0)} articles/s of CPU time (${rate.toFixed(0)} by wall clock)`);
  console.log(
    `extract: ${rate.toFixed(0)} articles/s on one core (floor ${FLOOR}), deterministic: ${deterministic ? "yes" : "NO"}`,
  );
  if (!deterministic) process.exitCode = 1;
}

main();
