import { extract } from "../../../src/extraction/extract";
import { article } from "./fixtures";

/** Stance cue words of the English and Indonesian packs, with sentences of our own. */
const who = (text: string, lang: string) =>
  extract(article(text, lang, "2025-03-10T10:00:00+07:00")).statements.map((s) => `${s.speaker}:${s.stance}`);

describe("stance pack cues (en, id)", () => {
  it("reads hope voiced for talks or a settlement as support", () => {
    expect(
      who("Japanese Prime Minister Shigeru Ishiba expressed hope that both neighbours would resume talks.", "en"),
    ).toEqual(["Shigeru Ishiba:support"]);
    expect(
      who("Perdana Menteri Jepang Shigeru Ishiba menyampaikan harapan agar kedua negara kembali berunding.", "id"),
    ).toEqual(["Shigeru Ishiba:support"]);
  });

  it("reads readiness to negotiate or to mediate as support", () => {
    expect(who("Kremlin spokesman Dmitry Peskov said Moscow was ready for dialogue with Kyiv.", "en")).toEqual([
      "Dmitry Peskov:support",
    ]);
    expect(who("Juru bicara Kremlin Dmitry Peskov mengatakan Moskow siap bernegosiasi dengan Kyiv.", "id")).toEqual([
      "Dmitry Peskov:support",
    ]);
    expect(who("Perdana Menteri Malaysia Anwar Ibrahim mengatakan Malaysia bersedia menjadi penengah.", "id")).toEqual([
      "Anwar Ibrahim:support",
    ]);
  });

  it("reads a peaceful settlement sought, or support kept up, as support", () => {
    expect(
      who("Saudi Foreign Minister Faisal bin Farhan said Riyadh wanted a peaceful resolution in Sudan.", "en"),
    ).toEqual(["Faisal bin Farhan Al Saud:support"]);
    expect(who("The United States said it would keep supporting Kyiv.", "en")).toEqual(["US:support"]);
    expect(who("Presiden Prancis Emmanuel Macron mengatakan Paris akan berdiri bersama Kyiv.", "id")).toEqual([
      "Emmanuel Macron:support",
    ]);
  });

  it("reads a red line drawn as a warning", () => {
    expect(
      who("US Secretary of State Marco Rubio said Washington would not allow Tehran to build a bomb.", "en"),
    ).toEqual(["Marco Rubio:warn"]);
    expect(
      who("Menteri Luar Negeri AS Marco Rubio mengatakan Washington tidak akan membiarkan Teheran membuat bom.", "id"),
    ).toEqual(["Marco Rubio:warn"]);
  });

  it("reads a charge of unlawfulness or regret at another's act as an accusation", () => {
    expect(
      who("Russian Foreign Ministry spokeswoman Maria Zakharova called the embargo on Iran unlawful.", "en"),
    ).toEqual(["Maria Zakharova:accuse"]);
    expect(who("Iranian Foreign Minister Abbas Araghchi said Tehran regretted the European decision.", "en")).toEqual([
      "Abbas Araghchi:accuse",
    ]);
    expect(who("Menteri Luar Negeri Iran Abbas Araghchi menyatakan penyesalan atas keputusan Eropa.", "id")).toEqual([
      "Abbas Araghchi:accuse",
    ]);
    expect(who("Menteri Luar Negeri Iran Abbas Araghchi mengatakan embargo itu tidak sah.", "id")).toEqual([
      "Abbas Araghchi:accuse",
    ]);
  });
});
