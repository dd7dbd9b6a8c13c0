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

describe("roles beyond the cabinet introduce persons", () => {
  it("reads military ranks, advisers, commanders and royals in each language", () => {
    // Officers the gazetteer does not list (its Sahel leaders would be found without their ranks).
    expect(persons("Le colonel Sadio Camara a reçu samedi le général Salifou Mody à Bamako.", "fr")).toEqual([
      "Sadio Camara",
      "Salifou Mody",
    ]);
    expect(persons("Il comandante Saddam Haftar ha ricevuto a Bengasi una delegazione russa.", "it")).toEqual([
      "Saddam Haftar",
    ]);
    expect(persons("O assessor especial João Valente esteve em Caracas em julho.", "pt")).toEqual(["João Valente"]);
    expect(persons("Rozmowy prowadził doradca Jake Sullivan, a po stronie Chin generał Zhang Youxia.", "pl")).toEqual([
      "Jake Sullivan (US)",
      "Zhang Youxia (CN)",
    ]);
    expect(persons("В переговорах участвовал советник Стив Уиткофф.", "ru")).toHaveLength(1);
  });
});

describe("a declined name the gazetteer does not know is given in the nominative", () => {
  it("undoes Polish instrumental and dative endings", () => {
    expect(persons("Xi rozmawiał w Limie z prezydentką Peru Diną Boluarte.", "pl")).toContain("Dina Boluarte (PE)");
    expect(persons("Minister spotkał się z ambasadorem Iranu Kazemem Dżalalim.", "pl")[0]).toMatch(/^Kazem /);
  });

  it("undoes Russian instrumental endings before transliterating", () => {
    expect(persons("Лавров встретился с послом Ирана Каземом Джалали.", "ru")).toContain("Kazem Dzhalali (IR)");
    expect(persons("Посол Ирана Казем Джалали выступил в Москве.", "ru")).toContain("Kazem Dzhalali (IR)");
  });
});

describe("Russian spellings of Korean, Chinese and American names", () => {
  it("brings Kontsevich syllables back to the usual English form", () => {
    expect(persons("Посол КНДР в России Син Хон Чхоль выступил на приёме в Москве.", "ru")).toContain(
      "Sin Hong Chol (KP)",
    );
  });

  it("finds gazetteer people under the spelling Russian gives them", () => {
    expect(persons("Глава МИД КНДР Чвэ Сон Хи провела переговоры в Москве.", "ru")).toContain("Choe Son Hui (KP)");
    expect(persons("Министр обороны Южной Кореи Ким Ён Хён сделал заявление.", "ru")).toContain("Kim Yong-hyun (KR)");
    expect(persons("Официальный представитель МИД КНР Линь Цзянь ответил на вопрос.", "ru")).toContain("Lin Jian (CN)");
    expect(persons("В Москву прибыл Стив Уиткофф.", "ru")).toContain("Steve Witkoff (US)");
    expect(persons("Президент Бразилии Луис Инасиу Лула да Силва прилетел в Казань.", "ru")).toEqual([
      "Luiz Inacio Lula da Silva (BR)",
    ]);
  });
});

describe("French demonyms of every state", () => {
  it("reads the adjective of a state the pack does not list by hand", () => {
    expect(codes("Le ministre malaisien a reçu lundi son homologue kényane et un envoyé bolivien.", "fr")).toEqual([
      "MY",
      "KE",
      "BO",
    ]);
  });
});

describe("Poland's ministers in the gazetteer", () => {
  it("finds the foreign minister in any case, under his Polish spelling", () => {
    expect(persons("Szef polskiej dyplomacji Radosław Sikorski poleciał do Kijowa.", "pl")).toEqual([
      "Radosław Sikorski (PL)",
    ]);
    expect(persons("Premier rozmawiał z Radosławem Sikorskim o sankcjach.", "pl")).toEqual(["Radosław Sikorski (PL)"]);
  });
});
