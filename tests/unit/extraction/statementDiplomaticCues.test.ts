import { extract } from "../../../src/extraction/extract";
import { article } from "./fixtures";

/** Diplomatic language beyond the Korea/Russia stories: words of repression accuse, a vow of a firm response warns. Our own sentences. */
const who = (text: string, lang: string) => extract(article(text, lang)).statements.map((s) => `${s.speaker}:${s.stance}`);

describe("statement cues of diplomatic language", () => {
  it("reads words of repression and sham votes as an accusation, in all nine languages", () => {
    expect(who("Washington said the regime continues to oppress its own people through sham elections.", "en")).toEqual(["US:accuse"]);
    expect(who("Washington mengatakan junta terus menindas rakyatnya sendiri.", "id")).toEqual(["US:accuse"]);
    expect(who("Berlin erklärte, die Junta setze die Unterdrückung der Opposition fort.", "de")).toEqual(["DE:accuse"]);
    expect(who("Washington dijo que el gobierno mantiene la represión contra la oposición.", "es")).toEqual(["US:accuse"]);
    expect(who("Paris a déclaré que la junte poursuit la répression des opposants.", "fr")).toEqual(["FR:accuse"]);
    expect(who("Roma ha detto che il governo continua la repressione degli oppositori.", "it")).toEqual(["IT:accuse"]);
    expect(who("Brasília disse que a junta oprime o seu povo.", "pt")).toEqual(["BR:accuse"]);
    expect(who("Warszawa oświadczyła, że władze stosują represje wobec opozycji.", "pl")).toEqual(["PL:accuse"]);
    expect(who("Москва заявила, что власти проводят репрессии против оппозиции.", "ru")).toEqual(["RU:accuse"]);
  });

  it("reads a vow to respond firmly to a breach as a warning, in all nine languages", () => {
    expect(who("Israel said it would respond firmly to any breach of the truce.", "en")).toEqual(["IL:warn"]);
    expect(who("Israel mengatakan akan menanggapi dengan tegas setiap pelanggaran gencatan senjata.", "id")).toEqual(["IL:warn"]);
    expect(who("Israel erklärte, es werde auf jeden Bruch der Waffenruhe entschlossen reagieren.", "de")).toEqual(["IL:warn"]);
    expect(who("Israel dijo que responderá con firmeza a cualquier violación de la tregua.", "es")).toEqual(["IL:warn"]);
    expect(who("Israël a déclaré qu'il répondra fermement à toute violation de la trêve.", "fr")).toEqual(["IL:warn"]);
    expect(who("Israele ha detto che risponderà con fermezza a ogni violazione della tregua.", "it")).toEqual(["IL:warn"]);
    expect(who("Israel disse que responderá com firmeza a qualquer violação da trégua.", "pt")).toEqual(["IL:warn"]);
    expect(who("Izrael oświadczył, że stanowczo odpowie na każde naruszenie rozejmu.", "pl")).toEqual(["IL:warn"]);
    expect(who("Израиль заявил, что жёстко ответит на любое нарушение перемирия.", "ru")).toEqual(["IL:warn"]);
  });

  it("reads a clear message to a government as a warning, even beside words of support", () => {
    expect(who("Washington said the measures send a clear message to the junta that it stands with the people of Myanmar.", "en")).toEqual(["US:warn"]);
  });
});
