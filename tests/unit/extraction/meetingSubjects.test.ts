import { extract } from "../../../src/extraction/extract";
import { article } from "./fixtures";

/** Meetings as [sorted participants, status] of a text published on Wednesday 16 April 2025. */
const meetings = (text: string, lang: string) =>
  extract(article(text, lang, "2025-04-16T09:00:00Z")).meetings.map((m) => [[...m.participants].sort(), m.status]);

const dated = (text: string, lang: string) =>
  extract(article(text, lang, "2025-04-16T09:00:00Z")).meetings.map((m) => [m.date, m.status]);

describe("a pronoun (or unsaid) subject of a meeting verb is the subject of the sentence before", () => {
  it.each([
    ["en", "Antony Blinken addressed the forum in Davos on Monday. Later he met Sergey Lavrov at the hotel."],
    ["id", "Antony Blinken berpidato di forum di Davos pada Senin. Dia kemudian bertemu Sergei Lavrov di hotel."],
    ["de", "Antony Blinken sprach am Montag auf dem Forum in Davos. Danach traf er Sergej Lawrow im Hotel."],
    ["fr", "Antony Blinken a pris la parole au forum de Davos lundi. Il a ensuite rencontré Sergueï Lavrov à l'hôtel."],
    ["it", "Antony Blinken ha parlato al forum di Davos lunedì. Lui ha poi incontrato Sergej Lavrov in albergo."],
    [
      "pt",
      "Antony Blinken discursou no fórum de Davos na segunda-feira. Ele depois se reuniu com Serguei Lavrov no hotel.",
    ],
    [
      "pl",
      "Antony Blinken przemawiał na forum w Davos w poniedziałek. Następnie on spotkał się z Siergiejem Ławrowem w hotelu.",
    ],
    ["ru", "Энтони Блинкен выступил на форуме в Давосе в понедельник. Затем он встретился с Сергеем Лавровым в отеле."],
    // Spanish and Italian drop the pronoun: an adverb opens the clause, the verb has no subject of its own.
    ["es", "Antony Blinken habló en el foro de Davos el lunes. Luego se reunió con Serguéi Lavrov en el hotel."],
    ["it", "Antony Blinken ha parlato al forum di Davos lunedì. Poi ha incontrato Sergej Lavrov in albergo."],
  ])("%s: %s", (lang, text) => {
    expect(meetings(text, lang)).toEqual([[["Antony Blinken", "Sergey Lavrov"], "occurred"]]);
  });

  it.each([
    ["id", "Bertemu di Abuja pada Kamis, para pemimpin ECOWAS memperingatkan Abdourahamane Tchiani."],
    ["de", "Auch ein Treffen in Ramstein mit Wolodymyr Selenskyj wurde verschoben."],
  ])("%s: a verb opening its sentence or a noun after an article has no unsaid subject", (lang, text) => {
    const before = lang === "id" ? "Joe Biden berbicara pada Rabu. " : "Joe Biden sprach am Mittwoch. ";
    expect(meetings(before + text, lang).filter(([ps]) => (ps as string[]).includes("Joe Biden"))).toEqual([]);
  });

  it("does not give the pronoun a person when the sentence names one before it", () => {
    expect(meetings("Wang Yi visited Jakarta. Sugiono said he met Retno Marsudi.", "en")).not.toContainEqual([
      ["Retno Marsudi", "Wang Yi"],
      "occurred",
    ]);
  });
});

describe("talks with a state's officials or with a state: the state meets as such", () => {
  it.each([
    ["en", "Marco Rubio held consultations with Ukrainian officials in Jeddah on Tuesday."],
    ["id", "Marco Rubio mengadakan konsultasi dengan pejabat Ukraina di Jeddah pada Selasa."],
    ["de", "Marco Rubio führte am Dienstag in Dschidda Konsultationen mit ukrainischen Vertretern."],
    ["es", "Marco Rubio mantuvo consultas con funcionarios ucranianos en Yeda el martes."],
    ["fr", "Marco Rubio a tenu des consultations avec des responsables ukrainiens à Djeddah mardi."],
    ["it", "Marco Rubio ha tenuto consultazioni con funzionari ucraini a Gedda martedì."],
    ["pt", "Marco Rubio realizou consultas com autoridades ucranianas em Jidá na terça-feira."],
    ["pl", "Marco Rubio przeprowadził konsultacje z ukraińskimi urzędnikami w Dżuddzie we wtorek."],
    ["ru", "Марко Рубио провёл консультации с украинскими официальными лицами в Джидде во вторник."],
  ])("%s", (lang, text) => {
    expect(meetings(text, lang)).toEqual([[["Marco Rubio", "UA"], "occurred"]]);
  });

  it("reads states listed with commas as the subject of talks with a state", () => {
    expect(meetings("Britain, France and Germany held three rounds of talks with Iran in June.", "en")).toEqual([
      [["DE", "FR", "GB", "IR"], "occurred"],
    ]);
  });

  it("keeps the place where talks between two states are held out of the parties", () => {
    expect(meetings("Talks between Iran and the United States took place on Saturday in Oman.", "en")).toEqual([
      [["IR", "US"], "occurred"],
    ]);
  });
});

describe("the one reached by phone is not at talks named later in the sentence", () => {
  it.each([
    [
      "en",
      "In a phone call with Antony Blinken on Monday, Abdel Fattah al-Burhan set conditions before any negotiations with the RSF.",
    ],
    [
      "id",
      "Dalam percakapan telepon dengan Antony Blinken pada Senin, Abdel Fattah al-Burhan menekankan syarat sebelum perundingan dengan RSF.",
    ],
  ])("%s", (lang, text) => {
    expect(meetings(text, lang)).toEqual([]);
  });
});

describe("a request or proposal to meet is a planned meeting", () => {
  it.each([
    ["en", "Kim Jong Un requested a meeting with Vladimir Putin."],
    ["id", "Kim Jong Un meminta pertemuan dengan Vladimir Putin."],
    ["de", "Kim Jong Un beantragte ein Treffen mit Wladimir Putin."],
    ["es", "Kim Jong Un solicitó una reunión con Vladimir Putin."],
    ["fr", "Kim Jong Un a demandé une rencontre avec Vladimir Poutine."],
    ["it", "Kim Jong Un ha chiesto un incontro con Vladimir Putin."],
    ["pt", "Kim Jong Un solicitou uma reunião com Vladimir Putin."],
    ["pl", "Kim Dzong Un poprosił o spotkanie z Władimirem Putinem."],
    ["ru", "Ким Чен Ын попросил о встрече с Владимиром Путиным."],
  ])("%s", (lang, text) => {
    expect(meetings(text, lang)).toEqual([[["Kim Jong Un", "Vladimir Putin"], "planned"]]);
  });
});

describe("a meeting dated a few weeks ahead without its year is planned, that year", () => {
  it.each([
    [
      "en",
      "The summit, set to begin on 20 April in Jakarta, will bring Prabowo Subianto and Anthony Albanese together.",
    ],
    ["en", "Negotiations between Iran and the United States on May 3 in Oman."],
    ["id", "Pertemuan Prabowo Subianto dan Anthony Albanese dijadwalkan pada 20 April di Jakarta."],
    ["es", "La cumbre entre Irán y Estados Unidos, prevista para el 3 de mayo en Omán."],
  ])("%s: %s", (lang, text) => {
    const [[date, status]] = dated(text, lang);
    expect(status).toBe("planned");
    expect(date).toMatch(/^2025-0[45]-(20|03)$/);
  });
});

describe("a trip told after a meeting in one sentence is its subject's", () => {
  const met = (text: string, lang: string) =>
    extract(article(text, lang, "2025-08-05T08:00:00Z")).meetings.map((m) => m.participants);

  it.each([
    ["en", "Narendra Modi met Shigeru Ishiba in Tokyo before travelling to China."],
    ["en", "Narendra Modi met Shigeru Ishiba in Tokyo and then travelled to China."],
    ["id", "Narendra Modi bertemu Shigeru Ishiba di Tokyo sebelum bertolak ke China."],
  ])("%s: %s", (lang, text) => {
    expect(met(text, lang)).toEqual([
      ["Narendra Modi", "Shigeru Ishiba"],
      ["Narendra Modi", "CN"],
    ]);
  });

  it("but the one met travels when a relative pronoun says so", () => {
    expect(met("Shigeru Ishiba received Narendra Modi, who then travelled to China.", "en")).toContainEqual([
      "Narendra Modi",
      "CN",
    ]);
  });
});
