import { extract } from "../../../src/extraction/extract";
import { article } from "./fixtures";

/**
 * Words already reported, told again with a speaker and an occasion ("X conveyed these remarks to reporters"), and
 * a role set off by a comma right after a speaker's name. Sentences of our own.
 */
const who = (text: string, lang: string) =>
  extract(article(text, lang)).statements.map((s) => `${s.speaker}:${s.stance}`);

describe("statements retold by a back-reference", () => {
  it.each([
    [
      "id",
      "Rusia menegaskan akan memperluas kerja sama ekonomi dengan Vietnam. " +
        "Juru bicara Kremlin Dmitry Peskov menyampaikan hal tersebut kepada wartawan di Moskow pada Selasa.",
      ["RU:assert"],
    ],
    [
      "en",
      "Japan said it would keep its embassy in Kyiv open. " +
        "Chief Cabinet Secretary Yoshimasa Hayashi reiterated these remarks at a press conference on Monday.",
      ["JP:assert"],
    ],
    [
      "de",
      "Berlin kündigte weitere Hilfe für die Ukraine an. " +
        "Regierungssprecher Steffen Hebestreit wiederholte diese Äußerungen am Mittwoch in Berlin.",
      ["DE:support"],
    ],
    [
      "fr",
      "Paris a annoncé de nouvelles livraisons d'obus à l'Ukraine. " +
        "Le ministre Sébastien Lecornu a confirmé ces propos mardi devant les députés.",
      ["FR:accuse"],
    ],
    [
      "es",
      "Madrid anunció un nuevo paquete de ayuda para Ucrania. " +
        "El ministro José Manuel Albares reiteró estas declaraciones el martes en Bruselas.",
      ["ES:support"],
    ],
    [
      "it",
      "Roma ha annunciato nuovi aiuti all'Ucraina. " +
        "Il ministro Antonio Tajani ha ribadito queste dichiarazioni martedì a Bruxelles.",
      ["IT:assert"],
    ],
    [
      "pt",
      "Brasília anunciou ajuda humanitária para Gaza. " +
        "O chanceler Mauro Vieira reiterou essas declarações na terça-feira em Nova York.",
      ["BR:support"],
    ],
    [
      "pl",
      "Warszawa zapowiedziała nową pomoc dla Ukrainy. " +
        "Minister Radosław Sikorski przekazał te słowa dziennikarzom we wtorek w Brukseli.",
      ["PL:support"],
    ],
    [
      "ru",
      "Москва заявила о готовности продолжить переговоры с Киевом. " +
        "Дмитрий Песков сказал эти слова журналистам во вторник.",
      ["RU:assert"],
    ],
  ])(
    "in %s, a verb of saying whose object points back at reported words makes no second statement",
    (lang, text, want) => {
      expect(who(text, lang)).toEqual(want);
    },
  );

  it("keeps the new words a later verb of saying in the same sentence reports", () => {
    const id =
      "Jepang menjatuhkan sanksi baru terhadap Rusia. Menteri Luar Negeri Yoko Kamikawa menyampaikan hal tersebut " +
      "pada Jumat, dengan mengatakan bahwa Tokyo akan terus mendukung Ukraina.";
    expect(who(id, "id")).toContain("Yoko Kamikawa:support");
  });
});

describe("a role set off by a comma after a speaker's name", () => {
  it("is that speaker's, not a pointer to another official of the same state", () => {
    const en =
      "National Security Adviser Jake Sullivan flew to Riyadh on Sunday. " +
      "John Kirby, NSC Coordinator for Public Messaging at the White House, said that the talks had gone well.";
    expect(who(en, "en")).toEqual(["John Kirby:assert"]);
  });
});

describe("the official representative of a ministry", () => {
  // The calque of "официальный представитель" that translated wire copy uses for a ministry's spokesperson.
  it.each([
    [
      "en",
      "Chinese Foreign Ministry spokeswoman Mao Ning spoke at a briefing in Beijing on Tuesday. " +
        '"China and Vietnam are close neighbours and will keep talking," said the official representative of China’s Foreign Ministry.',
    ],
    [
      "pl",
      "Rzeczniczka chińskiego MSZ Mao Ning wystąpiła we wtorek na briefingu w Pekinie. " +
        "„Chiny i Wietnam są bliskimi sąsiadami i będą dalej rozmawiać” – powiedziała oficjalna przedstawicielka chińskiego MSZ.",
    ],
  ])("in %s, is the spokesperson the article named, not the state", (lang, text) => {
    expect(who(text, lang)).toEqual(["Mao Ning:assert"]);
  });
});
