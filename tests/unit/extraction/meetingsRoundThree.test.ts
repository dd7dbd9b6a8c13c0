import { extract } from "../../../src/extraction/extract";
import { article } from "./fixtures";

/**
 * Meetings in German, French, Spanish, Italian and Portuguese news beyond the corpus (round three), in
 * sentences of our own: reflexive and passive meeting verbs split by adverbs, a phone call, the day after
 * another event, the subject of a clause reported by a spokesperson, and a meeting noun after a future
 * auxiliary.
 */
const at = (language: string, publishedAt: string) => (text: string) =>
  extract(article(text, language, `${publishedAt}T09:00:00Z`));
const met = (facts: ReturnType<typeof extract>) =>
  facts.meetings.map((m) => `${[...m.participants].sort().join("+")}:${m.status}:${m.date ?? "-"}`);

describe("pack words: meetings told by reflexive, split and passive verbs", () => {
  it("reads 'se sont retrouvés' and 's'est longuement entretenu … avec' as meetings (fr)", () => {
    const fr = at("fr", "2023-06-15");
    const fr24 = at("fr", "2024-03-14");
    expect(met(fr("PARIS (AFP) - Emmanuel Macron et Olaf Scholz se sont retrouvés lundi à Potsdam."))).toEqual([
      "Emmanuel Macron+Olaf Scholz:occurred:2023-06-12",
    ]);
    expect(
      met(fr24("PARIS (AFP) - Jean-Noël Barrot s'est longuement entretenu mardi avec Antony Blinken à Paris.")),
    ).toEqual(["Antony Blinken+Jean-Noel Barrot:occurred:2024-03-12"]);
  });

  it("reads 'sera reçu samedi soir … par' as a meeting to come (fr)", () => {
    const fr = at("fr", "2023-06-15");
    const facts = fr(
      "PARIS (AFP) - Olaf Scholz est attendu à Paris. Le chancelier allemand sera reçu samedi soir au palais de l'Elysée par le président Emmanuel Macron.",
    );
    expect(met(facts)).toContain("Emmanuel Macron+Olaf Scholz:planned:2023-06-17");
  });

  it("reads a 'conversación telefónica' as a call between the two (es)", () => {
    const es = at("es", "2024-03-08");
    expect(
      met(es("Madrid, 8 mar (EFE).- Pedro Sánchez mantuvo el miércoles una conversación con Emmanuel Macron.")),
    ).toEqual(["Emmanuel Macron+Pedro Sanchez:occurred:2024-03-06"]);
  });

  it("reads 'tinha-se reunido' as a past meeting and 'retirada da agenda' as a cancelled one (pt)", () => {
    const pt = at("pt", "2024-05-10");
    expect(
      met(pt("Lisboa, 10 mai (Lusa) - Luís Montenegro tinha-se reunido na terça-feira com Pedro Sánchez em Madrid.")),
    ).toEqual(["Luis Montenegro+Pedro Sanchez:occurred:2024-05-07"]);
    const cancelled = pt("Lisboa, 10 mai (Lusa) - Uma visita de Luís Montenegro a Angola foi retirada da agenda.");
    expect(cancelled.meetings.map((m) => m.status)).toEqual(["cancelled"]);
  });

  it("reads a 'Gegenbesuch' as a visit (de)", () => {
    const de = at("de", "2024-02-12");
    const visit = de("Berlin (dpa) - Olaf Scholz plant im März einen Gegenbesuch in Brasilien.");
    expect(visit.meetings.map((m) => `${m.participants.join("+")}:${m.status}`)).toEqual(["Olaf Scholz+BR:planned"]);
  });
});

describe("dates: the day after another event", () => {
  it("dates the event after 'au lendemain d'' a day before the sentence's date (fr)", () => {
    const fr = at("fr", "2023-09-10");
    const facts = fr(
      "PARIS (AFP) - Emmanuel Macron a prononcé samedi un discours à Dacca, au lendemain d'une visite à New Delhi où il a été reçu par Narendra Modi.",
    );
    expect(facts.meetings.map((m) => m.date)).toContain("2023-09-08");
    expect(facts.meetings.map((m) => m.date)).not.toContain("2023-09-09");
  });

  it("does the same with 'al día siguiente de' (es)", () => {
    const es = at("es", "2023-09-10");
    const facts = es(
      "Madrid, 10 sep (EFE).- Pedro Sánchez habló el sábado en Nueva York, al día siguiente de una reunión con Joe Biden en Washington.",
    );
    expect(facts.meetings.map((m) => m.date)).toContain("2023-09-08");
  });
});

describe("parties: the subject of a clause a spokesperson reports", () => {
  it("gives the talks to the one the reported clause names, not the speaker (de)", () => {
    const de = at("de", "2024-10-21");
    const facts = de(
      "Berlin (dpa) - Bundeskanzler Olaf Scholz reist nach Brasilien. Regierungssprecher Steffen Hebestreit sagte am Montag, der Kanzler werde beim Abendessen mit Lula über den Handel reden.",
    );
    const parties = facts.meetings.map((m) => [...m.participants].sort().join("+"));
    expect(parties.some((p) => p.includes("Steffen Hebestreit"))).toBe(false);
  });

  it("does the same in French, and a future auxiliary makes the talks planned", () => {
    const fr = at("fr", "2024-01-23");
    const facts = fr(
      "PARIS (AFP) - Le président Emmanuel Macron est en Inde. La porte-parole Prisca Thevenot a déclaré mardi que le président aura un entretien avec Narendra Modi jeudi.",
    );
    expect(met(facts)).toContain("Emmanuel Macron+Narendra Modi:planned:2024-01-25");
    expect(met(facts).some((m) => m.includes("Prisca Thevenot"))).toBe(false);
  });
});

describe("parties: the one met after an aside naming the gathering", () => {
  it("reads the person after 'a margine del vertice …,' as the one met (it)", () => {
    const it_ = at("it", "2023-05-22");
    const facts = it_(
      "(ANSA) - ROMA, 22 MAG - Antonio Tajani ha incontrato ieri a Bruxelles, a margine del vertice europeo, il premier greco Kyriakos Mitsotakis.",
    );
    expect(met(facts)).toEqual(["Antonio Tajani+Kyriakos Mitsotakis:occurred:2023-05-21"]);
  });

  it("does the same after 'en marge du sommet …,' (fr)", () => {
    const fr = at("fr", "2023-05-22");
    const facts = fr(
      "PARIS (AFP) - Emmanuel Macron a rencontré dimanche à Hiroshima, en marge du sommet du G7, le président brésilien Luiz Inácio Lula da Silva.",
    );
    expect(met(facts)).toEqual(["Emmanuel Macron+Luiz Inacio Lula da Silva:occurred:2023-05-21"]);
  });
});

describe("parties: a visit told by a participle closing its clause (de)", () => {
  it("reads the person between the perfect auxiliary and 'besucht' as the one visited, the subject as the visitor", () => {
    const de = at("de", "2024-10-24");
    expect(met(de("Berlin (dpa) - Annalena Baerbock hat am Montag Wang Yi in Peking besucht."))).toEqual([
      "Annalena Baerbock+Wang Yi:occurred:2024-10-21",
    ]);
    expect(met(de("Berlin (dpa) - Olaf Scholz hatte im Mai Emmanuel Macron in Paris besucht."))).toEqual([
      "Emmanuel Macron+Olaf Scholz:occurred:2024-05",
    ]);
  });
});

describe("persons: a counterpart named after 'su homólogo' (es)", () => {
  it("reads the name after 'su homólogo argelino,' as a person of that state, met", () => {
    const es = at("es", "2024-05-10");
    const facts = es(
      "Madrid, 10 may (EFE).- El ministro José Manuel Albares se reunió el jueves con su homólogo argelino, Ahmed Attaf, en Argel.",
    );
    expect(facts.persons.map((p) => `${p.name}:${p.country}`)).toContain("Ahmed Attaf:DZ");
    expect(met(facts)).toEqual(["Ahmed Attaf+Jose Manuel Albares:occurred:2024-05-09"]);
  });
});
