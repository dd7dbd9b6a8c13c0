import { extract } from "../../../src/extraction/extract";
import { article } from "./fixtures";

const facts = (text: string, lang: string) =>
  extract(article(text, lang, "2024-06-20T10:00:00Z")).sanctions.map((s) => [s.imposer, s.target, s.status]);

describe("sanctions named by the measure they take", () => {
  it("reads travel bans, visa restrictions, asset freezes and blacklists as sanctions in every language", () => {
    expect(facts("Canada imposed a travel ban on Belarus.", "en")).toEqual([["CA", "BY", "announced"]]);
    expect(facts("Washington imposed visa restrictions on Nicaragua.", "en")).toEqual([["US", "NI", "announced"]]);
    expect(facts("Amerika Serikat memberlakukan larangan bepergian terhadap Myanmar.", "id")).toEqual([
      ["US", "MM", "announced"],
    ]);
    expect(facts("Die EU verhängte ein Einreiseverbot gegen Belarus.", "de")).toEqual([["EU", "BY", "announced"]]);
    expect(facts("La Unión Europea impuso la congelación de activos contra Nicaragua.", "es")).toEqual([
      ["EU", "NI", "announced"],
    ]);
    expect(facts("L'Union européenne a imposé un gel des avoirs contre le Mali.", "fr")).toEqual([
      ["EU", "ML", "announced"],
    ]);
    expect(facts("L'Unione europea ha imposto un divieto di ingresso contro la Bielorussia.", "it")).toEqual([
      ["EU", "BY", "announced"],
    ]);
    expect(facts("A União Europeia impôs a proibição de entrada contra a Bielorrússia.", "pt")).toEqual([
      ["EU", "BY", "announced"],
    ]);
    expect(facts("Unia Europejska nałożyła zakaz wjazdu na Białoruś.", "pl")).toEqual([["EU", "BY", "announced"]]);
    expect(facts("Евросоюз ввел запрет на въезд против Белоруссии.", "ru")).toEqual([["EU", "BY", "announced"]]);
  });

  it("reads bans on trade and flights as sanctions, and their lifting", () => {
    expect(facts("The EU imposed an import ban on Russian steel.", "en")).toEqual([["EU", "RU", "announced"]]);
    expect(facts("Canada imposed a flight ban on Russian airlines.", "en")).toEqual([["CA", "RU", "announced"]]);
    expect(facts("China lifted its import ban on Australian wine.", "en")).toEqual([["CN", "AU", "lifted"]]);
    expect(facts("Uni Eropa menjatuhkan larangan impor terhadap baja Rusia.", "id")).toEqual([
      ["EU", "RU", "announced"],
    ]);
  });

  it("reads assets frozen abroad as sanctions in force on their owner", () => {
    expect(facts("Gli asset russi congelati in Europa restano al centro del dibattito.", "it")).toEqual([
      [null, "RU", "in_force"],
    ]);
  });

  it("keeps the measures listed after a sanctions word as that one sanction", () => {
    expect(facts("The EU imposed sanctions, including asset freezes and travel bans, on Iran.", "en")).toEqual([
      ["EU", "IR", "announced"],
    ]);
    expect(facts("Britain imposed sanctions — among them travel bans — on two Iranian officials.", "en")).toEqual([
      ["GB", "IR", "announced"],
    ]);
  });
});

describe("a state's government as the imposer", () => {
  it("reads the state behind a demonym that names its government", () => {
    expect(facts("O governo japonês anunciou sanções contra a Coreia do Norte.", "pt")).toEqual([
      ["JP", "KP", "announced"],
    ]);
    expect(facts("The Japanese government announced sanctions against North Korea.", "en")).toEqual([
      ["JP", "KP", "announced"],
    ]);
    expect(facts("El gobierno estadounidense impuso sanciones contra Cuba.", "es")).toEqual([
      ["US", "CU", "announced"],
    ]);
  });
});

describe("a leader as the imposer", () => {
  it("reads the state of the leader or minister who imposes the sanctions", () => {
    expect(facts("President Joe Biden imposed new sanctions on Venezuela.", "en")).toEqual([["US", "VE", "announced"]]);
    expect(facts("Presiden Amerika Serikat Joe Biden menjatuhkan sanksi baru terhadap Venezuela.", "id")).toEqual([
      ["US", "VE", "announced"],
    ]);
    expect(facts("Der US-Präsident Joe Biden verhängte Sanktionen gegen Venezuela.", "de")).toEqual([
      ["US", "VE", "announced"],
    ]);
  });

  it("does not read a person hit by the sanctions as their imposer", () => {
    expect(facts("Sanksi kepada Joe Biden membekukan aset di Venezuela.", "id").map((f) => f[0])).not.toContain("US");
  });
});

describe("sanctions extended or lifted in the newer packs", () => {
  it("reads an extension as announced and a repeal as lifted", () => {
    expect(facts("Le Conseil de l'UE a prolongé les sanctions contre la Russie.", "fr")).toEqual([
      ["EU", "RU", "announced"],
    ]);
    expect(facts("L'Unione europea ha prorogato le sanzioni contro la Russia.", "it")).toEqual([
      ["EU", "RU", "announced"],
    ]);
    expect(facts("Евросоюз продлил санкции против России.", "ru")).toEqual([["EU", "RU", "announced"]]);
    expect(facts("США отменили санкции против Венесуэлы.", "ru")).toEqual([["US", "VE", "lifted"]]);
  });
});
