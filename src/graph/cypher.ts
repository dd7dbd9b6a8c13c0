import fs from "node:fs";
import path from "node:path";
import { projectRoot } from "../config";
import { linkParameters } from "../kinds/factKinds";
import { kindIndexes } from "./kindIndexes";
import { seriesKinds } from "./seriesKinds";

/**
 * Cypher lives in `cypher/` as parameterised files: `queries/<name>.cypher`, one query per file
 * named after the function that runs it, and `schema/NN-*.cypher`, DDL applied in file order.
 * A query names the relationship types of the kinds' registry as `:{name}` (`-[r:{partiesInto}]->`),
 * replaced by the types when the file is read (`:ATTENDED|MADE|…`): Neo4j then reads only those
 * relationships of a node, where a type given as a parameter (`type(r) IN $types`, `$any(…)`) makes
 * it read all of them, thousands of REPORTS on a busy fact.
 */
const directory = path.join(projectRoot, "cypher");
const cache = new Map<string, string>();
const relationshipTypes: Record<string, readonly string[]> = {
  partiesInto: linkParameters.partiesInto,
  partiesOutOf: linkParameters.partiesOutOf,
  coveredLinks: Object.values(linkParameters.links).flatMap((link) => (link.covers ? [link.type] : [])),
  seriesLinks: seriesKinds.flatMap((kind) => (kind.link ? [kind.link] : [])),
};

function withTypes(name: string, text: string): string {
  return text.replace(/:\{(\w+)\}/g, (_, types: string) => {
    if (!relationshipTypes[types]) throw new Error(`The query ${name} names unknown relationship types {${types}}.`);
    return `:${relationshipTypes[types].join("|")}`;
  });
}

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
    text = withTypes(name, fs.readFileSync(path.join(directory, "queries", `${name}.cypher`), "utf8"));
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
