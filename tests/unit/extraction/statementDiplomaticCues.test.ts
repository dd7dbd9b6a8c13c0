import { extract } from "../../../src/extraction/extract";
import { article } from "./fixtures";

/** Diplomatic language beyond the Korea/Russia stories: words of repression accuse, a vow of a firm response warns. Our own sentences. */
const who = (text: string, lang: string) =>
  extract(article(text, lang)).statements.map((s) => `${s.speaker}:${s.stance}`);

describe("statement cues of diplomatic language", () => {
  it("reads words of repression and sham votes as an accusation, in all nine languages", () => {
    expect(who("Washington said the regime continues to oppress its own people through sham elections.", "en")).toEqual(
      ["US:accuse"],
    );
    expect(who("Washington mengatakan junta terus menindas rakyatnya sendiri.", "id")).toEqual(["US:accuse"]);
    expect(who("Berlin erklärte, die Junta setze die Unterdrückung der Opposition fort.", "de")).toEqual(["DE:accuse"]);
    expect(who("Washington dijo que el gobierno mantiene la represión contra la oposición.", "es")).toEqual([
      "US:accuse",
    ]);
    expect(who("Paris a déclaré que la junte poursuit la répression des opposants.", "fr")).toEqual(["FR:accuse"]);
    expect(who("Roma ha detto che il governo continua la repressione degli oppositori.", "it")).toEqual(["IT:accuse"]);
    expect(who("Brasília disse que a junta oprime o seu povo.", "pt")).toEqual(["BR:accuse"]);
    expect(who("Warszawa oświadczyła, że władze stosują represje wobec opozycji.", "pl")).toEqual(["PL:accuse"]);
    expect(who("Москва заявила, что власти проводят репрессии против оппозиции.", "ru")).toEqual(["RU:accuse"]);
  });

  it("reads a vow to respond firmly to a breach as a warning, in all nine languages", () => {
    expect(who("Israel said it would respond firmly to any breach of the truce.", "en")).toEqual(["IL:warn"]);
    expect(who("Israel mengatakan akan menanggapi dengan tegas setiap pelanggaran gencatan senjata.", "id")).toEqual([
      "IL:warn",
    ]);
    expect(who("Israel erklärte, es werde auf jeden Bruch der Waffenruhe entschlossen reagieren.", "de")).toEqual([
      "IL:warn",
    ]);
    expect(who("Israel dijo que responderá con firmeza a cualquier violación de la tregua.", "es")).toEqual([
      "IL:warn",
    ]);
    expect(who("Israël a déclaré qu'il répondra fermement à toute violation de la trêve.", "fr")).toEqual(["IL:warn"]);
    expect(who("Israele ha detto che risponderà con fermezza a ogni violazione della tregua.", "it")).toEqual([
      "IL:warn",
    ]);
    expect(who("Israel disse que responderá com firmeza a qualquer violação da trégua.", "pt")).toEqual(["IL:warn"]);
    expect(who("Izrael oświadczył, że stanowczo odpowie na każde naruszenie rozejmu.", "pl")).toEqual(["IL:warn"]);
    expect(who("Израиль заявил, что жёстко ответит на любое нарушение перемирия.", "ru")).toEqual(["IL:warn"]);
  });

  it("reads a clear message to a government as a warning, even beside words of support", () => {
    expect(
      who(
        "Washington said the measures send a clear message to the junta that it stands with the people of Myanmar.",
        "en",
      ),
    ).toEqual(["US:warn"]);
  });

  it("reads watching a party closely as a warning, in all nine languages", () => {
    expect(who("Washington said it was closely monitoring any Russian help to the junta.", "en")).toEqual(["US:warn"]);
    expect(
      who("Washington mengatakan pihaknya memantau dengan cermat setiap bantuan Rusia kepada junta.", "id"),
    ).toEqual(["US:warn"]);
    expect(who("Berlin erklärte, man werde jede Hilfe Moskaus für die Junta genau beobachten.", "de")).toEqual([
      "DE:warn",
    ]);
    expect(who("Washington dijo que sigue de cerca cualquier ayuda de Moscú a la junta.", "es")).toEqual(["US:warn"]);
    expect(who("Paris a déclaré qu'il surveille de près toute aide de Moscou à la junte.", "fr")).toEqual(["FR:warn"]);
    expect(who("Roma ha detto che segue da vicino ogni aiuto di Mosca alla giunta.", "it")).toEqual(["IT:warn"]);
    expect(who("Brasília disse que acompanha de perto qualquer ajuda de Moscou à junta.", "pt")).toEqual(["BR:warn"]);
    expect(who("Warszawa oświadczyła, że uważnie obserwuje każdą pomoc Moskwy dla junty.", "pl")).toEqual(["PL:warn"]);
    expect(who("Москва заявила, что внимательно следит за любой помощью Вашингтона хунте.", "ru")).toEqual(["RU:warn"]);
  });

  it("reads a hostile or malicious policy as an accusation, in all nine languages", () => {
    expect(who("Pyongyang said the resolution was the product of a hostile policy.", "en")).toEqual(["KP:accuse"]);
    expect(who("Moskow mengatakan resolusi itu lahir dari kebijakan yang bermusuhan.", "id")).toEqual(["RU:accuse"]);
    expect(who("Moskau erklärte, die Resolution sei das Ergebnis einer feindseligen Politik.", "de")).toEqual([
      "RU:accuse",
    ]);
    expect(who("Caracas dijo que la resolución es fruto de una política hostil.", "es")).toEqual(["VE:accuse"]);
    expect(who("Pyongyang a déclaré que la résolution était le fruit d'une politique malveillante.", "fr")).toEqual([
      "KP:accuse",
    ]);
    expect(who("Mosca ha detto che la risoluzione è frutto di una politica ostile.", "it")).toEqual(["RU:accuse"]);
    expect(who("Caracas disse que a resolução é fruto de uma política hostil.", "pt")).toEqual(["VE:accuse"]);
    expect(who("Moskwa oświadczyła, że rezolucja jest owocem wrogiej polityki.", "pl")).toEqual(["RU:accuse"]);
    expect(who("Москва заявила, что резолюция стала плодом враждебной политики.", "ru")).toEqual(["RU:accuse"]);
  });

  it("does not read an urging that names only its addressee as a statement (a courtesy call)", () => {
    expect(who("Doval also called on Brazilian vice-president Geraldo Alckmin.", "en")).toEqual([]);
    expect(who("Doval called on China to respect the border agreements.", "en")).toEqual(["Ajit Doval:warn"]);
    expect(who("Blinken urged restraint.", "en")).toEqual(["Antony Blinken:support"]);
  });

  it("reads arms the speaker's own state will supply as support, arms another state supplies as an accusation", () => {
    expect(who("Washington said the United States will provide Ukraine with more air defence missiles.", "en")).toEqual(
      ["US:support"],
    );
    expect(who("Washington said Iran provided drones to Russia.", "en")).toEqual(["US:accuse"]);
    expect(
      who("Washington mengatakan Amerika Serikat akan memasok rudal pertahanan udara kepada Ukraina.", "id"),
    ).toEqual(["US:support"]);
    expect(who("Berlin erklärte, Deutschland werde der Ukraine weitere Flugabwehrraketen liefern.", "de")).toEqual([
      "DE:support",
    ]);
    expect(who("Madrid dijo que España suministrará más misiles a Ucrania.", "es")).toEqual(["ES:support"]);
    expect(who("Paris a déclaré que la France fournira davantage de missiles à l'Ukraine.", "fr")).toEqual([
      "FR:support",
    ]);
    expect(who("Washington a déclaré que l'Iran livrera des drones à la Russie.", "fr")).toEqual(["US:accuse"]);
    expect(who("Roma ha detto che l'Italia fornirà altri missili all'Ucraina.", "it")).toEqual(["IT:support"]);
    expect(who("O governo português disse que Portugal fornecerá mais mísseis à Ucrânia.", "pt")).toEqual([
      "PT:support",
    ]);
    expect(who("Warszawa oświadczyła, że Polska dostarczy Ukrainie kolejne pociski.", "pl")).toEqual(["PL:support"]);
    expect(who("Москва заявила, что Россия поставит Ирану новые ракеты.", "ru")).toEqual(["RU:support"]);
    expect(who("Вашингтон заявил, что Иран поставит России новые ракеты.", "ru")).toEqual(["US:accuse"]);
  });
});
