import { extract } from "../../../src/extraction/extract";
import { article } from "./fixtures";

const facts = (text: string, lang: string) =>
  extract(article(text, lang, "2024-06-20T10:00:00Z")).sanctions.map((s) => [s.imposer, s.target, s.status]);

describe("who imposes sanctions told with a pronoun", () => {
  it.each([
    ["en", "ECOWAS leaders gathered in Abuja on Sunday. They then imposed sanctions on Niger.", "ECOWAS", "NE"],
    [
      "id",
      "Para pemimpin ECOWAS berkumpul di Abuja pada Minggu. Mereka lalu menjatuhkan sanksi terhadap Niger.",
      "ECOWAS",
      "NE",
    ],
    ["de", "Die EU beriet am Montag in Brüssel. Sie verhängte danach Sanktionen gegen Belarus.", "EU", "BY"],
    [
      "es",
      "La Unión Europea se reunió el lunes en Bruselas. Ellos impusieron luego sanciones a Nicaragua.",
      "EU",
      "NI",
    ],
    [
      "fr",
      "L'Union européenne s'est réunie lundi à Bruxelles. Elle a ensuite imposé des sanctions contre le Mali.",
      "EU",
      "ML",
    ],
    [
      "it",
      "L'Unione europea si è riunita lunedì a Bruxelles. Essa ha poi imposto sanzioni contro la Bielorussia.",
      "EU",
      "BY",
    ],
    [
      "pt",
      "A União Europeia reuniu-se na segunda-feira em Bruxelas. Ela impôs depois sanções contra a Bielorrússia.",
      "EU",
      "BY",
    ],
    ["pl", "Unia Europejska obradowała w poniedziałek w Brukseli. Ona nałożyła potem sankcje na Białoruś.", "EU", "BY"],
    [
      "ru",
      "Евросоюз обсудил в понедельник положение в Белоруссии. Он ввел затем санкции против Белоруссии.",
      "EU",
      "BY",
    ],
  ])("%s: the subject of the sentence before", (lang, text, imposer, target) => {
    expect(facts(text, lang)).toContainEqual([imposer, target, "announced"]);
  });
});

describe("sanctions a state says it will impose", () => {
  it.each([
    ["en", "Britain said it would impose sanctions on Venezuela.", "GB", "VE"],
    ["id", "Prancis menyatakan akan menjatuhkan sanksi terhadap Myanmar.", "FR", "MM"],
    ["de", "Die EU wird neue Sanktionen gegen den Iran verhängen.", "EU", "IR"],
    ["es", "Canadá dijo que impondrá sanciones a Nicaragua.", "CA", "NI"],
    ["fr", "La France a déclaré qu'elle imposera des sanctions contre le Niger.", "FR", "NE"],
    ["it", "L'Italia ha detto che imporrà sanzioni contro la Bielorussia.", "IT", "BY"],
    ["pt", "O Brasil disse que imporá sanções contra a Venezuela.", "BR", "VE"],
    ["pl", "Polska zapowiedziała, że nałoży sankcje na Białoruś.", "PL", "BY"],
    ["ru", "Япония заявила, что введут санкции против Ирана.", "JP", "IR"],
  ])("%s: an announcement by the speaker", (lang, text, imposer, target) => {
    expect(facts(text, lang)).toEqual([[imposer, target, "announced"]]);
  });

  it.each([
    ["en", "Britain will impose sanctions on Iran if it sends missiles to Russia."],
    ["id", "Jepang akan menjatuhkan sanksi terhadap Iran jika rudal itu dikirim ke Rusia."],
    ["es", "Canadá impondrá sanciones a Nicaragua si el gobierno no libera a los presos."],
    ["fr", "La France imposera des sanctions contre le Niger si la junte refuse le dialogue."],
    ["it", "L'Italia imporrà sanzioni contro la Bielorussia se il regime non cambia rotta."],
    ["pt", "O Brasil imporá sanções contra a Venezuela caso o governo recuse a eleição."],
    ["pl", "Polska nałoży sankcje na Białoruś, jeśli granica pozostanie zamknięta."],
    ["ru", "Япония введут санкции против Ирана, если поставки продолжатся."],
    ["de", "Die EU wird Sanktionen gegen den Iran verhängen, wenn die Lieferungen weitergehen."],
  ])("%s: not under a condition (a threat)", (lang, text) => {
    expect(facts(text, lang)).toEqual([]);
  });
});
