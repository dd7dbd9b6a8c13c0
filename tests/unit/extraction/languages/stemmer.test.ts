import { languagePack } from "../../../../src/extraction/languages";
import { stemmer } from "../../../../src/extraction/stemmer";
import { normalizeWord } from "../../../../src/extraction/tokenize";

describe("stems of inflecting languages", () => {
  // A word finds a phrase when one of its candidate stems is the phrase's stem.
  const stemOf = (code: string) => (word: string) => stemmer(languagePack(code))!.stem(normalizeWord(word));
  const sameWord = (code: string, forms: string[]) => {
    const s = stemmer(languagePack(code))!;
    const stored = s.stem(normalizeWord(forms[0]));
    return forms.every((f) => s.candidates(normalizeWord(f)).includes(stored));
  };

  it("gives every case of a Polish name or adjective one stem", () => {
    for (const forms of [
      ["Rosja", "Rosji", "Rosję", "Rosją"],
      ["Japonia", "Japonii", "Japonię"],
      ["rosyjski", "rosyjskiego", "rosyjskiej", "rosyjskich", "rosyjską"],
      ["Putin", "Putina", "Putinem", "Putinowi"],
      ["Ławrow", "Ławrowa", "Ławrowem"],
      // Nominatives that end like a case ending are stored shorter; their cases reach them in two steps.
      ["Andrzej", "Andrzeja", "Andrzejem", "Andrzejowi"],
      ["Duda", "Dudy", "Dudą"],
    ]) {
      expect(sameWord("pl", forms)).toBe(true);
    }
  });

  it("gives every case of a Russian name or adjective one stem", () => {
    for (const forms of [
      ["Россия", "России", "Россию", "Россией"],
      ["Китай", "Китая", "Китаю", "Китаем"],
      ["российский", "российского", "российская", "российские", "российской"],
      ["Лавров", "Лаврова", "Лавровым"],
      ["Андрей", "Андрея", "Андреем"],
    ]) {
      expect(sameWord("ru", forms)).toBe(true);
    }
  });

  it("does not stem languages without case endings, nor cut a word below the shortest stem", () => {
    expect(stemmer(languagePack("fr"))).toBeUndefined();
    expect(stemOf("pl")("USA")).toBe("usa");
  });
});
