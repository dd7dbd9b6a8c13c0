import { extract } from "../../../src/extraction/extract";
import { article } from "./fixtures";

const claims = (text: string, lang: string) =>
  extract(article(text, lang)).statements.map((s) => [
    s.speaker,
    s.stance,
    s.claim?.type ?? null,
    s.claim?.index ?? null,
  ]);

describe("claims", () => {
  it("links a statement that names what a transfer moved, between its two ends, to that transfer", () => {
    expect(
      claims(
        "Corea del Norte envió miles de soldados a Rusia en octubre. Ucrania dijo que los soldados norcoreanos ya combaten junto a las tropas rusas.",
        "es",
      ),
    ).toEqual([["UA", "assert", "transfers", 0]]);
  });

  it("links the transfer of the same kind: soldiers speak of the troops, not of the shells", () => {
    const text =
      "North Korea shipped artillery shells to Russia in August. Pyongyang also sent soldiers to Russia in October. " +
      "The Pentagon said the North Korean soldiers were training in Russia's far east.";
    const facts = extract(article(text, "en"));
    expect(facts.transfers.map((t) => t.items)).toEqual([["ammunition"], ["troops"]]);
    expect(facts.statements.map((s) => s.claim)).toEqual([{ type: "transfers", index: 1 }]);
  });
});

describe("claims on agreements", () => {
  it("links a statement about the ties of two states to the agreement they made", () => {
    expect(
      claims(
        "Vietnam and Laos signed a border treaty on Monday. Hanoi said its cooperation with Vientiane would deepen.",
        "en",
      ),
    ).toEqual([["VN", "assert", "agreements", 0]]);
    expect(
      claims(
        "Vietnam dan Laos menandatangani perjanjian perbatasan pada Senin. Menteri Luar Negeri Vietnam mengatakan hubungan kedua negara semakin erat.",
        "id",
      ),
    ).toEqual([["VN", "assert", "agreements", 0]]);
  });
});

describe("a denial answers the transfer the sentence before told", () => {
  it("when that transfer involves the speaker, not an earlier one the story leads with", () => {
    const text =
      "Turkey agreed on Wednesday to sell 48 fighter jets to Indonesia, officials said. " +
      "Russia has delivered S-400 air defence systems to Turkey. Turkey denies the systems are operational.";
    const facts = extract(article(text, "en", "2025-02-12T08:00:00Z"));
    const denial = facts.statements.find((s) => s.stance === "deny");
    const claimed = denial?.claim ? facts.transfers[denial.claim.index] : null;
    expect([claimed?.from, claimed?.to]).toEqual(["RU", "TR"]);
  });
});
