import { transliterateName } from "../../../../src/extraction/transliterate";
import { normalizeWord } from "../../../../src/extraction/tokenize";

describe("Cyrillic transliteration", () => {
  it("spells Russian names as English news does", () => {
    expect(transliterateName("Сергей Лавров")).toBe("Sergey Lavrov");
    expect(transliterateName("Дмитрий Песков")).toBe("Dmitry Peskov");
    expect(transliterateName("Евгений Пригожин")).toBe("Yevgeny Prigozhin");
    expect(transliterateName("Юрий Ушаков")).toBe("Yury Ushakov");
    expect(transliterateName("Пётр Толстой")).toBe("Pyotr Tolstoy");
  });

  it("spells borrowed names the way their own language does, in any case", () => {
    expect(transliterateName("Ким Чен Ын")).toBe("Kim Jong Un");
    expect(transliterateName("Си Цзиньпин")).toBe("Xi Jinping");
    expect(transliterateName("Ли Цян")).toBe("Li Qiang");
    expect(transliterateName("Линь Цзянь")).toBe("Lin Jian");
    expect(normalizeWord("Трампа")).toBe("trump");
  });

  it("finds a borrowed name ending in -а or -я in its other cases ('Кисиды', 'Кисиде', 'Кисидой')", () => {
    for (const form of ["Кисиды", "Кисиде", "Кисиду", "Кисидой"]) expect(normalizeWord(form)).toBe("kishida");
    expect(normalizeWord("Прайса")).toBe("price");
    // A short word keeps the guard of short names: "Ханой" is Hanoi.
    expect(normalizeWord("Ханой")).not.toBe("han");
  });

  it("leaves Latin names alone and folds Polish ł in the tokenizer", () => {
    expect(transliterateName("Sergey Lavrov")).toBe("Sergey Lavrov");
    expect(normalizeWord("Ławrow")).toBe("lawrow");
  });
});
