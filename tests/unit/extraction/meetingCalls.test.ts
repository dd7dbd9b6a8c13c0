import { extract } from "../../../src/extraction/extract";
import { article } from "./fixtures";

/**
 * Talks that someone urges others to hold are asked for, not held: India's and Indonesia's calls in
 * 2022 on Russia and Ukraine to return to negotiations name no meeting. A meeting told in the same
 * sentence after an urging stays one.
 */
describe("meetings urged, not held", () => {
  const meetings = (text: string, lang: string) =>
    extract(article(text, lang, "2022-10-01T08:00:00Z")).meetings.map((m) => m.participants);

  it.each([
    ["India urged Russia and Ukraine to return to talks on Friday.", "en"],
    ["Indonesia mendesak Rusia dan Ukraina untuk kembali ke meja perundingan, Jumat.", "id"],
  ])("%s", (text, lang) => {
    expect(meetings(text, lang)).toEqual([]);
  });

  it("keeps a meeting told after an urging", () => {
    expect(
      meetings(
        "Joe Biden urged Congress to pass the aid bill after he met Volodymyr Zelensky in Washington on Tuesday.",
        "en",
      ),
    ).toEqual([["Joe Biden", "Volodymyr Zelensky"]]);
  });
});
