import { extract } from "../../../src/extraction/extract";
import { article } from "./fixtures";

/**
 * German, French, Spanish, Italian and Portuguese words for diplomacy beyond the corpus (women in
 * office, demonyms of smaller states, tours that go on, visitors awaited, settlements called for), in
 * sentences of our own in the style of dpa, AFP, EFE, ANSA and Lusa.
 */
const de = (text: string) => extract(article(text, "de", "2024-03-14T09:00:00+01:00"));
const fr = (text: string) => extract(article(text, "fr", "2024-03-14T09:00:00+01:00"));
const es = (text: string) => extract(article(text, "es", "2024-03-14T09:00:00-05:00"));
const it_ = (text: string) => extract(article(text, "it", "2024-03-14T09:00:00+01:00"));
const pt = (text: string) => extract(article(text, "pt", "2024-03-14T09:00:00-03:00"));
type Facts = ReturnType<typeof extract>;
const said = (facts: Facts) => facts.statements.map((s) => `${s.speaker}:${s.stance}`);
const people = (facts: Facts) => facts.persons.map((p) => `${p.name}:${p.country}`);
const codes = (facts: Facts) => facts.countries.map((c) => c.code).sort();
const met = (facts: Facts) => facts.meetings.map((m) => `${[...m.participants].join("+")}:${m.status}`);

describe("de pack: women in office and representatives", () => {
  it("reads Präsidentin and Ministerpräsidentin as titles that introduce a person", () => {
    expect(people(de("Die moldauische Präsidentin Maia Sandu reiste am Montag nach Brüssel."))).toContain(
      "Maia Sandu:MD",
    );
    expect(people(de("Die litauische Ministerpräsidentin Ingrida Šimonytė empfing die Gäste in Vilnius."))).toContain(
      "Ingrida Šimonytė:LT",
    );
  });

  it("reads the dative Vorsitzenden and a state's Vertreterin as roles", () => {
    expect(people(de("Er sprach mit dem Vorsitzenden der Afrikanischen Union, Moussa Faki."))).toContain(
      "Moussa Faki:null",
    );
    expect(people(de("Kiew bestellte die iranische Vertreterin, Shahrzad Mehrani, ins Ministerium ein."))).toContain(
      "Shahrzad Mehrani:IR",
    );
  });

  it("reads a Staatsvisite as a visit", () => {
    expect(
      met(de("Die Staatsvisite des französischen Präsidenten Emmanuel Macron in Marokko dauerte zwei Tage.")),
    ).toEqual(["Emmanuel Macron+MA:occurred"]);
  });
});

describe("de pack: sie, keine Waffen, demonyms", () => {
  it("reads a sentence-initial Sie as the woman named just before", () => {
    expect(
      said(de("Die Außenministerin Annalena Baerbock landete in Manila. Sie kritisierte Pekings Manöver im Meer.")),
    ).toEqual(["Annalena Baerbock:accuse"]);
  });

  it("reads arms said not to go with keine as a denial", () => {
    expect(
      said(de("Der iranische Außenminister Abbas Araghchi sagte, Iran liefere keine Drohnen an Russland.")),
    ).toEqual(["Abbas Araghchi:deny"]);
  });

  it("knows the demonyms of smaller states", () => {
    expect(codes(de("Die tschadische Armee und die kamerunische Polizei patrouillieren gemeinsam."))).toEqual([
      "CM",
      "TD",
    ]);
  });
});

describe("fr pack: repeating, military regimes, Central Asian demonyms", () => {
  it("reads a répété as a verb of saying", () => {
    expect(said(fr("Le porte-parole du Kremlin, Dmitri Peskov, a répété que Moscou ne livrait pas d'armes."))).toEqual([
      "Dmitry Peskov:deny",
    ]);
  });

  it("reads the military regime of a state as that state speaking", () => {
    expect(said(fr("Le régime militaire malien a dénoncé une ingérence de l'Algérie."))).toEqual(["ML:accuse"]);
  });

  it("knows the masculine demonyms of Central Asia", () => {
    expect(codes(fr("Le président ouzbek et son homologue kirghiz ont signé un accord sur l'eau."))).toEqual([
      "KG",
      "UZ",
    ]);
  });
});

describe("es pack: meeting again, special advisers, confirming", () => {
  it("reads agreeing to meet again in the coming months as a planned meeting", () => {
    expect(met(es("Gustavo Petro y Daniel Noboa acordaron volver a reunirse en Quito en los próximos meses."))).toEqual(
      ["Gustavo Petro+Daniel Noboa:planned"],
    );
  });

  it("reads an asesor especial as a title", () => {
    expect(people(es("Viajó a Caracas el asesor especial de la Casa Blanca, Juan González."))).toContain(
      "Juan González:US",
    );
  });

  it("reads confirmó as a verb of saying, before and after the speaker", () => {
    expect(said(es("La Cancillería peruana confirmó que el embajador volverá a Ciudad de México."))).toEqual([
      "PE:assert",
    ]);
    expect(said(es("El embajador volverá a Ciudad de México, confirmó la Cancillería peruana."))).toEqual([
      "PE:assert",
    ]);
  });

  it("knows the demonyms of smaller states", () => {
    expect(codes(es("Soldados guyaneses y policías hondureños participaron en el ejercicio."))).toEqual(["GY", "HN"]);
  });
});

describe("it pack: stays to come, commissioners, demonyms", () => {
  it("reads sarà a with a place as a planned visit", () => {
    expect(
      met(it_("Il presidente francese Emmanuel Macron sarà a Roma venerdì per un vertice sul Mediterraneo.")),
    ).toEqual(["Emmanuel Macron+IT:planned"]);
  });

  it("reads a commissario as a title", () => {
    expect(people(it_("Lo ha detto il commissario Paolo Gentiloni ai giornalisti."))).toContain("Paolo Gentiloni:null");
  });

  it("knows the demonyms of states in the news", () => {
    expect(codes(it_("La guardia costiera tunisina e la marina libica hanno soccorso i migranti."))).toEqual([
      "LY",
      "TN",
    ]);
    expect(codes(it_("Il ministro colombiano ha incontrato il collega ecuadoriano."))).toEqual(["CO", "EC"]);
  });
});

describe("pt pack: tours that go on, visitors awaited, confirming", () => {
  it("reads segue … para as the next stop of a tour, to come", () => {
    expect(
      met(pt("O Presidente Lula segue na segunda-feira para Luanda, onde será recebido pelo Presidente angolano.")),
    ).toEqual(["Luiz Inacio Lula da Silva+AO:planned"]);
  });

  it("reads é esperado as a visit to come", () => {
    expect(
      met(pt("O chanceler argentino, Santiago Cafiero, é esperado em Brasília para uma reunião com Mauro Vieira.")),
    ).toEqual(["Santiago Cafiero+Mauro Vieira:planned"]);
  });

  it("reads confirmou after the words as the speaker's verb", () => {
    expect(said(pt("O encontro será em Montevidéu, confirmou o Itamaraty."))).toEqual(["BR:assert"]);
  });

  it("reads questionou as a verb of saying", () => {
    expect(said(pt("O ministro Fernando Haddad questionou a decisão do banco central argentino."))).toEqual([
      "Fernando Haddad:assert",
    ]);
  });
});

describe("a negotiated or peaceful settlement called for is support", () => {
  it("reads it in every pack of the group", () => {
    expect(said(pt("O Presidente Lula defendeu uma saída negociada para o conflito no Sudão."))).toEqual([
      "Luiz Inacio Lula da Silva:support",
    ]);
    expect(said(es("El presidente Gustavo Petro defendió una solución negociada en Haití."))).toEqual([
      "Gustavo Petro:support",
    ]);
    expect(said(it_("Il ministro Antonio Tajani ha detto che serve una soluzione negoziata in Libia."))).toEqual([
      "Antonio Tajani:support",
    ]);
    expect(
      said(fr("Le président Emmanuel Macron a déclaré qu'une solution négociée restait possible au Soudan.")),
    ).toEqual(["Emmanuel Macron:support"]);
    expect(said(de("Kanzler Olaf Scholz sagte, im Sudan sei eine Verhandlungslösung möglich."))).toEqual([
      "Olaf Scholz:support",
    ]);
  });
});

describe("demonyms and titles the packs lacked", () => {
  it("reads the demonyms of the Baltics, the Balkans and the Sahel", () => {
    expect(codes(es("El canciller estonio y su colega letón criticaron a Moscú."))).toEqual(["EE", "LV", "RU"]);
    expect(codes(pt("O Governo checo e o ministro letão condenaram Moscovo."))).toEqual(["CZ", "LV", "RU"]);
    expect(codes(de("Die nigrische Junta und die bosnische Regierung reagierten zurückhaltend."))).toEqual([
      "BA",
      "NE",
    ]);
    expect(codes(it_("La giunta burkinabè e il governo montenegrino hanno risposto."))).toEqual(["BF", "ME"]);
    expect(codes(fr("Le Premier ministre libyen a reçu son homologue à Tripoli."))).toEqual(["LY"]);
  });

  it("reads Kanzlerin and presidenta as titles", () => {
    expect(people(de("Die Kanzlerin Ida Berg sagte, Moskau habe gelogen."))).toEqual(["Ida Berg:DE"]);
    expect(
      people(pt("A presidenta Dilma Rousseff disse que o banco vai crescer.")).map((p) => p.split(":")[0]),
    ).toEqual(["Dilma Rousseff"]);
    expect(pt("A presidenta Dilma Rousseff disse que o banco vai crescer.").persons[0].roles[0].title).toBe(
      "President",
    );
  });
});

describe("a visitor awaited is a visit to come", () => {
  it("reads est attendu, è atteso, es esperado and é esperado with a place", () => {
    expect(met(fr("Le chancelier Olaf Scholz est attendu lundi à Rabat."))).toEqual(["Olaf Scholz+MA:planned"]);
    expect(met(it_("Il presidente Luiz Inácio Lula da Silva è atteso martedì a Roma."))).toEqual([
      "Luiz Inacio Lula da Silva+IT:planned",
    ]);
    expect(met(es("El presidente Emmanuel Macron es esperado el lunes en Buenos Aires."))).toEqual([
      "Emmanuel Macron+AR:planned",
    ]);
    expect(met(pt("O Presidente Emmanuel Macron é esperado na terça-feira em Brasília."))).toEqual([
      "Emmanuel Macron+BR:planned",
    ]);
  });
});

describe("verbs of the wires that report words", () => {
  it("reads them as verbs of saying in each pack of the group", () => {
    expect(said(es("La ministra Diana Mondino precisó que Argentina no enviará tropas a Haití."))).toHaveLength(1);
    expect(said(it_("Il ministro Guido Crosetto ha chiarito che l'Italia non invierà truppe in Libia."))).toHaveLength(
      1,
    );
    expect(said(fr("Le ministre Sébastien Lecornu a détaillé le calendrier du retrait du Niger."))).toHaveLength(1);
    expect(said(pt("O ministro José Múcio esclareceu que o Brasil não enviará tropas ao Haiti."))).toHaveLength(1);
    expect(
      said(de("Verteidigungsminister Boris Pistorius hob hervor, die Bundeswehr bleibe in Litauen.")),
    ).toHaveLength(1);
  });
});
