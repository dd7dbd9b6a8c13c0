import { loadConfig } from "../src/config";
import { openDatabase } from "../src/graph/openDatabase";
import { ingestArticles } from "../src/ingestion/ingestArticles";
import type { ArticleInput } from "../src/ingestion/articleInput";

/**
 * Contention on one month's counters: `--clients` (50) concurrent `ingestArticles` calls of one
 * article each, every article a meeting of two leaders and a statement dated in the same month, so
 * that each transaction moves the same month's and year's Tally counters (the kind's, and the
 * sides' shared by the leaders). `--rounds` (3) rounds, each in a month of its own (a new year), so
 * each round writes new facts. Prints per round: wall time, articles/s, p50/p99 latency of a call,
 * and the transaction attempts the Database made per call (a read of the stored hashes and a write
 * when nothing is retried; more where deadlocks or lost lock waits were retried). Runs against NEO4J_URI (an empty graph: the ids are fixed).
 * Built with the project, so the same file, copied into another checkout's dist/bench, measures
 * that checkout (how the counters were compared with the branch before them).
 * Usage: NEO4J_URI=bolt://127.0.0.1:7687 node dist/bench/tallyContention.js [--clients 50] [--rounds 3]
 */
const flag = (name: string, fallback: number) => {
  const at = process.argv.indexOf(`--${name}`);
  return at > 0 ? Number(process.argv[at + 1]) : fallback;
};
const clients = flag("clients", 50);
const rounds = flag("rounds", 3);

/** Leaders the English pack knows; each article pairs two of them (28 pairs). */
const leaders = [
  "Vladimir Putin",
  "Xi Jinping",
  "Joe Biden",
  "Emmanuel Macron",
  "Olaf Scholz",
  "Narendra Modi",
  "Kim Jong Un",
  "Recep Tayyip Erdogan",
];
const pairs = leaders.flatMap((a, i) => leaders.slice(i + 1).map((b) => [a, b] as const));

/** Sentences written for this bench: a dated meeting and a remark, in September of `year`. */
function article(round: number, n: number): ArticleInput {
  const year = 2015 + round;
  const [host, guest] = pairs[n % pairs.length];
  const day = 1 + (n % 28);
  return {
    id: `tally-contention-${round}-${n}`,
    language: "en",
    publishedAt: `${year}-09-${String(day).padStart(2, "0")}T12:00:00Z`,
    text: `${host} met ${guest} in Geneva on September ${day}, ${year}, for talks on grain and energy (note ${n}). ${guest} said after the talks that both sides wanted calm on their borders.`,
  };
}

const percentile = (sorted: number[], p: number) => sorted[Math.min(sorted.length - 1, Math.floor(p * sorted.length))];

async function main(): Promise<void> {
  const database = await openDatabase(loadConfig());
  const { db } = database;
  try {
    // Articles alone first, unmeasured, so that Neo4j has planned the write queries (on a loaded
    // machine a fresh Neo4j's first write can pass the write timeout: its plans are kept anyway).
    for (let n = 0; n < 3; n++) await ingestArticles(db, [article(0, n)]).catch(() => {});
    for (let round = 1; round <= rounds; round++) {
      const before = db.attemptCount;
      const latencies: number[] = [];
      let failed = 0;
      const started = performance.now();
      await Promise.all(
        Array.from({ length: clients }, async (_, n) => {
          const start = performance.now();
          // A call that lost for the whole retry window (TRY_AGAIN) or timed out counts as failed.
          const [outcome] = await ingestArticles(db, [article(round, n)]).catch(() => [{ ok: false }]);
          latencies.push(performance.now() - start);
          if (!outcome.ok) failed++;
        }),
      );
      const seconds = (performance.now() - started) / 1000;
      latencies.sort((a, b) => a - b);
      const attempts = db.attemptCount - before;
      console.log(
        `round ${round}: ${clients} concurrent ingests in ${seconds.toFixed(2)} s (${(clients / seconds).toFixed(1)}/s), ` +
          `p50 ${percentile(latencies, 0.5).toFixed(0)} ms, p99 ${percentile(latencies, 0.99).toFixed(0)} ms, ` +
          `${attempts} transaction attempts (${(attempts / clients).toFixed(2)} per call), ${failed} failed (TRY_AGAIN or timeout)`,
      );
    }
  } finally {
    await database.close();
  }
}

main().catch((error) => {
  console.error(error);
  process.exitCode = 1;
});
