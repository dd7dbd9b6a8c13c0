import { extract } from "../../../src/extraction/extract";
import { article } from "./fixtures";

/**
 * Mechanisms found by the French, Italian, Portuguese, Polish and Russian held-out set
 * (tests/fixtures/heldout/heldout-fr-it-pt-pl-ru.jsonl), each on sentences written for this test.
 */
const codes = (text: string, lang: string) => extract(article(text, lang)).countries.map((c) => c.code);
const persons = (text: string, lang: string) =>
  extract(article(text, lang)).persons.map((p) => (p.country ? `${p.name} (${p.country})` : p.name));

describe("a city or territory names its country", () => {
  it("counts a place that is not a capital, in each language", () => {
    expect(codes("Les négociateurs se retrouveront mardi à Genève, selon Téhéran.", "fr")).toEqual(["CH", "IR"]);
    expect(codes("Il premier è arrivato a Davos per il forum economico.", "it")).toEqual(["CH"]);
    expect(codes("Os combates continuam na Faixa de Gaza, disse o porta-voz.", "pt")).toEqual(["PS"]);
    expect(codes("Delegacje spotkały się w Genewie, a potem w Kijowie.", "pl")).toEqual(["CH", "UA"]);
    expect(codes("Переговоры прошли в Женеве при участии Вашингтона.", "ru")).toEqual(["CH", "US"]);
  });

  it("does not count the seat of an organisation as its country", () => {
    expect(codes("Les ministres de l'UE se sont réunis à Bruxelles pour parler de l'Ukraine.", "fr")).toEqual(["UA"]);
    expect(codes("EU foreign ministers met in Brussels on Monday to discuss Ukraine.", "en")).toEqual(["UA"]);
  });
});

describe("a person brings their state", () => {
  it("lists the country of a known person whom the text names without their state", () => {
    expect(codes("Emmanuel Macron a salué mardi la trêve conclue entre Israël et le Hamas.", "fr")).toEqual([
      "IL",
      "FR",
    ]);
    expect(codes("Владимир Путин подписал закон в субботу.", "ru")).toEqual(["RU"]);
  });

  it("leaves organisations out", () => {
    expect(codes("António Guterres ha chiesto una tregua immediata.", "it")).toEqual([]);
  });
});

describe("a declined name finds its gazetteer person", () => {
  it("reads a Polish instrumental whose nominative ends like a case ending", () => {
    expect(
      persons("Premier rozmawiał w poniedziałek z prezydentem Andrzejem Dudą o pomocy dla Kijowa.", "pl"),
    ).toContain("Andrzej Duda (PL)");
  });
});
