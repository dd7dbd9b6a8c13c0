import { BadInputError } from "../errors";
import type { RawNode } from "./toRecord";

/**
 * Keyset pagination. Every list has a stable order (a sort key, then the id, which is unique), and
 * a cursor is that pair for the last item of a page, base64url-encoded so clients treat it as
 * opaque. The next page starts strictly after it, so pages never repeat or skip an item, even
 * while items are added.
 */
export const defaultPageSize = 20;
export const maxPageSize = 100;

export interface PageRequest {
  first?: number | null;
  after?: string | null;
}

/** A page request checked and decoded, in the shape the list queries take. */
export interface PageParams {
  first: number;
  /** [sort key, id] of the item to start after, or null for the first page. */
  after: [string, string] | null;
}

export interface Page<T> {
  nodes: T[];
  cursors: string[];
  hasNextPage: boolean;
  totalCount: number;
}

/** A list query's answer: up to first + 1 rows (one more tells whether a next page exists). */
export interface PageRows<R> {
  totalCount: number;
  rows: Array<{ node: R; labels: string[]; sortKey: string }>;
}

export function pageParams({ first, after }: PageRequest): PageParams {
  const size = first ?? defaultPageSize;
  if (!Number.isInteger(size) || size < 0 || size > maxPageSize) {
    throw new BadInputError(`first must be a whole number from 0 to ${maxPageSize}; ${size} is not.`);
  }
  return { first: size, after: after == null ? null : decodeCursor(after) };
}

export function encodeCursor(sortKey: string, id: string): string {
  return Buffer.from(JSON.stringify([sortKey, id]), "utf8").toString("base64url");
}

export function decodeCursor(cursor: string): [string, string] {
  let value: unknown;
  try {
    value = JSON.parse(Buffer.from(cursor, "base64url").toString("utf8"));
  } catch {
    value = undefined;
  }
  if (!Array.isArray(value) || value.length !== 2 || !value.every((part) => typeof part === "string")) {
    throw new BadInputError(
      `The cursor "${cursor}" is not one this API handed out; pass a pageInfo.endCursor or an edge's cursor.`,
    );
  }
  return value as [string, string];
}

/** Turns a list query's rows into a page, converting each node with `convert`. */
export function toPage<T extends { id: string }>(
  result: PageRows<RawNode> | undefined,
  params: PageParams,
  convert: (raw: RawNode) => T,
): Page<T> {
  const rows = result?.rows ?? [];
  const kept = rows.slice(0, params.first);
  const nodes = kept.map((row) => convert({ ...row.node, labels: row.labels }));
  return {
    nodes,
    cursors: kept.map((row, i) => encodeCursor(row.sortKey, nodes[i].id)),
    hasNextPage: rows.length > params.first,
    totalCount: result?.totalCount ?? 0,
  };
}
