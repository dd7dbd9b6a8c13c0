import { extract } from "../../../src/extraction/extract";
import { article } from "./fixtures";

/**
 * German perfect: a participle closing its clause after "hat"/"haben" has its subject before the auxiliary or
 * right after it, and the party in between is its object (pack `perfectAuxiliaries`). Sentences of our own.
 */
const said = (text: string) => extract(article(text, "de")).statements.map((s) => `${s.speaker}:${s.stance}`);

describe("the German perfect's subject", () => {
  it("stands before the auxiliary, not between it and the participle", () => {
    expect(said("Außenministerin Annalena Baerbock hat Russland am Montag scharf kritisiert.")).toEqual([
      "Annalena Baerbock:accuse",
    ]);
    expect(said("Die Bundesregierung hat Teheran vor weiteren Raketenlieferungen gewarnt.")).toEqual(["DE:warn"]);
  });

  it("stands right after the auxiliary when something else opens the clause", () => {
    expect(said("Am Mittwoch hat Bundeskanzler Olaf Scholz Peking für die Drohnenhilfe kritisiert.")).toEqual([
      "Olaf Scholz:accuse",
    ]);
  });

  it("leaves a subordinate clause's subject to the verb of saying", () => {
    expect(said("Scholz sagte, Moskau habe Kiew erneut angegriffen.")).toEqual(["Olaf Scholz:assert"]);
  });
});
