import { extract } from "../../../src/extraction/extract";
import { article } from "./fixtures";

/** Stance rules of round 7 (src/extraction/README.md, stance rules 5 and 7), with sentences of our own. */
const stances = (text: string, lang: string) =>
  extract(article(text, lang)).statements.map((s) => `${s.speaker}:${s.stance}`);

describe("statement stance: denials of transfers, conditions, obligations, own sanctions", () => {
  it("reads arms or troops said not to move as a denial, in every language it covers", () => {
    const cases: Array<[string, string, string]> = [
      ["en", "Chinese foreign ministry spokesperson Lin Jian said Beijing has not sent weapons to Russia.", "Lin Jian"],
      [
        "id",
        "Juru bicara Kementerian Luar Negeri China Lin Jian mengatakan Beijing tidak mengirim senjata ke Rusia.",
        "Lin Jian",
      ],
      ["pl", "Lin Jian powiedział, że Pekin nie wysyła broni do Rosji.", "Lin Jian"],
      ["ru", "Песков заявил, что Россия не получала оружие от КНДР.", "Dmitry Peskov"],
      ["fr", "Lin Jian a affirmé que la Chine ne livre pas d'armes à la Russie.", "Lin Jian"],
      ["es", "Lin Jian afirmó que China no envía armas a Rusia.", "Lin Jian"],
      ["de", "Peskow sagte, Nordkorea habe Russland nie Waffen geliefert.", "Dmitry Peskov"],
    ];
    for (const [lang, text, speaker] of cases) expect([lang, stances(text, lang)]).toEqual([lang, [`${speaker}:deny`]]);
  });

  it("does not read a demand that arms not move as a denial", () => {
    expect(stances("Jake Sullivan urged Kim Jong Un not to sell weapons to Russia.", "en")).toEqual([
      "Jake Sullivan:warn",
    ]);
  });

  it("reads a charge under a condition as a threat, not an accusation", () => {
    const cases: Array<[string, string]> = [
      ["en", '"If Pyongyang carries out another illegal launch, Seoul will answer," Yoon Suk Yeol said.'],
      ["id", '"Jika Korea Utara kembali melakukan provokasi, kami akan bertindak," kata Yoon Suk Yeol.'],
      ["de", "„Wenn Nordkorea erneut eine illegale Rakete startet, wird Seoul antworten“, sagte Yoon Suk Yeol."],
      ["fr", "« Si la Corée du Nord procède à un nouveau tir illégal, nous répondrons », a déclaré Yoon Suk Yeol."],
    ];
    for (const [lang, text] of cases) expect([lang, stances(text, lang)]).toEqual([lang, ["Yoon Suk Yeol:warn"]]);
    // The same charge without the condition still accuses.
    expect(stances('"Pyongyang carried out another illegal launch," Yoon Suk Yeol said.', "en")).toEqual([
      "Yoon Suk Yeol:accuse",
    ]);
  });

  it("reads what a named party must do as a warning", () => {
    const cases: Array<[string, string, string]> = [
      ["en", '"Moscow must pull its troops out of Georgia," Blinken said.', "Antony Blinken"],
      ["fr", "« L'Iran doit revenir à la table des négociations », a déclaré Jean-Noël Barrot.", "Jean-Noel Barrot"],
      ["ru", "«Киев должен вернуться к переговорам», — заявил Лавров.", "Sergey Lavrov"],
      ["pl", "„Rosja musi wycofać swoje wojska z Ukrainy” – powiedział Sikorski.", "Radosław Sikorski"],
      ["de", "„Moskau muss seine Truppen abziehen“, sagte Baerbock.", "Annalena Baerbock"],
      ["es", "«Rusia tiene que retirar sus tropas», dijo Albares.", "Jose Manuel Albares"],
      ["it", "«La Russia deve ritirare le sue truppe», ha detto Tajani.", "Antonio Tajani"],
      ["pt", "«A Rússia tem de retirar as suas tropas», afirmou Mauro Vieira.", "Mauro Vieira"],
    ];
    for (const [lang, text, speaker] of cases) expect([lang, stances(text, lang)]).toEqual([lang, [`${speaker}:warn`]]);
  });

  it("does not read the speaker's own pledge as a warning", () => {
    // "deepen our cooperation" is support; "must" does not make it a warning.
    expect(stances('"We must deepen our cooperation with Japan," Yoon Suk Yeol said.', "en")).toEqual([
      "Yoon Suk Yeol:support",
    ]);
  });

  it("reads the speaker's own sanctions act as an accusation of its target", () => {
    const cases: Array<[string, string, string]> = [
      ["en", "British foreign secretary David Lammy said Britain had imposed new sanctions on Iran.", "David Lammy"],
      ["en", '"This package of sanctions cuts the Kremlin off from its oil money," Kaja Kallas said.', "Kaja Kallas"],
      ["id", "Kementerian Luar Negeri Inggris mengatakan pihaknya menjatuhkan sanksi baru terhadap Iran.", "GB"],
      ["fr", "Barrot a déclaré que la France avait imposé de nouvelles sanctions à l'Iran.", "Jean-Noel Barrot"],
      ["es", "Albares dijo que España ha impuesto nuevas sanciones a Irán.", "Jose Manuel Albares"],
      ["it", "Tajani ha detto che l'Italia ha imposto nuove sanzioni all'Iran.", "Antonio Tajani"],
      ["pl", "Sikorski powiedział, że Polska nałożyła nowe sankcje na Iran.", "Radosław Sikorski"],
    ];
    for (const [lang, text, speaker] of cases)
      expect([lang, stances(text, lang)]).toEqual([lang, [`${speaker}:accuse`]]);
  });

  it("does not read sanctions of another author, or sanctions to come, as the speaker's accusation", () => {
    expect(stances("Zakharova said the EU imposed new sanctions on Russia.", "en")).toEqual(["Maria Zakharova:assert"]);
    expect(stances("Blinken said Washington would impose sanctions on Managua.", "en")).toEqual([
      "Antony Blinken:assert",
    ]);
  });

  it("reads missiles and drones named as arms in German and Spanish too", () => {
    expect(stances("Baerbock sagte, Nordkorea liefere Russland ballistische Raketen.", "de")).toEqual([
      "Annalena Baerbock:accuse",
    ]);
    expect(stances("Albares dijo que Irán entrega drones a Rusia.", "es")).toEqual(["Jose Manuel Albares:accuse"]);
  });

  it("lets a stance verb in the reported clause outrank arms merely named", () => {
    expect(
      stances(
        "Blinken said that shipments of North Korean weapons had reached Russia and warned that more would follow.",
        "en",
      ),
    ).toEqual(["Antony Blinken:warn"]);
  });
});
