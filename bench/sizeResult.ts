import type { BatchedIngest, PerArticleIngest } from "./ingestBench";
import type { LoadResult } from "./load";
import type { Machine, Versions } from "./machine";
import type { Operation } from "./operations";
import type { QueryHits } from "./profileHits";
import type { ServerRun } from "./queryBench";

/** Everything measured at one size: what bench/results/<date>-<size>.json holds. */
export interface SizeResult {
  size: number;
  date: string;
  machine: Machine;
  versions: Versions;
  /** Load averages (1, 5, 15 min) when this size's query load started and ended. */
  load: { queries: number[]; end: number[] };
  settings: { connections: number; duration: number; warmup: number; seed: number; perArticle: number };
  graph: Record<string, number>;
  ingest: {
    batched: BatchedIngest[];
    perArticle: PerArticleIngest | null;
    sweep: BatchedIngest[];
    /** The batch size the sweep found fastest. */
    bestBatchSize: number | null;
  };
  operations: Array<Pick<Operation, "name" | "label" | "peerNote" | "matched"> & { cypher: string }>;
  servers: ServerRun[];
  profile: Record<string, QueryHits[]>;
  targets: Target[];
}

export interface Target {
  what: string;
  goal: string;
  value: string;
  /** The floor's figure for the same target, where there is one: what the machine allows at all. */
  floor: string;
  pass: boolean | null;
}

type Measured = LoadResult | { error: string } | undefined;
const ok = (r: Measured): r is LoadResult => r !== undefined && !("error" in r);

export function resultOf(
  result: Pick<SizeResult, "servers">,
  server: ServerRun["name"],
  op: string,
): LoadResult | undefined {
  const r = result.servers.find((s) => s.name === server)?.results[op];
  return ok(r) ? r : undefined;
}

/**
 * The targets (set for 100k articles and 50 clients), judged on this size's numbers, both
 * at saturation (closed loop: latency is mostly queueing) and at the fixed rate (a quarter of what
 * the floor sustains: latency as users see it while the server keeps up).
 */
export function judgeTargets(result: Omit<SizeResult, "targets">, ops: readonly Operation[]): Target[] {
  const targets: Target[] = [];
  const show = (v: number | undefined, unit: string) => (v === undefined ? "n/a" : `${round(v)}${unit}`);
  const add = (
    what: string,
    goal: string,
    value: number | undefined,
    floor: number | undefined,
    pass: (v: number) => boolean,
    unit: string,
  ) =>
    targets.push({
      what,
      goal,
      value: show(value, unit),
      floor: show(floor, unit),
      pass: value === undefined ? null : pass(value),
    });
  const get = (server: ServerRun["name"], op: string) => resultOf(result, server, op);
  for (const op of ops.filter((o) => o.p99Target !== undefined)) {
    const goal = `≤ ${op.p99Target} ms`;
    add(
      `${op.name} p99, one client alone`,
      goal,
      get("newsgraph", op.name)?.soloP99,
      get("floor", op.name)?.soloP99,
      (v) => v <= op.p99Target!,
      " ms",
    );
    add(
      `${op.name} p99, saturated`,
      goal,
      get("newsgraph", op.name)?.p99,
      get("floor", op.name)?.p99,
      (v) => v <= op.p99Target!,
      " ms",
    );
    const rate = get("floor", op.name)?.fixed?.rate;
    add(
      `${op.name} p99 at ${rate ?? "?"} req/s`,
      goal,
      get("newsgraph", op.name)?.fixed?.p99,
      get("floor", op.name)?.fixed?.p99,
      (v) => v <= op.p99Target!,
      " ms",
    );
  }
  for (const op of ops.filter((o) => o.matched)) {
    const ng = get("newsgraph", op.name);
    const peer = get("peer", op.name);
    add(
      `${op.name} req/s ÷ @neo4j/graphql's`,
      "≥ 1.2×",
      ng && peer ? ng.rps / peer.rps : undefined,
      undefined,
      (v) => v >= 1.2,
      "×",
    );
  }
  for (const op of ops) {
    const ng = get("newsgraph", op.name);
    const floor = get("floor", op.name);
    add(
      `${op.name} p50 − floor's, one client alone`,
      "≤ 2 ms",
      ng && floor ? ng.soloP50 - floor.soloP50 : undefined,
      undefined,
      (v) => v <= 2,
      " ms",
    );
    add(
      `${op.name} p50 − floor's, saturated`,
      "≤ 2 ms",
      ng && floor ? ng.p50 - floor.p50 : undefined,
      undefined,
      (v) => v <= 2,
      " ms",
    );
    const fixed = ng?.fixed && floor?.fixed ? ng.fixed.p50 - floor.fixed.p50 : undefined;
    add(
      `${op.name} p50 − floor's at ${floor?.fixed?.rate ?? "?"} req/s`,
      "≤ 2 ms",
      fixed,
      undefined,
      (v) => v <= 2,
      " ms",
    );
  }
  const batched = result.ingest.batched;
  const total = batched.reduce(
    (sum, b) => ({ articles: sum.articles + b.articles, seconds: sum.seconds + b.seconds }),
    { articles: 0, seconds: 0 },
  );
  add(
    "batched ingest (CLI)",
    "≥ 200/s",
    total.seconds > 0 ? total.articles / total.seconds : undefined,
    undefined,
    (v) => v >= 200,
    "/s",
  );
  add("per-article ingest (GraphQL)", "≥ 20/s", result.ingest.perArticle?.rate, undefined, (v) => v >= 20, "/s");
  return targets;
}

export const round = (v: number) =>
  Math.abs(v) >= 100 ? v.toFixed(0) : Math.abs(v) >= 10 ? v.toFixed(1) : v.toFixed(2);
