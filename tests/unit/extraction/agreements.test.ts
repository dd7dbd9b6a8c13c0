import { extract } from "../../../src/extraction/extract";
import { article } from "./fixtures";

const agreements = (text: string, lang: string) =>
  extract(article(text, lang)).agreements.map((a) => [a.parties, a.kind, a.status]);

describe("agreements", () => {
  it("takes no party from what was discussed after the signing", () => {
    expect(
      agreements(
        "Meloni ha ricevuto Milei. Durante il colloquio i due leader hanno firmato un memorandum d'intesa sulla cooperazione energetica e hanno discusso della situazione in Ucraina.",
        "it",
      ),
    ).toEqual([[["AR", "IT"], "memorandum", "signed"]]);
  });

  it("gives 'the two governments' the two states the sentence before names, not the story's leading two", () => {
    const text =
      "Russia said it stood by its ally. Peskov hoped Washington would not escalate tensions. Maduro met Chinese Vice Premier Ding Xuexiang in Caracas last week to discuss oil investments. The two governments signed twelve cooperation agreements. The United States has imposed sanctions on Venezuela's state oil company since 2019.";
    expect(agreements(text, "en")).toEqual([[["CN", "VE"], "agreement", "signed"]]);
  });

  it("reads the parties, kind and status of an agreement in several languages", () => {
    expect(agreements("Indonesia and Australia signed a defence cooperation agreement in Canberra.", "en")).toEqual([
      [["AU", "ID"], "agreement", "signed"],
    ]);
    expect(agreements("Jepang dan Filipina menandatangani perjanjian akses timbal balik di Manila.", "id")).toEqual([
      [["JP", "PH"], "treaty", "signed"],
    ]);
    expect(agreements("Deutschland und Frankreich unterzeichneten den Vertrag von Aachen.", "de")).toEqual([
      [["DE", "FR"], "treaty", "signed"],
    ]);
    expect(agreements("Rusia suspendió el tratado New START con Estados Unidos.", "es")).toEqual([
      [["RU", "US"], "treaty", "suspended"],
    ]);
    expect(agreements("Россия и Китай подписали соглашение о поставках газа.", "ru")).toEqual([
      [["CN", "RU"], "agreement", "signed"],
    ]);
  });

  it("reads an agreement from a verb of agreeing whose subjects are its parties", () => {
    expect(agreements("Mesir dan Turki sepakat memulihkan hubungan diplomatik penuh.", "id")).toEqual([
      [["EG", "TR"], "agreement", "signed"],
    ]);
    expect(agreements("Armenien und Aserbaidschan einigten sich auf den Text eines Friedensabkommens.", "de")).toEqual([
      [["AM", "AZ"], "agreement", "signed"],
    ]);
  });

  it("reads no agreement from a denial or from speculation", () => {
    expect(agreements("Moscow said no agreement was signed with North Korea during the visit.", "en")).toEqual([]);
    expect(
      agreements("Analysts in Seoul discussed a potential arms deal between Russia and North Korea.", "en"),
    ).toEqual([]);
  });

  it("makes 'the two countries' the article's two leading states, and a later mention the same agreement", () => {
    expect(
      agreements(
        "Vietnam and China held talks in Hanoi. Vietnam hosted the Chinese delegation. The two countries signed a memorandum on rail links. The memorandum, praised by Thailand, covers three lines.",
        "en",
      ),
    ).toEqual([[["CN", "VN"], "memorandum", "signed"]]);
  });
});

describe("agreements that are not made in the story", () => {
  it("reads an anniversary or an old year near the word as history", () => {
    expect(
      agreements(
        "Delegations from Russia and North Korea marked the 70th anniversary of the armistice in Pyongyang.",
        "en",
      ),
    ).toEqual([]);
    expect(agreements("China and North Korea recalled the 1961 treaty at a banquet in Beijing.", "en")).toEqual([]);
  });

  it("reads talks about a truce and a decision to sanction as no agreement", () => {
    expect(agreements("The truce negotiations between Israel and Lebanon resume on Monday.", "en")).toEqual([]);
    expect(
      agreements("Negara-negara anggota ASEAN dan Jepang sepakat menjatuhkan sanksi kepada Myanmar.", "id"),
    ).toEqual([]);
  });

  it("leaves out the place of signing", () => {
    expect(agreements("Armenia and Azerbaijan signed a peace agreement at the White House on Friday.", "en")).toEqual([
      [["AM", "AZ"], "agreement", "signed"],
    ]);
  });

  it("leaves out the mediators and the target of what was agreed", () => {
    expect(
      agreements(
        "The truce between Armenia and Azerbaijan, brokered by the United States and Qatar, was signed on Friday.",
        "en",
      ),
    ).toEqual([[["AM", "AZ"], "agreement", "signed"]]);
    expect(agreements("Japan and Australia signed an agreement on measures against North Korea.", "en")).toEqual([
      [["AU", "JP"], "agreement", "signed"],
    ]);
  });
});

describe("agreement status", () => {
  it("keeps a signed agreement signed when a future after the noun tells what it will do", () => {
    expect(agreements("Japan signed a new treaty with the Philippines that will allow joint drills.", "en")).toEqual([
      [["JP", "PH"], "treaty", "signed"],
    ]);
    expect(
      agreements("Jepang menandatangani perjanjian baru dengan Filipina yang akan membuka latihan bersama.", "id"),
    ).toEqual([[["JP", "PH"], "treaty", "signed"]]);
  });
});

describe("an agreement dated by a weekday with its full date beside", () => {
  it("takes the full date ('Rabu (24/9/2025)')", () => {
    const text =
      "Indonesia dan Kanada menandatangani perjanjian kemitraan ekonomi komprehensif di Ottawa, Rabu (24/9/2025).";
    const [agreement] = extract(article(text, "id", "2025-10-27T08:00:00Z")).agreements;
    expect(agreement?.date).toBe("2025-09-24");
  });
});

describe("the gathering an agreement is signed at", () => {
  it("is no party beside two others ('di sela-sela KTT ASEAN')", () => {
    expect(
      agreements("Indonesia dan Malaysia meneken nota kesepahaman di sela-sela KTT ASEAN di Kuala Lumpur.", "id"),
    ).toEqual([[["ID", "MY"], "memorandum", "signed"]]);
    expect(
      agreements("Vietnam and Thailand signed a memorandum on rice trade on the sidelines of the ASEAN summit.", "en"),
    ).toEqual([[["TH", "VN"], "memorandum", "signed"]]);
  });

  it("but is a party when it is one side of two ('At the EU summit, leaders signed … with Ukraine')", () => {
    expect(agreements("At the EU summit, leaders signed a security agreement with Ukraine.", "en")).toEqual([
      [["EU", "UA"], "agreement", "signed"],
    ]);
  });
});
