import { extract } from "../../../src/extraction/extract";
import { article } from "./fixtures";

const parties = (text: string, lang: string) => extract(article(text, lang)).agreements.map((a) => a.parties);

// A third state the sentence names beside the agreement (here Jordan, acting under it) is no party:
// the states listed after "between" are (without it: Egypt, Israel and Jordan).
describe("agreements: the states after 'between' are its parties", () => {
  it.each([
    ["en", "Under the ceasefire agreement between Israel and Egypt, Jordan will reopen its border crossings."],
    [
      "id",
      "Berdasarkan kesepakatan gencatan senjata antara Israel dan Mesir, Yordania akan membuka kembali perbatasannya.",
    ],
    [
      "de",
      "Nach dem Waffenstillstandsabkommen zwischen Israel und Ägypten wird Jordanien seine Grenzübergänge wieder öffnen.",
    ],
    ["es", "Según el acuerdo de alto el fuego entre Israel y Egipto, Jordania reabrirá sus pasos fronterizos."],
    ["fr", "Selon l'accord de cessez-le-feu entre Israël et l'Égypte, la Jordanie rouvrira ses points de passage."],
    ["it", "In base all'accordo di cessate il fuoco tra Israele ed Egitto, la Giordania riaprirà i suoi valichi."],
    [
      "pl",
      "Na mocy porozumienia o zawieszeniu broni między Izraelem a Egiptem Jordania ponownie otworzy przejścia graniczne.",
    ],
  ])("%s: Israel and Egypt, not Jordan", (lang, text) => {
    expect(parties(text, lang)).toEqual([["EG", "IL"]]);
  });
});

describe("agreements: who supports or speaks is not a party", () => {
  it("id: the state whose support for the deal is told is not a party, nor the counterparty of the one met", () => {
    const text =
      "Menlu Retno menegaskan kembali dukungan Indonesia terhadap kesepakatan gencatan senjata yang berlaku di Gaza dalam pertemuan dengan Arab Saudi di Riyadh.";
    expect(parties(text, "id")).toEqual([]);
  });

  it("en: a verb of stance speaks for the name right before it, not for one further back", () => {
    const facts = extract(
      article(
        "The United States approved the sale of F-16 fighter jets to Turkey after Ankara backed Sweden's NATO bid.",
        "en",
      ),
    );
    expect(facts.transfers.map((t) => [t.from, t.to])).toEqual([["US", "TR"]]);
  });
});

// The story's leading states (here France and Iran, each named three times) are not "the two
// leaders'": the states of the two persons named last are.
describe("agreements: the two leaders are the last two persons named", () => {
  it("fr", () => {
    const text = [
      "PARIS — Le président français Emmanuel Macron a reçu mardi à l'Élysée le président kényan William Ruto pour évoquer la crise en Haïti et la coopération économique.",
      "Les deux dirigeants ont signé un accord de partenariat sur les énergies renouvelables, a indiqué la présidence.",
      "Le ministre des Affaires étrangères Jean-Noël Barrot se rendra à Alger la semaine prochaine, a annoncé le Quai d'Orsay.",
      "L'Union européenne a adopté de nouvelles sanctions contre trois responsables iraniens accusés de répression.",
      "Téhéran a dénoncé une décision « illégale » et a promis de riposter, selon le porte-parole du ministère iranien des Affaires étrangères, Esmaïl Baghaï.",
    ].join("\n\n");
    expect(parties(text, "fr")).toEqual([["FR", "KE"]]);
  });
});

describe("agreements: the state of the place where it was signed is no party", () => {
  it.each([
    ["en", "Indonesia and the EU signed a trade deal in Brussels, Belgium, on Tuesday."],
    ["id", "Indonesia dan Uni Eropa resmi menandatangani perjanjian dagang di Brussel, Belgia, pada Selasa."],
  ])("%s", (lang, text) => {
    expect(parties(text, lang)).toEqual([["EU", "ID"]]);
  });

  it("keeps a state named as a party before the place", () => {
    expect(parties("Belgium and Indonesia signed a trade deal in Brussels.", "en")).toEqual([["BE", "ID"]]);
  });
});
