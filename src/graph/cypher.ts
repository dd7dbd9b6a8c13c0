import fs from "node:fs";
import path from "node:path";
import { projectRoot } from "../config";

/**
 * Cypher lives in `cypher/` as parameterised files: `queries/<name>.cypher`, one query per file
 * named after the function that runs it, and `schema/NN-*.cypher`, DDL applied in file order.
 */
const directory = path.join(projectRoot, "cypher");
const cache = new Map<string, string>();

export function cypher(name: string): string {
  let text = cache.get(name);
  if (text === undefined) {
    text = fs.readFileSync(path.join(directory, "queries", `${name}.cypher`), "utf8");
    cache.set(name, text);
  }
  return text;
}

/** The schema DDL, one statement per element, in file order. */
export function schemaStatements(): string[] {
  const folder = path.join(directory, "schema");
  return fs
    .readdirSync(folder)
    .filter((file) => file.endsWith(".cypher"))
    .sort()
    .flatMap((file) => fs.readFileSync(path.join(folder, file), "utf8").split(";"))
    .map((statement) => statement.replace(/^\s*\/\/.*$/gm, "").trim())
    .filter(Boolean);
}
