import { extract } from "../../../src/extraction/extract";
import { article } from "./fixtures";

const transfers = (text: string, lang: string) =>
  extract(article(text, lang)).transfers.map((t) => [t.from, t.to, t.items, t.status]);

describe("cooperation gaps, round two", () => {
  it("makes no transfer from a denial alone", () => {
    expect(transfers("Le porte-parole a assuré que l'Iran n'a jamais envoyé de drones au Venezuela.", "fr")).toEqual(
      [],
    );
    expect(transfers("Die Regierung in Minsk erklärte, Belarus habe keine Panzer an Serbien verkauft.", "de")).toEqual(
      [],
    );
    expect(transfers("Tehran denied sending missiles to Sudan.", "en")).toEqual([]);
  });

  it("keeps a transfer reported elsewhere, and links the denial to it", () => {
    const facts = extract(
      article(
        "Kyiv says Belarus delivered tanks to Russia last month. Minsk said it had never delivered tanks to Russia.",
        "en",
      ),
    );
    expect(facts.transfers.map((t) => [t.from, t.to, t.items, t.status])).toEqual([
      ["BY", "RU", ["weapons"], "alleged"],
    ]);
    expect(facts.statements.filter((st) => st.stance === "deny").map((st) => st.claim)).toEqual([
      { type: "transfers", index: 0 },
    ]);
  });

  it("takes states listed after one 'from' for two sources, not the two ends", () => {
    expect(
      transfers(
        "Menteri itu menjamin pasokan gandum, baik dari Rusia maupun Ukraina. Rusia dan Ukraina masih berperang.",
        "id",
      ),
    ).toEqual([]);
    expect(
      transfers(
        "Grain shipments, from Russia and from Ukraine alike, must keep flowing. Russia and Ukraine are at war.",
        "en",
      ),
    ).toEqual([]);
  });

  it("sends arms for an armed group to its state, from the accused, never the accuser", () => {
    expect(transfers("Israel has accused Tehran of arming Hezbollah with missiles.", "en")).toEqual([
      ["IR", "LB", ["missiles"], "alleged"],
    ]);
    expect(transfers("Paris accuse Moscou d'armer les Talibans avec des drones.", "fr")).toEqual([
      ["RU", "AF", ["weapons"], "alleged"],
    ]);
    expect(transfers("Riyadh accused Tehran of arming rebel militias with rockets.", "en")).toEqual([]);
  });

  it("has firms accused of supplying send from their demonym's state, not from the sanctioning one", () => {
    expect(
      transfers("The Treasury blacklisted nine Turkish firms accused of shipping drone parts to Iran.", "en"),
    ).toEqual([["TR", "IR", ["weapons"], "alleged"]]);
    expect(
      transfers(
        "Bruselas sancionó a nueve empresas turcas acusadas de enviar drones a Irán. Bruselas y Teherán discrepan.",
        "es",
      ),
    ).toEqual([["TR", "IR", ["weapons"], "alleged"]]);
  });

  const agreements = (text: string, lang: string) =>
    extract(article(text, lang)).agreements.map((a) => [a.parties, a.status]);

  it("reads an earlier stage of the agreement told as that agreement, not a second one", () => {
    expect(
      agreements(
        "Malaysia dan Korea Selatan menandatangani MK-CEPA di Seoul pada Selasa. Kesepakatan atas MK-CEPA sebelumnya dicapai pada Desember 2023.",
        "id",
      ),
    ).toEqual([[["KR", "MY"], "signed"]]);
    expect(
      agreements(
        "Vietnam and Japan signed the trade deal in Hanoi on Monday. The deal previously agreed in March had stalled.",
        "en",
      ),
    ).toEqual([[["JP", "VN"], "signed"]]);
  });

  it("keeps another kind of agreement still under negotiation apart from the one signed", () => {
    expect(
      agreements(
        "Malaysia dan Jepang menandatangani nota kesepahaman energi pada Senin. Anwar bertemu Kishida untuk membahas perjanjian perdagangan bebas Malaysia-Jepang yang telah berlangsung sejak 2019.",
        "id",
      ),
    ).toEqual([
      [["JP", "MY"], "signed"],
      [["JP", "MY"], "planned"],
    ]);
    expect(
      agreements(
        "Japan and Vietnam signed a memorandum on energy on Monday. Kishida and Pham Minh Chinh also discussed plans for a free trade treaty between Japan and Vietnam, under negotiation since 2019.",
        "en",
      ),
    ).toEqual([
      [["JP", "VN"], "signed"],
      [["JP", "VN"], "planned"],
    ]);
  });

  it("reads an earlier stage told after the agreement's whole name, and 'that agreement' as the one told", () => {
    expect(
      agreements(
        "Malaysia dan Jepang menandatangani MJ-CEPA pada Senin. Kesepakatan politik atas MJ-CEPA sebelumnya dicapai Anwar Ibrahim dan Fumio Kishida di Tokyo pada Desember 2022. Berdasarkan perjanjian itu, tarif akan dihapus.",
        "id",
      ),
    ).toEqual([[["JP", "MY"], "signed"]]);
  });
});
