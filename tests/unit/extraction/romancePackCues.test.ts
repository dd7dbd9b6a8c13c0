import { extract } from "../../../src/extraction/extract";
import { article } from "./fixtures";

/** Cue words of the French, Spanish, Italian and Portuguese packs, with sentences of our own. */
const facts = (text: string, lang: string, publishedAt = "2024-05-15T09:00:00Z") =>
  extract(article(text, lang, publishedAt));
const said = (text: string, lang: string) => facts(text, lang).statements.map((s) => `${s.speaker}:${s.stance}`);
const met = (text: string, lang: string) =>
  facts(text, lang).meetings.map((m) => `${[...m.participants].sort().join("+")}:${m.status}:${m.date}`);
const sent = (text: string, lang: string) =>
  facts(text, lang).transfers.map((t) => `${t.from}>${t.to}:${t.items.join(",")}:${t.status}`);

describe("romance packs: a stance verb after a quotation names its speaker", () => {
  it("reads the compound past after a closing quote in French and Italian", () => {
    expect(
      said("« Ces chiffres sont une pure invention », a démenti le porte-parole du Kremlin, Dmitri Peskov.", "fr"),
    ).toEqual(["Dmitry Peskov:deny"]);
    expect(said("« Berlin ment à ses citoyens », a dénoncé Sergueï Lavrov.", "fr")).toEqual(["Sergey Lavrov:accuse"]);
    expect(said('"Pechino sta giocando con il fuoco", ha avvertito Antonio Tajani.', "it")).toEqual([
      "Antonio Tajani:warn",
    ]);
  });

  it("reads the simple past after a closing quote in Spanish and Portuguese", () => {
    expect(said('"Son acusaciones sin ningún fundamento", negó la portavoz rusa Maria Zajárova.', "es")).toEqual([
      "Maria Zakharova:deny",
    ]);
    expect(said('"Washington quer asfixiar Caracas", denunciou o chanceler Yván Gil.', "pt")).toEqual([
      "Yvan Gil:accuse",
    ]);
  });

  it("reads a state's ministry closing the sentence with 'anunció' / 'informou' as its speaker", () => {
    expect(said("Moscú enviará asesores militares a Caracas, anunció el Ministerio de Defensa ruso.", "es")).toEqual([
      "RU:assert",
    ]);
    expect(said("O Brasil vai retirar seu embaixador de Manágua, informou o Itamaraty.", "pt")).toEqual(["BR:assert"]);
  });
});

describe("romance packs: sending told in the future", () => {
  it("reads the simple future of a verb of sending as a planned transfer", () => {
    expect(sent("Rusia entregará treinta vehículos blindados al ejército de Nicaragua.", "es")).toEqual([
      "RU>NI:weapons:planned",
    ]);
    expect(sent("La Germania invierà all'Ucraina altri due sistemi di difesa aerea.", "it")).toEqual([
      "DE>UA:weapons:planned",
    ]);
    expect(sent("A China enviará arroz e trigo a Cuba.", "pt")).toEqual(["CN>CU:food:planned"]);
    expect(sent("La Suède enverra des blindés à l'Ukraine.", "fr")).toEqual(["SE>UA:weapons:planned"]);
  });
});

describe("romance packs: meetings told with an infinitive or a future", () => {
  it("reads an infinitive of hosting after a modal as a planned meeting", () => {
    expect(met("Le président Lula doit recevoir mardi Emmanuel Macron.", "fr")).toEqual([
      "Emmanuel Macron+Luiz Inacio Lula da Silva:planned:2024-05-21",
    ]);
    expect(met("Pedro Sánchez va a recibir el viernes a Olaf Scholz en Madrid.", "es")).toEqual([
      "Olaf Scholz+Pedro Sanchez:planned:2024-05-17",
    ]);
    expect(met("Giorgia Meloni dovrebbe ricevere venerdì Javier Milei.", "it")).toEqual([
      "Giorgia Meloni+Javier Milei:planned:2024-05-17",
    ]);
    expect(met("Lula vai receber na sexta-feira o presidente Gabriel Boric.", "pt")).toEqual([
      "Gabriel Boric+Luiz Inacio Lula da Silva:planned:2024-05-17",
    ]);
  });

  it("reads an infinitive or a future of meeting as a planned meeting", () => {
    expect(met("Antonio Tajani dovrebbe incontrare venerdì Wang Yi.", "it")).toEqual([
      "Antonio Tajani+Wang Yi:planned:2024-05-17",
    ]);
    expect(
      met("Sánchez viajará el lunes a Hanói, donde se entrevistará con el primer ministro Pham Minh Chinh.", "es"),
    ).toEqual(["Pedro Sanchez+Pham Minh Chinh:planned:2024-05-20"]);
  });

  it("reads a future passive of receiving as a planned meeting", () => {
    expect(met("Javier Milei sarà ricevuto da Sergio Mattarella giovedì.", "it")).toEqual([
      "Javier Milei+Sergio Mattarella:planned:2024-05-16",
    ]);
    expect(met("Lula será recebido por Xi Jinping na sexta-feira.", "pt")).toEqual([
      "Luiz Inacio Lula da Silva+Xi Jinping:planned:2024-05-17",
    ]);
  });
});

describe("romance packs: an infinitive of signing is a signing to come", () => {
  it("reads 'devraient signer' / 'deben firmar' / 'dovrebbero firmare' / 'devem assinar' as planned", () => {
    const status = (text: string, lang: string) => facts(text, lang).agreements.map((a) => a.status);
    expect(status("La Russie et le Venezuela devraient signer un accord énergétique.", "fr")).toEqual(["planned"]);
    expect(status("Rusia y Venezuela deben firmar un acuerdo energético.", "es")).toEqual(["planned"]);
    expect(status("Italia e Argentina dovrebbero firmare un accordo energetico.", "it")).toEqual(["planned"]);
    expect(status("Brasil e França devem assinar um acordo de defesa.", "pt")).toEqual(["planned"]);
  });
});

describe("romance packs: seats of government and titles", () => {
  it("reads the seats of other governments as their states", () => {
    expect(said("La Moncloa aseguró que España mantendrá su apoyo a Ucrania.", "es")).toEqual(["ES:support"]);
    expect(said("La Casa Rosada ha smentito qualsiasi accordo segreto con Londra.", "it")).toEqual(["AR:deny"]);
    expect(facts("Milei andrà in Vaticano a giugno.", "it").countries.map((c) => c.code)).toContain("VA");
    expect(facts("Lula viajará ao Vaticano em junho.", "pt").countries.map((c) => c.code)).toContain("VA");
    expect(facts("Milei viajará al Vaticano en junio.", "es").countries.map((c) => c.code)).toContain("VA");
  });

  it("reads 'presidente del Gobierno' as a head of government and 'fiscal general' as a title", () => {
    const persons = facts(
      "El presidente del Gobierno, Pedro Sánchez, y la fiscal general venezolana, Ana Rojas, hablaron el lunes.",
      "es",
    ).persons.map((p) => `${p.name}:${p.country}:${p.roles.map((r) => r.title).join("|")}`);
    expect(persons).toEqual(["Pedro Sanchez:ES:Prime Minister", "Ana Rojas:VE:Attorney General"]);
  });
});

describe("romance packs: welcoming a decision and travelling to come", () => {
  it("reads welcoming a decision as support, not as hosting", () => {
    expect(said("L'Alto rappresentante Josep Borrell ha accolto con favore la decisione del Consiglio.", "it")).toEqual(
      ["Josep Borrell:support"],
    );
    expect(said("El Gobierno de Chile acogió con satisfacción la liberación de los presos.", "es")).toEqual([
      "CL:support",
    ]);
    expect(said("Le Quai d'Orsay a accueilli favorablement la trêve.", "fr")).toEqual(["FR:support"]);
    expect(said("O Itamaraty acolheu com satisfação a libertação dos reféns.", "pt")).toEqual(["BR:support"]);
  });

  it("reads an infinitive of travelling after a modal as a visit to come", () => {
    expect(
      met("O assessor Celso Amorim deve viajar a Caracas na segunda-feira para se reunir com Nicolás Maduro.", "pt"),
    ).toEqual(["Celso Amorim+Nicolas Maduro:planned:2024-05-20"]);
    expect(met("Emmanuel Macron doit se rendre jeudi au Maroc.", "fr")).toEqual([
      "Emmanuel Macron+MA:planned:2024-05-16",
    ]);
    expect(met("Antonio Tajani dovrebbe recarsi martedì in Cina.", "it")).toEqual([
      "Antonio Tajani+CN:planned:2024-05-21",
    ]);
  });
});
