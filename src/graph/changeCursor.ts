import { BadInputError } from "../errors";

/**
 * A change feed cursor: the sequence number of the last change a client has, base64url-encoded so
 * that clients treat it as opaque. The numbers live in Neo4j (the Change nodes), so a cursor stays
 * good across restarts of the server and of Neo4j.
 */
export function encodeChangeCursor(seq: number): string {
  return Buffer.from(JSON.stringify(["change", seq]), "utf8").toString("base64url");
}

export function decodeChangeCursor(cursor: string): number {
  let value: unknown;
  try {
    value = JSON.parse(Buffer.from(cursor, "base64url").toString("utf8"));
  } catch {
    value = undefined;
  }
  if (
    !Array.isArray(value) ||
    value.length !== 2 ||
    value[0] !== "change" ||
    !Number.isSafeInteger(value[1]) ||
    (value[1] as number) < 0
  ) {
    throw new BadInputError(
      `The cursor "${cursor}" is not a change feed cursor; pass the endCursor or an edge's cursor of an earlier changes page, or no cursor to start from the beginning.`,
    );
  }
  return value[1] as number;
}
