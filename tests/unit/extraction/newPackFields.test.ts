import { extract } from "../../../src/extraction/extract";
import { article } from "./fixtures";

// The optional LanguagePack fields added for id/en/de/es (issue #14), filled for fr, it, pt, pl, ru:
// each case below needs one of them and reads nothing without it.
const meetings = (text: string, lang: string) =>
  extract(article(text, lang, "2023-10-17T10:00:00+07:00")).meetings.map((m) => ({ participants: m.participants, country: m.location.country, status: m.status }));
const sanctions = (text: string, lang: string) =>
  extract(article(text, lang, "2024-06-20T10:00:00Z")).sanctions.map((s) => [s.imposer, s.target, s.targetCountry ?? null, s.status]);
const persons = (text: string, lang: string) => extract(article(text, lang, "2024-06-01")).persons.map((p) => [p.name, p.country]);

describe("new pack fields: meetings by signing (sign, comitative)", () => {
  it.each([
    ["fr", "Vladimir Poutine et Kim Jong-un ont signé un traité de partenariat à Pyongyang."],
    ["it", "Vladimir Putin e Kim Jong-un hanno firmato un trattato di partenariato a Pyongyang."],
    ["pt", "Vladimir Putin e Kim Jong-un assinaram um tratado de parceria em Pyongyang."],
    ["pl", "Władimir Putin i Kim Dzong Un podpisali traktat o partnerstwie w Pjongjangu."],
    ["ru", "Владимир Путин и Ким Чен Ын подписали договор о партнерстве в Пхеньяне."],
  ])("%s: two leaders who sign together meet", (lang, text) => {
    expect(meetings(text, lang).map((m) => m.participants)).toEqual([[expect.stringMatching(/^Vladimir Putin$/), expect.stringMatching(/^Kim /)]]);
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
