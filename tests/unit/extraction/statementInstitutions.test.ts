import { extract } from "../../../src/extraction/extract";
import { article } from "./fixtures";

/** Who speaks when an institution or a turn of the story stands between. Sentences of our own. */
const said = (text: string, lang: string) =>
  extract(article(text, lang)).statements.map((s) => `${s.speaker}:${s.stance}`);
const speakers = (text: string, lang: string) => extract(article(text, lang)).statements.map((s) => s.speaker);

describe("a leader's office", () => {
  it("speaks for the leader's state, as a ministry does", () => {
    expect(speakers("Zelensky's office said the drones struck a power plant near Kharkiv.", "en")).toEqual(["UA"]);
    expect(said("Netanyahu's office said a delegation would fly to Doha on Sunday.", "en")).toEqual(["IL:assert"]);
  });

  it("leaves the leader speaking when no institution follows the name", () => {
    expect(speakers("Zelensky said the drones struck a power plant near Kharkiv.", "en")).toEqual([
      "Volodymyr Zelensky",
    ]);
  });
});

describe("a sentence that turns against the one before", () => {
  it.each([
    ["en", "Lula said the talks in Beijing were useful. However, he said Brazil would not join the initiative."],
    ["id", "Lula mengatakan pembicaraan di Beijing bermanfaat. Namun, ia mengatakan Brasil tidak akan bergabung."],
    [
      "fr",
      "Lula a dit que les discussions à Pékin étaient utiles. Cependant, il a dit que le Brésil n'adhérerait pas.",
    ],
  ])("in %s, holds a statement of its own", (lang, text) => {
    expect(said(text, lang).filter((x) => x.startsWith("Luiz Inacio Lula da Silva:"))).toHaveLength(2);
  });
});

describe("an organisation's seat", () => {
  it.each([
    ["en", "Brussels said on Friday that the new tariffs broke trade rules."],
    ["id", "Brussel menyatakan tarif baru itu melanggar aturan perdagangan."],
    ["de", "Brüssel kritisierte die neuen Zölle am Freitag scharf."],
  ])("in %s, speaks for the organisation", (lang, text) => {
    expect(speakers(text, lang)).toEqual(["EU"]);
  });

  it("does not speak as a place where others speak", () => {
    expect(speakers("Diplomats in Brussels said on Friday that the tariffs broke trade rules.", "en")).not.toContain(
      "EU",
    );
  });
});

describe("an impersonal verb of saying after a seat of government", () => {
  it("is that government speaking", () => {
    expect(speakers("Im Kreml hieß es am Dienstag, die Verhandlungen gingen weiter.", "de")).toEqual(["RU"]);
    expect(speakers("Im Weißen Haus hieß es, man werde die Vorschläge prüfen.", "de")).toEqual(["US"]);
  });
});

describe("a ministry owned by no state", () => {
  it("is the state that spoke just before", () => {
    const en =
      "Egypt's foreign ministry said on Sunday it had recalled its envoy. In a later statement, the ministry accused Addis Ababa of stalling the talks.";
    expect(said(en, "en")).toEqual(["EG:assert", "EG:accuse"]);
  });

  it("is no one when a person spoke before", () => {
    const en = "Sisi said the talks had stalled. In a later statement, the ministry accused Addis Ababa of delays.";
    expect(said(en, "en")).toEqual(["Abdel Fattah el-Sisi:assert"]);
  });
});
