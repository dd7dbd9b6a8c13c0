import { extract } from "../../../src/extraction/extract";
import { article } from "./fixtures";

const meetings = (text: string, lang: string) =>
  extract(article(text, lang, "2025-04-14T09:00:00Z")).meetings.map((m) => [
    [...m.participants].sort(),
    m.location.country,
  ]);

describe("states listed beside a meeting verb or noun meet as such", () => {
  it.each([
    ["en", "Iran and the United States held talks in Oman on Saturday."],
    ["id", "Iran dan Amerika Serikat menggelar perundingan di Oman pada Sabtu."],
    ["de", "Iran und die USA verhandelten am Samstag in Oman."],
    ["es", "Irán y Estados Unidos celebraron conversaciones en Omán el sábado."],
    ["fr", "L'Iran et les États-Unis ont tenu des pourparlers à Oman samedi."],
    ["it", "Iran e Stati Uniti hanno tenuto colloqui in Oman sabato."],
    ["pt", "O Irã e os Estados Unidos realizaram negociações em Omã no sábado."],
    ["pl", "Iran i Stany Zjednoczone prowadziły rozmowy w Omanie w sobotę."],
    ["ru", "Иран и США провели переговоры в Омане в субботу."],
  ])("%s: two states holding talks, the place where they are held not a party", (lang, text) => {
    expect(meetings(text, lang)).toEqual([[["IR", "US"], "OM"]]);
  });

  it.each([
    ["en", "Russian and Ukrainian delegations met in Istanbul on Friday."],
    ["id", "Delegasi Rusia dan Ukraina bertemu di Istanbul pada Jumat."],
    ["de", "Russische und ukrainische Delegationen trafen sich am Freitag in Istanbul."],
    ["es", "Las delegaciones de Rusia y Ucrania se reunieron en Estambul el viernes."],
  ])("%s: two delegations meeting", (lang, text) => {
    expect(meetings(text, lang)).toEqual([[["RU", "UA"], "TR"]]);
  });

  it.each([
    ["en", "Recep Tayyip Erdogan hosted Russian and Ukrainian delegations in Istanbul."],
    ["id", "Recep Tayyip Erdogan menerima delegasi Rusia dan Ukraina di Istanbul."],
  ])("%s: a host receiving states", (lang, text) => {
    expect(meetings(text, lang)).toEqual([[["RU", "Recep Tayyip Erdogan", "UA"], "TR"]]);
  });

  it("reads no meeting from one state alone beside the verb", () => {
    expect(meetings("Iran held talks in Oman on Saturday.", "en")).toEqual([]);
  });
});

describe("an offer to meet is not a meeting", () => {
  it.each([
    ["en", "Sergey Lavrov said Moscow was ready to meet the American side."],
    ["id", "Sergei Lavrov menyatakan Moskow siap bertemu dengan pihak Amerika Serikat."],
    ["de", "Sergej Lawrow sagte, Moskau sei bereit zu Gesprächen mit den USA."],
    ["es", "Serguéi Lavrov dijo que Moscú está dispuesto a reunirse con Estados Unidos."],
    ["fr", "Sergueï Lavrov a dit que Moscou était prêt à rencontrer les États-Unis."],
    ["ru", "Сергей Лавров заявил, что Москва готова встретиться с США."],
  ])("%s", (lang, text) => {
    expect(meetings(text, lang)).toEqual([]);
  });
});

describe("states met through their delegations, movements and places", () => {
  it.each([
    ["en", "Abdourahamane Tchiani met with a delegation from Togo in Niamey on Friday."],
    ["id", "Abdourahamane Tchiani bertemu dengan delegasi dari Togo di Niamey pada Jumat."],
  ])("%s: a delegation from a state is that state met, not a place", (lang, text) => {
    expect(meetings(text, lang)).toEqual([[["Abdourahamane Tchiani", "TG"].sort(), "NE"]]);
  });

  it.each([
    ["en", "Israeli and Hamas negotiators held talks in Doha on Monday."],
    ["id", "Negosiator Israel dan Hamas menggelar perundingan di Doha pada Senin."],
  ])("%s: a movement that governs a territory meets for its state", (lang, text) => {
    expect(meetings(text, lang)).toEqual([[["IL", "PS"], "QA"]]);
  });

  it.each([
    ["fr", "Jean-Noël Barrot se rendra à Alger la semaine prochaine.", ["DZ", "Jean-Noel Barrot"], "DZ"],
    ["id", "Sugiono akan berkunjung ke Wina pekan depan.", ["AT", "Sugiono"], "AT"],
    [
      "fr",
      "Emmanuel Macron a reçu mardi à l'Élysée le président kényan William Ruto pour évoquer la crise en Haïti.",
      ["Emmanuel Macron", "William Ruto"],
      "FR",
    ],
  ])("%s: a capital in the language's own spelling, a seat of government as a place: %s", (lang, text, who, where) => {
    expect(meetings(text, lang)).toEqual([[who, where]]);
  });

  it("pt: a host's guest named after a role of their state and a comma, past a date", () => {
    expect(
      meetings("Lula recebeu nesta quinta-feira o primeiro-ministro de Portugal, Luís Montenegro, em Brasília.", "pt"),
    ).toEqual([[["Luis Montenegro", "Luiz Inacio Lula da Silva"], "BR"]]);
  });
});

describe("a role unnamed after 'with' stands for its state", () => {
  it.each([
    ["pl", "Radosław Sikorski spotkał się w poniedziałek z prezydentem Ukrainy."],
    ["ru", "Сергей Лавров встретился в понедельник с президентом Украины."],
  ])("%s: %s", (lang, text) => {
    const [meeting] = extract(article(text, lang, "2025-06-02T08:00:00Z")).meetings;
    expect(meeting?.participants.at(-1)).toBe("UA");
  });
});
