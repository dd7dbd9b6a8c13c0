import { extract } from "../../../src/extraction/extract";
import { article } from "./fixtures";

const sanctions = (text: string, lang: string) => extract(article(text, lang, "2024-06-20T10:00:00Z")).sanctions;
const facts = (text: string, lang: string) =>
  sanctions(text, lang).map((s) => [s.imposer, s.target, s.targetCountry ?? null, s.status]);

describe("organisations as targets", () => {
  it("reads a movement after 'on'/'against' as the target, its state as targetCountry", () => {
    expect(facts("Britain announced sanctions against Hezbollah on Thursday.", "en")).toEqual([
      ["GB", "Hezbollah", ["LB"], "announced"],
    ]);
    expect(facts("Estados Unidos impuso sanciones contra Hezbolá.", "es")).toEqual([
      ["US", "Hezbollah", ["LB"], "announced"],
    ]);
    expect(facts("Kanada menjatuhkan sanksi terhadap Hamas pada Rabu.", "id")).toEqual([
      ["CA", "Hamas", ["PS"], "announced"],
    ]);
  });

  it("leaves the targetCountry out when the organisation has no state", () => {
    expect(facts("Australia imposed sanctions on the Islamic State.", "en")).toEqual([
      ["AU", "Islamic State", null, "announced"],
    ]);
  });
});

describe("capitals as targets and imposers", () => {
  it("reads a capital that otherwise only locates as the state it stands for", () => {
    expect(facts("Budapest imposed sanctions on Stockholm last week.", "en")).toEqual([
      ["HU", "SE", null, "announced"],
    ]);
    expect(facts("Varsovia impuso sanciones contra Copenhague.", "es")).toEqual([["PL", "DK", null, "announced"]]);
  });

  it("does not read a capital that locates talks as an imposer", () => {
    expect(facts("Talks in Copenhagen on sanctions against Iran ended.", "en")).toEqual([[null, "IR", null, "lifted"]]);
  });
});

describe("delisting as lifting", () => {
  it("reads names taken off a sanctions list as sanctions lifted by the list's owner", () => {
    expect(facts("Venezuela was removed from the U.S. sanctions list on Friday.", "en")).toEqual([
      ["US", "VE", null, "lifted"],
    ]);
    expect(facts("Ottawa removed Belarus from its sanctions list.", "en")).toEqual([["CA", "BY", null, "lifted"]]);
    expect(facts("Irán fue retirado de la lista negra de Estados Unidos.", "es")).toEqual([
      ["US", "IR", null, "lifted"],
    ]);
    expect(facts("Venezuela dihapus dari daftar sanksi AS pada Jumat.", "id")).toEqual([["US", "VE", null, "lifted"]]);
  });

  it("reads a movement delisted, and one a state owns, as the organisation", () => {
    expect(facts("Hezbollah was removed from the British terrorism list.", "en")).toEqual([
      ["GB", "Hezbollah", ["LB"], "lifted"],
    ]);
    expect(facts("Canada added Lebanon's Hezbollah movement to its terrorist list.", "en")).toEqual([
      ["CA", "Hezbollah", ["LB"], "announced"],
    ]);
  });
});

describe("a time phrase between the imposer's verb and the sanctions", () => {
  it("reads the verb's subject as the imposer across it", () => {
    expect(facts("L'Union africaine maintient depuis fin août des sanctions contre le Gabon.", "fr")).toEqual([
      ["African Union", "GA", null, "in_force"],
    ]);
    expect(facts("La Unión Europea mantiene desde marzo duras sanciones contra Nicaragua.", "es")).toEqual([
      ["EU", "NI", null, "in_force"],
    ]);
    expect(facts("ECOWAS has maintained since late July heavy sanctions against Mali.", "en")).toEqual([
      ["ECOWAS", "ML", null, "in_force"],
    ]);
  });
});

describe("membership is no sanction", () => {
  it("reads a state designated as a member as no listing", () => {
    expect(facts("Rusia menetapkan Mesir sebagai anggota BRICS pada Selasa.", "id")).toEqual([]);
    expect(facts("Argentina designated Chile as members of the new council.", "en")).toEqual([]);
  });

  it("still reads a designated group as a listing", () => {
    expect(facts("Washington designated two Syrian companies on Monday.", "en")).toEqual([
      ["US", "SY", ["SY"], "announced"],
    ]);
  });
});

describe("owners named right after the sanctions word", () => {
  it("reads every state listed after the word as an imposer, the one answering them as the target", () => {
    expect(facts("Пекин ответил на санкции США и Японии.", "ru")).toEqual([
      ["US", "CN", null, "in_force"],
      ["JP", "CN", null, "in_force"],
    ]);
  });

  it("never reads one listed owner as the other's target", () => {
    expect(facts("Iran menanggapi sanksi AS dan Inggris.", "id")).toEqual([]);
  });
});

describe("an entry ban into a state", () => {
  it("never reads the state entry into is banned as the target", () => {
    expect(facts("Zakaz wjazdu do Litwy obejmuje rosyjskich urzędników.", "pl")).not.toContainEqual([
      null,
      "LT",
      null,
      "in_force",
    ]);
    expect(sanctions("Zakaz wjazdu do Litwy obejmuje rosyjskich urzędników.", "pl").map((s) => s.target)).toEqual([
      "RU",
    ]);
  });
});
