import type { Database } from "../../src/graph/database";
import { loadSamples } from "../../src/cli/loadSamples";
import { testDatabase } from "../support/database";

/** What `npm start` loads so that a first run has data: loading it twice writes nothing the second time. */
describe("the sample articles", () => {
  let db: Database;
  beforeAll(() => (db = testDatabase()));
  afterAll(() => db.close());

  it("load, load again as all unchanged, and make the English and Indonesian summit reports one meeting of September 2023", async () => {
    const first = await loadSamples(db);
    expect(first).toMatch(/^Sample articles: (\d+ (created|unchanged)(, )?)+\.$/);
    expect(await loadSamples(db)).toBe("Sample articles: 5 unchanged.");
    // The English and the Indonesian report of the September 2023 summit are one meeting.
    const meetings = await db.read<{ date: string; sources: string[] }>("test/meetingSources", {
      a: "kim-jong-un",
      b: "vladimir-putin",
    });
    const summit = meetings.filter((m) => m.sources.includes("sample-en-kim-putin-summit"));
    expect(summit).toHaveLength(1);
    expect(summit[0].date).toMatch(/^2023-09/);
    expect(summit[0].sources).toContain("sample-id-kim-putin-summit");
  });
});
