import { CONCEPTS } from "../../src/extraction/languages/concepts";
import { LANGUAGE_PACKS } from "../../src/extraction/languages";
import { conceptIndex } from "../../src/ingestion/conceptIndex";
import { statementWords } from "../../src/ingestion/factKeys";

// Words and phrases written for this test; each language's own word for the same thing.
describe("concepts: one id for a thing, whatever language tells it", () => {
  it("gives proof, bukti, Beweise, pruebas and доказательств one concept", () => {
    const told = [
      ["en", "They showed no proof"],
      ["id", "Mereka tidak menunjukkan bukti"],
      ["de", "Sie legten keine Beweise vor"],
      ["es", "No presentaron pruebas"],
      ["fr", "Ils n'ont montré aucune preuve"],
      ["ru", "Они не представили доказательств"],
    ];
    for (const [language, text] of told) expect(statementWords(text, [], language)).toContain("#evidence");
  });

  it("reads a phrase before its words: a ceasefire is not weapons", () => {
    expect(statementWords("Mereka menyepakati gencatan senjata", [], "id")).toContain("#ceasefire");
    expect(statementWords("Mereka menyepakati gencatan senjata", [], "id")).not.toContain("#weapons");
    expect(statementWords("Mereka mengirim senjata", [], "id")).toContain("#weapons");
  });

  it("gives a compound each of its parts, and a word its longest entry", () => {
    expect(statementWords("Angriffskrieg", [], "de")).toEqual(["#attack", "#war"]);
    expect(statementWords("Partnerschaftsvertrag", [], "de")).toEqual(["#agreement", "#partnership"]);
    expect(statementWords("Ausrüstung", [], "de")).toEqual(["#equipment"]);
  });

  it("matches inflected forms through an open end, and only words that begin with the entry", () => {
    expect(statementWords("санкциями", [], "ru")).toEqual(["#sanctions"]);
    expect(statementWords("sankcjach", [], "pl")).toEqual(["#sanctions"]);
    // "arms" is listed whole: "army" is troops, "armistice" a ceasefire, neither weapons.
    expect(statementWords("army armistice", [], "en")).toEqual(["#ceasefire", "#troops"]);
  });

  it("leaves frame words out even when a concept could read them", () => {
    // "thanked" is one of English's verbs of a stance: it says how, not what.
    expect(statementWords("Putin thanked Kim", ["Putin", "Kim"], "en")).toEqual([]);
  });

  it("lists only known concepts, in every pack, with no entry twice", () => {
    for (const pack of LANGUAGE_PACKS) {
      expect(pack.concepts).toBeDefined();
      const seen = new Set<string>();
      for (const [concept, entries] of Object.entries(pack.concepts ?? {})) {
        expect(CONCEPTS).toContain(concept);
        for (const entry of entries) {
          expect(`${pack.code}: ${entry} ${seen.has(entry) ? "twice" : "once"}`).toBe(`${pack.code}: ${entry} once`);
          seen.add(entry);
        }
      }
      expect(conceptIndex(pack.code).at(["zzzz"], 0)).toBeNull();
    }
  });
});
