import fs from "node:fs";
import path from "node:path";
import { projectRoot } from "../config";
import { kindIndexes } from "./kindIndexes";

/**
 * Cypher lives in `cypher/` as parameterised files: `queries/<name>.cypher`, one query per file
 * named after the function that runs it, and `schema/NN-*.cypher`, DDL applied in file order.
 */
const directory = path.join(projectRoot, "cypher");
const cache = new Map<string, string>();

/**
 * The text of the query `cypher/queries/<name>.cypher`. A name is a plain file name: a folder or
 * ".." in it is refused, so that nothing outside `cypher/queries` (test-only Cypher, which lives
 * under `tests/cypher/`) can be run by the server.
 */
export function cypher(name: string): string {
  if (!/^[A-Za-z][A-Za-z0-9]*$/.test(name))
    throw new Error(`There is no query named ${JSON.stringify(name)}: a query is a file name of cypher/queries/.`);
  let text = cache.get(name);
  if (text === undefined) {
    text = fs.readFileSync(path.join(directory, "queries", `${name}.cypher`), "utf8");
    cache.set(name, text);
  }
  return text;
}

/** The schema DDL, one statement per element, in file order, then the indexes of the kinds (kindIndexes). */
export function schemaStatements(): string[] {
  const folder = path.join(directory, "schema");
  return fs
    .readdirSync(folder)
    .filter((file) => file.endsWith(".cypher"))
    .sort()
    .flatMap((file) => fs.readFileSync(path.join(folder, file), "utf8").split(";"))
    .map((statement) => statement.replace(/^\s*\/\/.*$/gm, "").trim())
    .filter(Boolean)
    .concat(kindIndexes());
}
