import { extract } from "../../../src/extraction/extract";
import { article } from "./fixtures";

/**
 * Polish and Russian words met in wire copy beyond the corpus (PAP, TASS, RIA, Interfax style), each
 * group with sentences of our own about other events. The article is dated Thursday 24 October 2024.
 */
const facts = (text: string, lang: string, publishedAt = "2024-10-24T09:00:00+02:00") =>
  extract(article(text, lang, publishedAt));
const met = (text: string, lang: string) =>
  facts(text, lang).meetings.map((m) => `${[...m.participants].sort().join("+")}:${m.status}:${m.date}`);
const said = (text: string, lang: string) => facts(text, lang).statements.map((s) => `${s.speaker}:${s.stance}`);

describe("Russian meeting words", () => {
  it("reads the imperfective past 'встречался' as a meeting held", () => {
    expect(met("Эрдоган уже встречался с Путиным в Сочи в прошлом месяце.", "ru")).toEqual([
      "Recep Tayyip Erdogan+Vladimir Putin:occurred:2024-09",
    ]);
  });

  it("reads perfective futures ('проведет', 'отправится', 'нанесет визит', 'совершит визит') as planned", () => {
    expect(met("Лавров проведет переговоры с Фиданом в пятницу.", "ru")).toEqual([
      "Hakan Fidan+Sergey Lavrov:planned:2024-10-25",
    ]);
    expect(met("В понедельник Виктор Орбан отправится в Пекин.", "ru")).toEqual(["CN+Viktor Orban:planned:2024-10-28"]);
    expect(met("Путин нанесет визит в Казахстан в ноябре.", "ru")).toEqual(["KZ+Vladimir Putin:planned:2024-11"]);
    expect(met("Эрдоган совершит визит в Россию в декабре.", "ru")).toEqual([
      "RU+Recep Tayyip Erdogan:planned:2024-12",
    ]);
  });

  it("reads talks that are due ('должны пройти', 'пройдут') as planned", () => {
    expect(met("Переговоры Лаврова и Фидана пройдут в пятницу в Анкаре.", "ru")).toEqual([
      "Hakan Fidan+Sergey Lavrov:planned:2024-10-25",
    ]);
    expect(met("Путин и Эрдоган должны встретиться в Астане в пятницу.", "ru")).toEqual([
      "Recep Tayyip Erdogan+Vladimir Putin:planned:2024-10-25",
    ]);
  });
});

describe("Polish meeting words", () => {
  it("reads the imperfective past 'spotykał się' as a meeting held", () => {
    expect(met("Donald Tusk spotykał się już z Emmanuelem Macronem w Paryżu w zeszłym miesiącu.", "pl")).toEqual([
      "Donald Tusk+Emmanuel Macron:occurred:2024-09",
    ]);
  });

  it("reads perfective futures ('przeprowadzi', 'odbędzie się', 'wybiera się') as planned", () => {
    expect(met("Donald Tusk przeprowadzi w piątek rozmowy z Emmanuelem Macronem.", "pl")).toEqual([
      "Donald Tusk+Emmanuel Macron:planned:2024-10-25",
    ]);
    expect(met("Spotkanie Donalda Tuska z Emmanuelem Macronem odbędzie się w piątek.", "pl")).toEqual([
      "Donald Tusk+Emmanuel Macron:planned:2024-10-25",
    ]);
    expect(met("Donald Tusk wybiera się w przyszłym tygodniu do Berlina.", "pl")).toEqual([
      "DE+Donald Tusk:planned:2024-10",
    ]);
  });
});

describe("Russian stance words", () => {
  it("reads the imperfective 'обвинял' and laying the blame ('возложила ответственность') as accusations", () => {
    expect(said("Захарова обвиняла Польшу в русофобии.", "ru")).toEqual(["Maria Zakharova:accuse"]);
    expect(said("Мария Захарова возложила ответственность за срыв переговоров на Вашингтон.", "ru")).toEqual([
      "Maria Zakharova:accuse",
    ]);
  });

  it("reads 'предостерег' as a warning", () => {
    expect(said("Сергей Лавров предостерег Запад от вмешательства в дела Грузии.", "ru")).toEqual([
      "Sergey Lavrov:warn",
    ]);
  });

  it("reads speaking in favour, congratulating as support ('выступил за', 'поздравил')", () => {
    expect(said("Президент Египта Абдель Фаттах ас-Сиси выступил за расширение торговли с Россией.", "ru")).toEqual([
      "Abdel Fattah el-Sisi:support",
    ]);
    expect(said("Владимир Путин поздравил Дональда Трампа с победой на выборах.", "ru")).toEqual([
      "Vladimir Putin:support",
    ]);
  });

  it("reads readiness to negotiate and hope for a settlement as support", () => {
    expect(said("Лавров заявил, что Москва готова к переговорам с Киевом.", "ru")).toEqual(["Sergey Lavrov:support"]);
    expect(said("Токаев выразил надежду на скорое урегулирование конфликта.", "ru")).toEqual([
      "Kassym-Jomart Tokayev:support",
    ]);
  });
});

describe("Polish stance words", () => {
  it("reads the imperfective 'oskarżała' and laying the blame ('obarczył … odpowiedzialnością') as accusations", () => {
    expect(said("Maria Zacharowa oskarżała Polskę o rusofobię.", "pl")).toEqual(["Maria Zakharova:accuse"]);
    expect(said("Donald Tusk obarczył Rosję odpowiedzialnością za podpalenie magazynu.", "pl")).toEqual([
      "Donald Tusk:accuse",
    ]);
  });

  it("reads speaking in favour and congratulating as support ('opowiedział się za', 'pogratulował')", () => {
    expect(said("Radosław Sikorski opowiedział się za zaostrzeniem sankcji wobec Rosji.", "pl")).toEqual([
      "Radosław Sikorski:support",
    ]);
    expect(said("Andrzej Duda pogratulował Donaldowi Trumpowi zwycięstwa.", "pl")).toEqual(["Andrzej Duda:support"]);
  });

  it("reads readiness to negotiate and hope for a settlement as support", () => {
    expect(said("Emmanuel Macron zadeklarował gotowość do dialogu z Rosją.", "pl")).toEqual([
      "Emmanuel Macron:support",
    ]);
    expect(said("Donald Tusk wyraził nadzieję, że spór o zboże z Ukrainą szybko się zakończy.", "pl")).toEqual([
      "Donald Tusk:support",
    ]);
  });
});

describe("Charges and threatened responses", () => {
  it("reads charges of bad faith and covert hostile acts as accusations (ru)", () => {
    expect(said("Мария Захарова заявила, что решение Варшавы является проявлением двойных стандартов.", "ru")).toEqual([
      "Maria Zakharova:accuse",
    ]);
    expect(said("Туск заявил, что за поджогом стоит российская диверсия.", "ru")).toEqual(["Donald Tusk:accuse"]);
  });

  it("reads charges of bad faith and covert hostile acts as accusations (pl)", () => {
    expect(
      said("Rzecznik Kremla Dmitrij Pieskow powiedział, że decyzja Warszawy to przejaw podwójnych standardów.", "pl"),
    ).toEqual(["Dmitry Peskov:accuse"]);
    expect(said("Donald Tusk powiedział, że pożar hali był aktem sabotażu.", "pl")).toEqual(["Donald Tusk:accuse"]);
  });

  it("reads a response promised ('зеркальный ответ', 'stanowcza odpowiedź') as a warning", () => {
    expect(said("Дмитрий Песков сказал, что Москва даст зеркальный ответ на высылку дипломатов.", "ru")).toEqual([
      "Dmitry Peskov:warn",
    ]);
    expect(said("Maria Zacharowa zapowiedziała stanowczą odpowiedź Moskwy na wydalenie dyplomatów.", "pl")).toEqual([
      "Maria Zakharova:warn",
    ]);
  });
});

describe("Infinitives of travel after a modal or a verb of intent", () => {
  it("reads 'может приехать', 'намерен прибыть', 'хочет побывать' as planned visits", () => {
    expect(met("Лукашенко может приехать в Астану в ноябре.", "ru")).toEqual([
      "Alexander Lukashenko+KZ:planned:2024-11",
    ]);
    expect(met("Токаев намерен прибыть в Минск в декабре.", "ru")).toEqual([
      "BY+Kassym-Jomart Tokayev:planned:2024-12",
    ]);
    expect(met("Эрдоган хочет побывать в Москве в декабре.", "ru")).toEqual([
      "RU+Recep Tayyip Erdogan:planned:2024-12",
    ]);
  });

  it("reads 'ma udać się', 'chce pojechać', 'może przyjechać' as planned visits", () => {
    expect(met("W grudniu Tusk ma udać się do Berlina.", "pl")).toEqual(["DE+Donald Tusk:planned:2024-12"]);
    expect(met("Orbán chce pojechać do Pekinu w listopadzie.", "pl")).toEqual(["CN+Viktor Orban:planned:2024-11"]);
    expect(met("Zełenski może przyjechać do Warszawy w listopadzie.", "pl")).toEqual([
      "PL+Volodymyr Zelensky:planned:2024-11",
    ]);
  });
});

describe("Relative months of wire copy", () => {
  it("reads 'в минувшем месяце' and the genitive 'следующего/прошлого месяца' from the article's month", () => {
    expect(met("В минувшем месяце Эрдоган встретился с Путиным в Сочи.", "ru")).toEqual([
      "Recep Tayyip Erdogan+Vladimir Putin:occurred:2024-09",
    ]);
    expect(met("Лавров встретится с Фиданом в начале следующего месяца.", "ru")).toEqual([
      "Hakan Fidan+Sergey Lavrov:planned:2024-11",
    ]);
    expect(met("Лавров встретился с Фиданом в конце прошлого месяца.", "ru")).toEqual([
      "Hakan Fidan+Sergey Lavrov:occurred:2024-09",
    ]);
  });

  it("reads 'w minionym miesiącu' and the genitive 'przyszłego/ubiegłego miesiąca' from the article's month", () => {
    expect(met("W minionym miesiącu Tusk rozmawiał z Macronem w Paryżu.", "pl")).toEqual([
      "Donald Tusk+Emmanuel Macron:occurred:2024-09",
    ]);
    expect(met("Tusk spotka się z Macronem na początku przyszłego miesiąca.", "pl")).toEqual([
      "Donald Tusk+Emmanuel Macron:planned:2024-11",
    ]);
    expect(met("Tusk spotkał się z Macronem pod koniec ubiegłego miesiąca.", "pl")).toEqual([
      "Donald Tusk+Emmanuel Macron:occurred:2024-09",
    ]);
  });

  it("lends no month of the article to a meeting told in another year ('прошлого года', 'ubiegłego roku')", () => {
    expect(met("Эрдоган впервые встретился с Путиным в Сочи в начале прошлого года.", "ru")).toEqual([
      "Recep Tayyip Erdogan+Vladimir Putin:occurred:null",
    ]);
    expect(met("Tusk po raz pierwszy spotkał się z Macronem na początku ubiegłego roku.", "pl")).toEqual([
      "Donald Tusk+Emmanuel Macron:occurred:null",
    ]);
  });
});

describe("Aircraft, air defence and armour as weapons", () => {
  const sent = (text: string, lang: string) =>
    facts(text, lang).transfers.map((t) => `${t.from}>${t.to}:${t.items.join(",")}:${t.status}`);

  it("reads 'истребители', 'вертолеты', 'системы ПВО' as weapons", () => {
    expect(sent("Россия поставила Ирану истребители Су-35.", "ru")).toEqual(["RU>IR:weapons:alleged"]);
    expect(sent("Россия передала Белоруссии вертолеты и системы ПВО.", "ru")).toEqual(["RU>BY:weapons:alleged"]);
  });

  it("reads 'haubice', 'śmigłowce', 'systemy obrony powietrznej' as weapons", () => {
    expect(sent("Polska wysłała Ukrainie haubice i śmigłowce.", "pl")).toEqual(["PL>UA:weapons:alleged"]);
    expect(sent("Niemcy dostarczą Ukrainie systemy obrony powietrznej.", "pl")).toEqual(["DE>UA:weapons:planned"]);
  });
});

describe("More stance words of Russian and Polish wire copy", () => {
  it("reads standing against ('выступил против', 'sprzeciwił się') as a warning", () => {
    expect(said("Орбан выступил против новых санкций в отношении России.", "ru")).toEqual(["Viktor Orban:warn"]);
    expect(said("Wiktor Orbán sprzeciwił się nowym sankcjom wobec Rosji.", "pl")).toEqual(["Viktor Orban:warn"]);
  });

  it("reads sanctions a party stands against as none in place", () => {
    expect(facts("Орбан выступил против новых санкций в отношении России.", "ru").sanctions).toEqual([]);
    expect(facts("Wiktor Orbán sprzeciwił się nowym sankcjom wobec Rosji.", "pl").sanctions).toEqual([]);
  });

  it("reads outrage voiced ('возмущение', 'oburzenie') as an accusation", () => {
    expect(said("Захарова выразила возмущение решением Польши закрыть консульство.", "ru")).toEqual([
      "Maria Zakharova:accuse",
    ]);
    expect(said("Pieskow wyraził oburzenie decyzją Warszawy.", "pl")).toEqual(["Dmitry Peskov:accuse"]);
  });

  it("reads 'расценил … как' as saying, and declining to comment as other", () => {
    expect(said("Лукашенко расценил действия Польши как провокацию.", "ru")).toEqual(["Alexander Lukashenko:accuse"]);
    expect(said("МИД Казахстана отказался комментировать сообщения о поставках оружия.", "ru")).toEqual(["KZ:other"]);
  });

  it("reads offering to help a settlement ('содействовать урегулированию') as support", () => {
    expect(said("Лавров заявил о готовности России содействовать урегулированию конфликта.", "ru")).toEqual([
      "Sergey Lavrov:support",
    ]);
  });
});

describe("Red lines", () => {
  it("reads 'не позволит', 'не допустит' as a warning", () => {
    expect(said("Лукашенко заявил, что Белоруссия не позволит Польше закрыть границу.", "ru")).toEqual([
      "Alexander Lukashenko:warn",
    ]);
    expect(said("Песков сказал, что Москва не допустит размещения ракет у своих границ.", "ru")).toEqual([
      "Dmitry Peskov:warn",
    ]);
  });

  it("reads 'nie pozwoli', 'nie dopuścimy' as a warning", () => {
    expect(said("Władysław Kosiniak-Kamysz oświadczył, że Polska nie pozwoli na zamknięcie korytarza.", "pl")).toEqual([
      "Władysław Kosiniak-Kamysz:warn",
    ]);
    expect(said("Donald Tusk powiedział, że nie dopuścimy do blokady portów.", "pl")).toEqual(["Donald Tusk:warn"]);
  });
});

describe("Parliaments act for their state", () => {
  const ratified = (text: string, lang: string) =>
    facts(text, lang).agreements.map((a) => `${[...a.parties].sort().join("+")}:${a.status}`);

  it("reads the Госдума and the Duma Państwowa as Russia, the Rada Najwyższa as Ukraine", () => {
    expect(ratified("Госдума ратифицировала договор о партнерстве с Ираном.", "ru")).toEqual(["IR+RU:ratified"]);
    expect(ratified("Duma Państwowa ratyfikowała traktat z KRLD.", "pl")).toEqual(["KP+RU:ratified"]);
    expect(ratified("Rada Najwyższa ratyfikowała umowę z Polską.", "pl")).toEqual(["PL+UA:ratified"]);
  });

  it("reads the Sejm as Poland speaking", () => {
    expect(said("Sejm przyjął uchwałę potępiającą agresję Rosji na Ukrainę.", "pl")).toEqual(["PL:accuse"]);
  });
});

describe("Postponed and called-off meetings", () => {
  it("reads the active past 'перенес', 'отложили' as cancelled", () => {
    expect(met("Путин перенес визит в Турцию.", "ru")).toEqual(["TR+Vladimir Putin:cancelled:null"]);
    expect(met("Лавров и Фидан отложили встречу в Анкаре.", "ru")).toEqual([
      "Hakan Fidan+Sergey Lavrov:cancelled:null",
    ]);
  });

  it("reads 'przesunęli', 'odwołali' as cancelled", () => {
    expect(met("Tusk i Macron przesunęli spotkanie w Paryżu.", "pl")).toEqual([
      "Donald Tusk+Emmanuel Macron:cancelled:null",
    ]);
    expect(met("Węgrzy odwołali wizytę Orbána w Kijowie.", "pl")).toEqual(["UA+Viktor Orban:cancelled:null"]);
  });
});

describe("Agreements after talks, and offers to mediate", () => {
  const deals = (text: string, lang: string) =>
    facts(text, lang).agreements.map((a) => `${[...a.parties].sort().join("+")}:${a.status}`);

  it("reads an agreement signed at the end of talks as signed, one under negotiation as planned", () => {
    expect(deals("По итогам переговоров Россия и Казахстан подписали соглашение о поставках газа.", "ru")).toEqual([
      "KZ+RU:signed",
    ]);
    expect(deals("Россия и Казахстан ведут переговоры о новом соглашении по газу.", "ru")).toEqual(["KZ+RU:planned"]);
    expect(deals("Po długich negocjacjach Polska i Ukraina podpisały umowę o tranzycie zboża.", "pl")).toEqual([
      "PL+UA:signed",
    ]);
    expect(deals("Polska i Ukraina prowadzą negocjacje w sprawie umowy o tranzycie zboża.", "pl")).toEqual([
      "PL+UA:planned",
    ]);
  });

  it("reads an offer to mediate as support ('выступить посредником', 'pośredniczyć')", () => {
    expect(said("Эрдоган заявил, что Турция готова выступить посредником между Россией и Украиной.", "ru")).toEqual([
      "Recep Tayyip Erdogan:support",
    ]);
    expect(said("Fidan oświadczył, że Turcja jest gotowa pośredniczyć między Rosją a Ukrainą.", "pl")).toEqual([
      "Hakan Fidan:support",
    ]);
  });
});

describe("Sanctioning and the leaders", () => {
  it("reads 'objęła sankcjami' as sanctions imposed, announced", () => {
    const s = facts("Unia Europejska objęła sankcjami pięć białoruskich firm.", "pl").sanctions;
    expect(s.map((x) => `${x.imposer}>${x.target}:${x.status}`)).toEqual(["EU>BY:announced"]);
  });

  it("reads 'лидеры' as the two leaders named before", () => {
    const text =
      "Президент России Владимир Путин и президент Ирана Масуд Пезешкиан подписали в пятницу договор о партнерстве.\n" +
      "Ранее в октябре лидеры встретились на полях саммита БРИКС в Казани.";
    const meetings = facts(text, "ru", "2025-01-17T09:00:00+03:00").meetings;
    expect(meetings.map((m) => `${[...m.participants].sort().join("+")}:${m.date}`)).toContain(
      "Masoud Pezeshkian+Vladimir Putin:2024-10",
    );
  });
});

describe("Imperfective verbs of saying", () => {
  it("reads 'mówił', 'podkreślał', 'przekonuje', 'ocenia' as saying, and backing told as support", () => {
    expect(said("Donald Tusk mówił, że Polska przegłosuje nowy budżet.", "pl")).toEqual(["Donald Tusk:assert"]);
    expect(said("Radosław Sikorski przekonuje, że Rosja przegra wojnę.", "pl")).toEqual(["Radosław Sikorski:assert"]);
    expect(said("Sikorski ocenia, że Rosja przygotowuje prowokacje.", "pl")).toEqual(["Radosław Sikorski:accuse"]);
    expect(said("Andrzej Duda podkreślał, że Polska wspiera Ukrainę.", "pl")).toEqual(["Andrzej Duda:support"]);
  });

  it("reads 'уверял', 'обратил внимание' as saying by the person, not the state in the clause", () => {
    expect(said("Лавров уверял, что Россия поддерживает Иран.", "ru")).toEqual(["Sergey Lavrov:support"]);
    expect(said("Лавров обратил внимание, что Россия поддерживает Иран.", "ru")).toEqual(["Sergey Lavrov:support"]);
  });
});

describe("Imperfective stance verbs", () => {
  it("reads 'zaprzeczał', 'odrzucał', 'ostrzegał' with their stances", () => {
    expect(said("Pieskow zaprzeczał, że Kreml planuje nowe wybory.", "pl")).toEqual(["Dmitry Peskov:deny"]);
    expect(said("Kreml odrzucał oskarżenia Warszawy.", "pl")).toEqual(["RU:deny", "PL:accuse"]);
    expect(said("Tusk ostrzegał Mińsk przed eskalacją.", "pl")).toEqual(["Donald Tusk:warn"]);
  });

  it("reads 'отвергал', 'предупреждал', 'осуждала' with their stances", () => {
    expect(said("Кремль отвергал обвинения Варшавы.", "ru")).toEqual(["RU:deny", "PL:accuse"]);
    expect(said("Лавров предупреждал Запад о последствиях.", "ru")).toEqual(["Sergey Lavrov:warn"]);
    expect(said("Захарова осуждала действия Польши.", "ru")).toEqual(["Maria Zakharova:accuse"]);
  });
});
