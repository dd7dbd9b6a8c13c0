import { Database } from "../../src/graph/database";
import { schemaStatements } from "../../src/graph/cypher";
import { testDatabase } from "../support/database";

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

  it("makes every MERGE key unique", async () => {
    const id = `test-schema-${Date.now()}`;
    await db.write("test/createArticle", { id });
    await expect(db.write("test/createArticle", { id })).rejects.toThrow(/already exists/);
    await db.write("test/deleteArticle", { id });
  });
});
