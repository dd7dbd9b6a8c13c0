import fs from "node:fs";
import path from "node:path";
import { printSchema } from "graphql";
import { buildApiSchema } from "../../src/api/schema";

describe("schema/schema.graphql", () => {
  it("is the schema the code builds (run `npm run schema:emit` after changing the API)", async () => {
    const committed = fs.readFileSync(path.resolve(__dirname, "../../schema/schema.graphql"), "utf8");
    expect(committed).toBe(`${printSchema(await buildApiSchema())}\n`);
  });
});
