import { extract } from "../../../src/extraction/extract";
import { article } from "./fixtures";

const sanctions = (text: string, lang: string) =>
  extract(article(text, lang)).sanctions.map((s) => [s.imposer, s.target, s.status, s.reason]);

describe("sanctions", () => {
  it("reads who imposes sanctions on whom, and why", () => {
    expect(sanctions("Korea Utara dijatuhi sanksi PBB karena uji coba nuklirnya.", "id")).toEqual([
      ["UN", "KP", "in_force", "uji coba nuklirnya"],
    ]);
    expect(sanctions("The European Union imposed sanctions on Iran over drone deliveries to Russia.", "en")).toEqual([
      ["EU", "IR", "announced", "drone deliveries to Russia"],
    ]);
    expect(sanctions("Japan sanctioned three North Korean trading firms.", "en")).toEqual([
      ["JP", "KP", "announced", null],
    ]);
  });

  it("reads several targets with their own reasons, and an unnamed imposer", () => {
    expect(
      sanctions(
        "Iran dan Belarus sama-sama dikenai sanksi Barat -- Teheran karena program nuklirnya, dan Minsk karena mendukung invasi Rusia.",
        "id",
      ),
    ).toEqual([
      [null, "IR", "in_force", "program nuklirnya"],
      [null, "BY", "in_force", "mendukung invasi Rusia"],
    ]);
  });

  it("tells announced, lifted and vetoed sanctions from those in force", () => {
    expect(sanctions("Uni Eropa mengumumkan sanksi baru terhadap Belarus.", "id")).toEqual([
      ["EU", "BY", "announced", null],
    ]);
    expect(sanctions("Washington lifted sanctions on Venezuela's oil sector.", "en")).toEqual([
      ["US", "VE", "lifted", null],
    ]);
    expect(sanctions("China vetoed a resolution that would have tightened sanctions against Myanmar.", "en")).toEqual([
      ["UN", "MM", "vetoed", null],
    ]);
    expect(sanctions("The veto does not remove the UN sanctions on North Korea.", "en")).toEqual([
      ["UN", "KP", "in_force", null],
    ]);
  });

  it("ignores threats of sanctions and sanctions with no one to hit", () => {
    expect(sanctions("The United States threatened sanctions should the deal go ahead.", "en")).toEqual([]);
    expect(sanctions("Para ahli memantau pelaksanaan sanksi sejak 2006.", "id")).toEqual([]);
  });
});

const facts = (text: string, lang: string) =>
  extract(article(text, lang, "2024-06-20T10:00:00Z")).sanctions.map((s) => [
    s.imposer,
    s.target,
    s.targetCountry ?? null,
    s.status,
  ]);

describe("sanctions as they are reported", () => {
  it("calls a designation the article reports announced, and sanctions told as background in force", () => {
    expect(facts("Japan imposed sanctions on North Korea on Friday.", "en")).toEqual([["JP", "KP", null, "announced"]]);
    expect(facts("Washington imposed new sanctions on Venezuela last year.", "en")).toEqual([
      ["US", "VE", null, "in_force"],
    ]);
    expect(facts("Venezuela has been under U.S. sanctions since 2019.", "en")).toEqual([
      ["US", "VE", null, "in_force"],
    ]);
    expect(facts("Jepang menjatuhkan sanksi terhadap Rusia pada Jumat.", "id")).toEqual([
      ["JP", "RU", null, "announced"],
    ]);
    expect(facts("Korea Utara berada di bawah sanksi PBB sejak 2006.", "id")).toEqual([["UN", "KP", null, "in_force"]]);
    expect(facts("Nordkorea steht seit 2006 unter Sanktionen der Vereinten Nationen.", "de")).toEqual([
      ["UN", "KP", null, "in_force"],
    ]);
    expect(facts("Corea del Norte está sometida a sanciones de la ONU desde 2006.", "es")).toEqual([
      ["UN", "KP", null, "in_force"],
    ]);
  });

  it("reads a group of designated companies and people as one sanction with its country", () => {
    expect(
      facts("The Treasury Department sanctioned five Russian entities and two individuals on Thursday.", "en"),
    ).toEqual([["US", "RU", ["RU"], "announced"]]);
    expect(
      facts("Amerika Serikat menjatuhkan sanksi terhadap tiga perusahaan Iran dan dua individu pada Kamis.", "id"),
    ).toEqual([["US", "IR", ["IR"], "announced"]]);
    expect(facts("Die EU hat neue Sanktionen gegen drei russische Unternehmen verhängt.", "de")).toEqual([
      ["EU", "RU", ["RU"], "announced"],
    ]);
    expect(facts("Estados Unidos sancionó a cuatro empresas rusas el viernes.", "es")).toEqual([
      ["US", "RU", ["RU"], "announced"],
    ]);
    expect(
      facts("The new measures target one individual and three companies from North Korea and Russia.", "en"),
    ).toEqual([]);
    expect(
      facts(
        "Britain announced sanctions targeting one individual and three companies from North Korea and Russia.",
        "en",
      ),
    ).toEqual([["GB", "KP", ["KP", "RU"], "announced"]]);
  });

  it("keeps each group designation its own sanction, and a retold one the same", () => {
    expect(
      facts("The EU sanctioned three Iranian individuals on Monday. It also sanctioned four Iranian companies.", "en"),
    ).toEqual([
      ["EU", "IR", ["IR"], "announced"],
      ["EU", "IR", ["IR"], "announced"],
    ]);
    expect(
      facts(
        "China imposed sanctions on nine U.S. defence firms. It said the sanctions on nine U.S. defence firms answer arms sales.",
        "en",
      ),
    ).toHaveLength(1);
  });

  it("names a sanctioned person as the target, with the person's country", () => {
    expect(facts("Sergei Shoigu was sanctioned by the European Union in 2022.", "en")).toEqual([
      ["EU", "Sergei Shoigu", ["RU"], "in_force"],
    ]);
    expect(facts("Menteri Pertahanan Rusia Sergei Shoigu disanksi oleh Uni Eropa.", "id")).toEqual([
      ["EU", "Sergei Shoigu", ["RU"], "announced"],
    ]);
    expect(facts("The United States sanctioned Russian Defence Minister Sergei Shoigu on Monday.", "en")).toEqual([
      ["US", "Sergei Shoigu", ["RU"], "announced"],
    ]);
  });

  it("resolves imposers named through institutions and blocs, and never the vetoing state", () => {
    expect(facts("The Office of Foreign Assets Control sanctioned three Iranian companies.", "en")).toEqual([
      ["US", "IR", ["IR"], "announced"],
    ]);
    expect(facts("Britain, France and Germany moved to reimpose UN sanctions on Iran.", "en")).toEqual([
      ["UN", "IR", null, "announced"],
    ]);
    expect(
      facts("Russia and China vetoed a resolution that would have imposed new sanctions on North Korea.", "en"),
    ).toEqual([["UN", "KP", null, "vetoed"]]);
    expect(facts("Hungary blocked new EU sanctions on Russia.", "en")).toEqual([["EU", "RU", null, "vetoed"]]);
  });

  it("carries the imposer and status of the sanctions told before to 'these sanctions' aimed at a new target", () => {
    expect(
      facts(
        "Uni Eropa menjatuhkan sanksi baru terhadap Iran. Sanksi itu menyasar tiga individu dan satu entitas Iran.",
        "id",
      ),
    ).toEqual([
      ["EU", "IR", null, "announced"],
      ["EU", "IR", ["IR"], "announced"],
    ]);
    expect(facts("The EU imposed sanctions on Belarus. Two Belarusian airlines were also sanctioned.", "en")).toEqual([
      ["EU", "BY", null, "announced"],
      ["EU", "BY", ["BY"], "announced"],
    ]);
  });
});

describe("sanctions whose target stands apart from the word", () => {
  it("reaches the target across an aside in dashes or brackets", () => {
    expect(
      facts("The EU imposed sanctions — travel bans, asset freezes and other measures — on three Chinese firms.", "en"),
    ).toEqual([["EU", "CN", ["CN"], "announced"]]);
    expect(
      facts("Uni Eropa menjatuhkan sanksi (pembekuan aset dan larangan bepergian) terhadap dua perusahaan Iran.", "id"),
    ).toEqual([["EU", "IR", ["IR"], "announced"]]);
  });

  it("reads a group after 'to'/'ke' or 'for' as the target, and a second wording of it in one sentence as the same", () => {
    expect(facts("Uni Eropa juga memperpanjang sanksi ke empat entitas Iran.", "id")).toEqual([
      ["EU", "IR", ["IR"], "announced"],
    ]);
    expect(facts("The Treasury Department announced sanctions for six officials in Nicaragua.", "en")).toEqual([
      ["US", "NI", ["NI"], "announced"],
    ]);
    expect(
      facts(
        "Amerika Serikat menjatuhkan sanksi terhadap lima individu serta entitas Rusia dan mengumumkan sanksi terhadap dua individu Rusia.",
        "id",
      ),
    ).toHaveLength(1);
  });
});

describe("sanctions that do not (yet) exist or change", () => {
  it("ignores readiness and threats to impose sanctions", () => {
    expect(facts("The United States is ready to impose sanctions on Iran if talks fail.", "en")).toEqual([]);
    expect(facts("Amerika Serikat siap menjatuhkan sanksi terhadap Turki.", "id")).toEqual([]);
    expect(facts("Die EU erwägt Sanktionen gegen Belarus.", "de")).toEqual([]);
    expect(facts("Washington amenaza con sanciones a Venezuela.", "es")).toEqual([]);
  });

  it("keeps sanctions whose lifting is only demanded in force", () => {
    expect(facts("Kim Jong Un called for the lifting of sanctions on North Korea.", "en")).toEqual([
      [null, "KP", null, "in_force"],
    ]);
    expect(facts("Washington lifted sanctions on Venezuela.", "en")).toEqual([["US", "VE", null, "lifted"]]);
  });

  it("reads freezing the assets of a group as a sanction", () => {
    expect(facts("Japan froze the assets of four Russian banks on Friday.", "en")).toEqual([
      ["JP", "RU", ["RU"], "announced"],
    ]);
  });
});
