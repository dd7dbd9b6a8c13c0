import fs from "node:fs";
import path from "node:path";
import { Database } from "../../src/graph/database";
import { schemaStatements } from "../../src/graph/cypher";
import { testDatabase } from "../support/database";

/**
 * The node keys the graph's queries MERGE on (`MERGE (a:Article {id: …})`), read from every file of
 * cypher/queries (the tests' own under test/ excepted), each once.
 */
const queries = path.resolve(__dirname, "../../cypher/queries");
const mergeKeys = [
  ...new Map(
    fs
      .readdirSync(queries)
      .filter((file) => file.endsWith(".cypher"))
      .flatMap((file) =>
        [
          ...fs.readFileSync(path.join(queries, file), "utf8").matchAll(/MERGE\s*\(\s*\w*\s*:(\w+)\s*\{\s*(\w+)\s*:/g),
        ].map(([, label, key]) => [`${label}.${key}`, { label, key, file }] as const),
      ),
  ).values(),
];

describe("cypher/schema", () => {
  let db: Database;
  beforeAll(() => (db = testDatabase()));
  afterAll(() => db.close());

  const listSchema = () =>
    db.read<{ name: string }>("test/schemaObjects").then((rows) => rows.map((row) => row.name).sort());

  it("is applied by the setup, and applying it again changes nothing", async () => {
    const before = await listSchema();
    await db.applySchema();
    await db.applySchema();
    expect(await listSchema()).toEqual(before);
    expect(before).toEqual(
      expect.arrayContaining(["article_id", "country_code", "meeting_id", "statement_id", "search_text"]),
    );
    expect(schemaStatements().length).toBeGreaterThanOrEqual(
      before.filter((name) => !name.startsWith("index_")).length,
    );
  });

  it("has a uniqueness constraint for every MERGE key of cypher/queries, declared in cypher/schema and present in Neo4j", async () => {
    expect(mergeKeys.map(({ label, key }) => `${label}.${key}`)).toEqual(
      expect.arrayContaining(["Article.id", "Actor.id", "Fact.id", "Link.id"]),
    );
    const declared = schemaStatements().flatMap((statement) => {
      const match = /FOR \(\w+:(\w+)\) REQUIRE \w+\.(\w+) IS UNIQUE/.exec(statement);
      return match ? [`${match[1]}.${match[2]}`] : [];
    });
    const present = (await db.read<{ label: string; property: string }>("test/uniqueConstraints")).map(
      (row) => `${row.label}.${row.property}`,
    );
    for (const { label, key, file } of mergeKeys) {
      expect({ merge: `${label}.${key} in ${file}`, declared: declared.includes(`${label}.${key}`) }).toEqual({
        merge: `${label}.${key} in ${file}`,
        declared: true,
      });
      expect({ merge: `${label}.${key} in ${file}`, present: present.includes(`${label}.${key}`) }).toEqual({
        merge: `${label}.${key} in ${file}`,
        present: true,
      });
    }
  });

  it.each(mergeKeys.map(({ label, key }) => [label, key]))(
    "refuses a second %s node with the same %s",
    async (label, key) => {
      const value = `test-schema-${label}-${Date.now()}`;
      try {
        await db.write("test/createKeyed", { label, key, value });
        await expect(db.write("test/createKeyed", { label, key, value })).rejects.toThrow(/already exists/);
      } finally {
        await db.write("test/deleteKeyed", { label, key, value });
      }
    },
  );
});
