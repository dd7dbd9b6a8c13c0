import { createHash } from "node:crypto";

/**
 * What the change feed says an article or fact is after a change (README, "For dashboards"): the
 * snapshot a replayer stores under its id. Pure: recordChanges reads the graph, this shapes it.
 *
 * - An article: `{properties, reports, mentions}` — its node's properties, one entry per REPORTS
 *   relationship (`{fact, ...its properties}`: the sentence and offsets, and for a meeting what the
 *   report says), the ids of the actors it mentions.
 * - A fact: `{properties, actors, claims}` — its node's properties, its relationships to actors
 *   (`{type, actor, out}`: `out` when the fact points at the actor, as TARGETS and ABOUT do), the
 *   ids of the facts it claims.
 *
 * A fact's sources are the articles whose reports name it, so a new source changes the article,
 * not the fact: a fact reported by ten thousand articles is not sent again with each of them.
 */
export type Snapshot = Record<string, unknown>;

/** A snapshot as the feed stores it: JSON with sorted keys and sorted lists, so that equal states give equal text. */
export function snapshotText(state: Snapshot): string {
  const sorted = Object.fromEntries(
    Object.entries(state).map(([key, value]) => [
      key,
      // The lists come from pattern comprehensions, in no stable order; property values keep theirs.
      key === "properties" ? canonical(value) : Array.isArray(value) ? sortedList(value) : canonical(value),
    ]),
  );
  return JSON.stringify(canonical(sorted));
}

/** A short digest of a snapshot's text: each change keeps it, to tell the next real change from a write that changed nothing. */
export function snapshotHash(text: string): string {
  return createHash("sha256").update(text).digest("base64url").slice(0, 22);
}

/** The article's reports flattened to `{fact, ...properties}`, as the feed lists them. */
export function articleState(state: {
  properties: Record<string, unknown>;
  reports: Array<{ fact: string; properties: Record<string, unknown> }>;
  mentions: string[];
}): Snapshot {
  return {
    properties: state.properties,
    reports: state.reports.map((report) => ({ fact: report.fact, ...report.properties })),
    mentions: state.mentions,
  };
}

function sortedList(items: readonly unknown[]): unknown[] {
  return items
    .map((item) => canonical(item))
    .map((item) => [JSON.stringify(item), item] as const)
    .sort((a, b) => (a[0] < b[0] ? -1 : a[0] > b[0] ? 1 : 0))
    .map(([, item]) => item);
}

/** Objects with their keys in order, recursively (JSON.stringify keeps insertion order). */
function canonical(value: unknown): unknown {
  if (Array.isArray(value)) return value.map(canonical);
  if (value !== null && typeof value === "object") {
    return Object.fromEntries(
      Object.keys(value)
        .sort()
        .map((key) => [key, canonical((value as Record<string, unknown>)[key])]),
    );
  }
  return value;
}
