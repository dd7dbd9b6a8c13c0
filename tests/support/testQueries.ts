import fs from "node:fs";
import path from "node:path";
import { cypher } from "../../src/graph/cypher";

const directory = path.resolve(__dirname, "../cypher");

/**
 * The query loader of the tests' drivers: "test/<name>" is the test-only query
 * `tests/cypher/<name>.cypher` (counting, seeding, wiping: Cypher the server must never be able to
 * run, so it lives outside `cypher/queries/`); any other name is the server's own query.
 */
export function testQueries(name: string): string {
  const own = /^test\/([A-Za-z][A-Za-z0-9]*)$/.exec(name);
  return own ? fs.readFileSync(path.join(directory, `${own[1]}.cypher`), "utf8") : cypher(name);
}
