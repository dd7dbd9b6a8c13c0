import fs from "node:fs";
import path from "node:path";
import { linkParameters } from "../../src/kinds/factKinds";
import { cypher } from "../../src/graph/cypher";
import { testQueries } from "../support/testQueries";

describe("the query loader", () => {
  it("loads a query of cypher/queries by its name", () => {
    expect(cypher("findCountries")).toMatch(/MATCH/);
  });

  it("refuses a name with a folder or '..', so test-only Cypher cannot be run by the server", () => {
    expect(() => cypher("test/deleteEverything")).toThrow(
      'There is no query named "test/deleteEverything": a query is a file name of cypher/queries/.',
    );
    expect(() => cypher("../schema/01-constraints")).toThrow(/no query named/);
  });

  it("finds no test-only Cypher under cypher/; the tests' loader reads it from tests/cypher", () => {
    const queries = path.resolve(__dirname, "../../cypher/queries");
    expect(fs.readdirSync(queries).filter((name) => !name.endsWith(".cypher"))).toEqual([]);
    expect(testQueries("test/deleteEverything")).toMatch(/DETACH DELETE/);
    expect(testQueries("findCountries")).toBe(cypher("findCountries"));
  });

  it("puts the kinds' relationship types where a query names them as :{name}, in every query", () => {
    expect(cypher("linkFacts")).toContain(`(x:Actor)-[r:${linkParameters.partiesInto.join("|")}]->(f)`);
    expect(cypher("coverArticles")).toMatch(/<-\[:MET\|SAID(\|[A-Z_]+)*\]-\(l:Link\)/);
    expect(cypher("coverArticles")).not.toMatch(/\|SANCTIONED/); // sanctions' articles do not cover Links
    const queries = path.resolve(__dirname, "../../cypher/queries");
    for (const file of fs.readdirSync(queries)) expect(cypher(file.replace(/\.cypher$/, ""))).not.toMatch(/:\{\w+\}/);
  });
});
