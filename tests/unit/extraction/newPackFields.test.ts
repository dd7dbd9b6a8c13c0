import { extract } from "../../../src/extraction/extract";
import { article } from "./fixtures";

// The optional LanguagePack fields added for id/en/de/es (issue #14), filled for fr, it, pt, pl, ru:
// each case below needs one of them and reads nothing without it.
const meetings = (text: string, lang: string) =>
  extract(article(text, lang, "2023-10-17T10:00:00+07:00")).meetings.map((m) => ({
    participants: m.participants,
    country: m.location.country,
    status: m.status,
  }));
const sanctions = (text: string, lang: string) =>
  extract(article(text, lang, "2024-06-20T10:00:00Z")).sanctions.map((s) => [
    s.imposer,
    s.target,
    s.targetCountry ?? null,
    s.status,
  ]);
const persons = (text: string, lang: string) =>
  extract(article(text, lang, "2024-06-01")).persons.map((p) => [p.name, p.country]);

describe("new pack fields: meetings by signing (sign, comitative)", () => {
  it.each([
    ["fr", "Vladimir Poutine et Kim Jong-un ont signé un traité de partenariat à Pyongyang."],
    ["it", "Vladimir Putin e Kim Jong-un hanno firmato un trattato di partenariato a Pyongyang."],
    ["pt", "Vladimir Putin e Kim Jong-un assinaram um tratado de parceria em Pyongyang."],
    ["pl", "Władimir Putin i Kim Dzong Un podpisali traktat o partnerstwie w Pjongjangu."],
    ["ru", "Владимир Путин и Ким Чен Ын подписали договор о партнерстве в Пхеньяне."],
  ])("%s: two leaders who sign together meet", (lang, text) => {
    expect(meetings(text, lang).map((m) => m.participants)).toEqual([
      [expect.stringMatching(/^Vladimir Putin$/), expect.stringMatching(/^Kim /)],
    ]);
  });
});

describe("new pack fields: a summoned envoy (summon, summoned)", () => {
  it.each([
    ["fr", "La France a convoqué l'ambassadeur russe lundi."],
    ["it", "L'Italia ha convocato l'ambasciatore russo lunedì."],
    ["pt", "Portugal convocou o embaixador russo na segunda-feira."],
    ["pl", "Polska wezwała ambasadora Rosji w poniedziałek."],
    ["ru", "Литва вызвала посла России в понедельник."],
  ])("%s: the summoning state meets the envoy's, at home", (lang, text) => {
    const [m] = meetings(text, lang);
    expect(m.participants).toContain("RU");
    expect(m.participants).toHaveLength(2);
    expect(m.country).toBe(m.participants.find((p) => p !== "RU"));
  });
});

describe("new pack fields: a passive sanction's subject is its target (passive, groupNouns)", () => {
  it.each([
    ["fr", "Trois entreprises nord-coréennes ont été sanctionnées par le Japon."],
    ["it", "Tre aziende nordcoreane sono state sanzionate dal Giappone."],
    ["pt", "Três empresas norte-coreanas foram sancionadas pelo Japão."],
  ])("%s", (lang, text) => {
    expect(sanctions(text, lang)).toEqual([["JP", "KP", ["KP"], "announced"]]);
  });
});

describe("new pack fields: sanctions dated before the news stand (sanction.since)", () => {
  it.each([
    ["fr", "Le Japon impose des sanctions à la Corée du Nord depuis 2006."],
    ["pt", "O Japão impõe sanções à Coreia do Norte desde 2006."],
    ["pl", "Japonia nakłada sankcje na Koreę Północną od 2006 roku."],
    ["ru", "Япония вводит санкции против Северной Кореи еще с 2006 года."],
  ])("%s", (lang, text) => {
    expect(sanctions(text, lang)).toEqual([["JP", "KP", null, "in_force"]]);
  });
});

describe("new pack fields: a name after a naming word (nameIntroducers)", () => {
  it.each([
    ["fr", "Washington a sanctionné un homme d'affaires turc nommé Kemal Aydin."],
    ["it", "Washington ha sanzionato un uomo d'affari turco di nome Kemal Aydin."],
    ["pt", "Washington sancionou um empresário turco chamado Kemal Aydin."],
    ["pl", "Waszyngton ukarał tureckiego biznesmena o nazwisku Kemal Aydin."],
    ["ru", "Вашингтон наказал турецкого бизнесмена по имени Кемаль Айдын."],
  ])("%s", (lang, text) => {
    expect(persons(text, lang)).toEqual([[expect.stringMatching(/^Kemal Ayd/), "TR"]]);
  });
});

describe("new pack fields: a stay abroad (presence, delegation)", () => {
  it.each([
    ["fr", "Une délégation chinoise se trouve à Pyongyang pour l'anniversaire de l'armistice."],
    ["it", "Una delegazione cinese si trova a Pyongyang per l'anniversario dell'armistizio."],
    ["pt", "Uma delegação chinesa está em Pyongyang para o aniversário do armistício."],
    ["pl", "Chińska delegacja przebywa w Pjongjangu z okazji rocznicy rozejmu."],
    ["ru", "Китайская делегация находится в Пхеньяне по случаю годовщины перемирия."],
  ])("%s", (lang, text) => {
    expect(meetings(text, lang)).toEqual([{ participants: ["KP", "CN"], country: "KP", status: "ongoing" }]);
  });
});

describe("new pack fields: new sanctions dated last year stand (sanction.since beats fresh)", () => {
  it.each([
    ["fr", "L'Union européenne a imposé de nouvelles sanctions à la Biélorussie l'an dernier."],
    ["it", "L'Unione europea ha imposto nuove sanzioni alla Bielorussia l'anno scorso."],
    ["pt", "A União Europeia impôs novas sanções à Bielorrússia no ano passado."],
    ["pl", "Unia Europejska nałożyła nowe sankcje na Białoruś w zeszłym roku."],
    ["ru", "Евросоюз ввел новые санкции против Белоруссии в прошлом году."],
  ])("%s", (lang, text) => {
    expect(sanctions(text, lang)).toEqual([["EU", "BY", null, "in_force"]]);
  });
});

describe("new pack fields: leaders listed with their countries (nationalityPreps)", () => {
  it.each([
    ["fr", "Étaient également présents George Weah du Liberia, Julius Maada Bio de Sierra Leone et d'autres."],
    ["it", "Erano presenti anche George Weah della Liberia, Julius Maada Bio della Sierra Leone e altri."],
    ["pt", "Estiveram também presentes George Weah da Libéria, Julius Maada Bio da Serra Leoa e outros."],
    ["pl", "Obecni byli także George Weah z Liberii, Julius Maada Bio z Sierra Leone i inni."],
    ["ru", "Присутствовали также Джордж Веа из Либерии, Джулиус Маада Био из Сьерра-Леоне и другие."],
  ])("%s", (lang, text) => {
    expect(persons(text, lang).map(([, country]) => country)).toEqual(["LR", "SL"]);
  });
});

describe("new pack fields: an envoy summoned to a foreign ministry (summoned)", () => {
  it.each([
    ["fr", "L'ambassadeur russe Alexeï Mechkov a été convoqué au ministère français des Affaires étrangères.", "FR"],
    ["it", "L'ambasciatore russo Alexei Paramonov è stato convocato al ministero degli Esteri italiano.", "IT"],
    ["pt", "O embaixador russo Mikhail Kamynin foi convocado ao Ministério dos Negócios Estrangeiros português.", "PT"],
    ["pl", "Ambasador Rosji Siergiej Andriejew został wezwany do MSZ Polski.", "PL"],
    ["ru", "Посол США Линн Трейси была вызвана в российский МИД.", "RU"],
  ])("%s", (lang, text, state) => {
    expect(meetings(text, lang)).toEqual([
      { participants: [expect.any(String), state], country: state, status: "occurred" },
    ]);
  });
});

describe("new pack fields: arriving in 'the reclusive country' (placeNouns)", () => {
  it.each([
    ["fr", "La Corée du Nord a testé un missile. Sergueï Lavrov est arrivé dans ce pays reclus mercredi."],
    ["it", "La Corea del Nord ha testato un missile. Sergej Lavrov è arrivato in questo paese isolato mercoledì."],
    ["pl", "Korea Północna przetestowała rakietę. Siergiej Ławrow przyleciał do tego kraju w środę."],
    ["ru", "Северная Корея испытала ракету. Сергей Лавров прибыл в эту страну в среду."],
  ])("%s", (lang, text) => {
    expect(meetings(text, lang).map((m) => [m.participants, m.country])).toEqual([[["Sergey Lavrov", "KP"], "KP"]]);
  });
});

describe("new pack fields: a 'since' clause does not date a meeting (dates.since)", () => {
  it.each([
    ["it", "È stato il primo incontro tra Emmanuel Macron e Olaf Scholz fin dal dicembre 2021."],
    ["ru", "Это была первая встреча Эммануэля Макрона и Олафа Шольца начиная с декабря 2021 года."],
  ])("%s", (lang, text) => {
    const dates = extract(article(text, lang, "2023-10-17T10:00:00+07:00")).meetings.map((m) => m.date);
    expect(dates).toEqual(["2023-10"]);
  });
});

// Additions made to existing lists of en/de/es/id since the merge, mirrored in the new packs.
const stances = (text: string, lang: string) =>
  extract(article(text, lang)).statements.map((s) => `${s.speaker}:${s.stance}`);

describe("mirrored cues: arms are a topic, an accusation only when nothing else marks the stance (topics, support)", () => {
  it.each([
    ["fr", "Berlin a déclaré que l'Allemagne aiderait l'Ukraine à produire ses propres missiles."],
    ["it", "Berlino ha dichiarato che la Germania aiuterà l'Ucraina a produrre i propri missili."],
    ["pt", "Berlim afirmou que a Alemanha ajudará a Ucrânia a produzir os seus próprios mísseis."],
    ["pl", "Berlin oświadczył, że Niemcy pomogą Ukrainie produkować własne rakiety."],
    ["ru", "Берлин заявил, что Германия поможет Украине производить собственные ракеты."],
  ])("%s", (lang, text) => {
    expect(stances(text, lang)).toEqual(["DE:support"]);
  });
});

describe("mirrored cues: declining to comment is a statement of stance 'other' (cues.other)", () => {
  it.each([
    ["fr", "Le porte-parole du Kremlin, Dmitri Peskov, a refusé de commenter."],
    ["it", "Il portavoce del Cremlino Dmitrij Peskov ha rifiutato di commentare."],
    ["pt", "O porta-voz do Kremlin, Dmitri Peskov, recusou-se a comentar."],
    ["pl", "Rzecznik Kremla Dmitrij Pieskow odmówił komentarza."],
    ["ru", "Пресс-секретарь Кремля Дмитрий Песков отказался от комментариев."],
  ])("%s", (lang, text) => {
    expect(stances(text, lang)).toEqual(["Dmitry Peskov:other"]);
  });
});

describe("mirrored cues: a guest received by a host meets them (meet)", () => {
  it.each([
    ["pt", "Serguei Lavrov foi recebido por Kim Jong-un em Pyongyang."],
    ["pl", "Siergiej Ławrow został przyjęty przez Kim Dzong Una w Pjongjangu."],
  ])("%s", (lang, text) => {
    expect(meetings(text, lang)).toEqual([
      { participants: ["Sergey Lavrov", "Kim Jong Un"], country: "KP", status: "occurred" },
    ]);
  });
});

describe("mirrored cues: extending sanctions is news, not a regime told as background (announced)", () => {
  it.each([
    ["fr", "Le Conseil européen a prolongé les sanctions contre la Russie."],
    ["it", "Il Consiglio europeo ha prorogato le sanzioni contro la Russia."],
    ["pt", "O Conselho Europeu prorrogou as sanções contra a Rússia."],
    ["pl", "Rada Europejska przedłużyła sankcje wobec Rosji."],
    ["ru", "Евросоюз продлил санкции против России."],
  ])("%s", (lang, text) => {
    expect(sanctions(text, lang).map(([, target, , status]) => [target, status])).toEqual([["RU", "announced"]]);
  });
});
