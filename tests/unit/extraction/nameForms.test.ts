import { extract } from "../../../src/extraction/extract";
import { article } from "./fixtures";

/** How names are found in the text, whatever the language's forms. Sentences of our own. */
const countries = (text: string, lang: string) =>
  extract(article(text, lang))
    .countries.map((c) => c.code)
    .sort();

describe("names in inflected and other scripts", () => {
  it("tries a word's other stems when the first leads only to a longer name (Китая: 'кит' starts 'Кит Келлог')", () => {
    expect(countries("Посол Китая вручил верительные грамоты в Каире.", "ru")).toContain("CN");
    expect(countries("Делегация министерства иностранных дел Китая прибыла в Каир.", "ru")).toContain("CN");
  });

  it("reads Cuba and Chad in Cyrillic beside a capitalised word: nobody's first names there", () => {
    expect(countries("Делегация Кубы прибыла в Минск.", "ru")).toContain("CU");
    expect(countries("Президент Чада прибыл в Москву.", "ru")).toContain("TD");
  });

  it("still leaves Jordan beside a first name to the person", () => {
    expect(countries("Michael Jordan arrived in Moscow on Monday.", "en")).not.toContain("JO");
  });
});

describe("a region after a role noun", () => {
  it("says whose leaders, it is no person's name (Indonesian)", () => {
    const facts = extract(article("Xi Jinping menerima para pemimpin Afrika di Beijing pada Kamis.", "id"));
    expect(facts.persons.map((p) => p.name)).toEqual(["Xi Jinping"]);
    expect(facts.meetings.flatMap((m) => m.participants)).not.toContain("Afrika");
  });
});
