import { extract } from "../../../src/extraction/extract";
import { article } from "./fixtures";

const parties = (text: string, lang: string) =>
  extract(article(text, lang, "2025-03-12T08:00:00Z")).meetings.map((m) => [...m.participants].sort());

describe("a delegation led by someone: the leader is the one met", () => {
  it.each([
    ["en", "Wang Yi on Monday received a Russian delegation led by Foreign Minister Sergey Lavrov in Beijing."],
    ["id", "Wang Yi pada Senin menerima delegasi Rusia yang dipimpin Menteri Luar Negeri Sergey Lavrov di Beijing."],
    [
      "de",
      "Wang Yi empfing eine russische Delegation unter Leitung von Außenminister Sergej Lawrow am Montag in Peking.",
    ],
    ["es", "Wang Yi recibió el lunes en Pekín a una delegación rusa encabezada por el canciller Serguéi Lavrov."],
    [
      "fr",
      "Wang Yi a reçu lundi à Pékin une délégation russe conduite par le ministre des Affaires étrangères Sergueï Lavrov.",
    ],
    [
      "it",
      "Wang Yi ha ricevuto lunedì a Pechino una delegazione russa guidata dal ministro degli Esteri Sergej Lavrov.",
    ],
    ["pt", "Wang Yi recebeu na segunda-feira em Pequim uma delegação russa chefiada pelo chanceler Serguei Lavrov."],
    ["pl", "Wang Yi przyjął w poniedziałek w Pekinie rosyjską delegację kierowaną przez Siergieja Ławrowa."],
    ["ru", "Ван И в понедельник принял в Пекине российскую делегацию во главе с министром Сергеем Лавровым."],
  ])("%s", (lang, text) => {
    expect(parties(text, lang)).toEqual([["Sergey Lavrov", "Wang Yi"]]);
  });
});

describe("talks with a state whose clause opens with a state: the two states meet", () => {
  it.each([
    ["en", "The United States, which left the accord in 2018, held indirect negotiations last spring with Tehran."],
    [
      "id",
      "Amerika Serikat, yang keluar dari perjanjian itu pada 2018, mengadakan perundingan tidak langsung dengan Iran.",
    ],
    ["es", "Estados Unidos, que abandonó el acuerdo en 2018, mantuvo conversaciones con Irán."],
    ["fr", "Les États-Unis, qui ont quitté l'accord en 2018, ont mené des négociations indirectes avec l'Iran."],
    ["it", "Gli Stati Uniti, che hanno lasciato l'accordo nel 2018, hanno condotto negoziati indiretti con l'Iran."],
    ["pt", "Os Estados Unidos, que deixaram o acordo em 2018, mantiveram negociações indiretas com o Irã."],
    [
      "pl",
      "Stany Zjednoczone, które wycofały się z porozumienia w 2018 roku, prowadziły pośrednie negocjacje z Iranem.",
    ],
    ["ru", "Соединённые Штаты, вышедшие из соглашения в 2018 году, провели непрямые переговоры с Ираном."],
  ])("%s", (lang, text) => {
    expect(parties(text, lang)).toEqual([["IR", "US"]]);
  });
});

describe("'they' holding talks is the group of states that spoke in the sentence before", () => {
  it.each([
    [
      "en",
      "The E3 said on Monday that the deadline was close. They have held four rounds of talks with Iran since June.",
    ],
    [
      "id",
      "E3 mengatakan pada Senin bahwa tenggat sudah dekat. Mereka telah mengadakan empat putaran perundingan dengan Iran.",
    ],
    [
      "de",
      "Die E3 erklärten am Montag, die Frist laufe bald ab. Sie haben seit Juni vier Runden von Gesprächen mit dem Iran geführt.",
    ],
  ])("%s", (lang, text) => {
    expect(parties(text, lang)).toEqual([["DE", "FR", "GB", "IR"]]);
  });

  it("takes the group that speaks first, not a state named in a later clause of that sentence", () => {
    const text =
      "The E3 said on Monday they would act before sanctions on Tehran that were lifted could no longer be restored. " +
      "They have since held three rounds of talks with Iran.";
    expect(parties(text, "en")).toEqual([["DE", "FR", "GB", "IR"]]);
  });
});

describe("a meeting noun whose owner is named after it meets the one after 'with'", () => {
  it.each([
    [
      "en",
      "The meeting of Qatari Prime Minister Mohammed bin Abdulrahman Al Thani with Israeli negotiators ended on Wednesday.",
    ],
    [
      "fr",
      "La rencontre du Premier ministre qatari Mohammed ben Abdelrahmane Al-Thani avec des négociateurs israéliens a pris fin mercredi.",
    ],
  ])("%s", (lang, text) => {
    expect(parties(text, lang)).toEqual([["IL", "Mohammed bin Abdulrahman Al Thani"]]);
  });
});

describe("a meeting noun that is the purpose of a planned act is planned", () => {
  it("plans the consultations a delegation will be sent for", () => {
    const text =
      "Sudan's government said on Friday that it will send a delegation to Jeddah for consultations with Washington.";
    const facts = extract(article(text, "en", "2025-03-12T08:00:00Z"));
    expect(facts.meetings.map((m) => [[...m.participants].sort(), m.status])).toEqual([[["SD", "US"], "planned"]]);
  });
});

describe("a meeting noun with no one before it, after a visit is told, is the visitor's", () => {
  it.each([
    [
      "en",
      "German Chancellor Olaf Scholz arrived in Beijing on Sunday for a three-day visit. A lunch with Li Qiang followed on Monday.",
    ],
  ])("%s: the lunch with the host's premier is part of the visit", (lang, text) => {
    expect(parties(text, lang)).toEqual([["Li Qiang", "Olaf Scholz"]]);
  });

  it("leaves out one met who is not of the state visited", () => {
    const text =
      "German Chancellor Olaf Scholz visited Paris on Sunday. Talks with Vladimir Putin remain out of reach.";
    expect(parties(text, "en")).toEqual([["FR", "Olaf Scholz"]]);
  });
});
