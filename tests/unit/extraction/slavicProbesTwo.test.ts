import { extract } from "../../../src/extraction/extract";
import { article } from "./fixtures";

/**
 * Polish and Russian words met in a second round of unseen wire copy (grain dispute, border closures,
 * treaties, entry bans, weapons stationed abroad), each with sentences of our own about other events.
 * The article is dated Thursday 24 October 2024.
 */
const facts = (text: string, lang: string, publishedAt = "2024-10-24T09:00:00+02:00") =>
  extract(article(text, lang, publishedAt));
const met = (text: string, lang: string) =>
  facts(text, lang).meetings.map((m) => `${[...m.participants].sort().join("+")}:${m.status}:${m.date}`);
const said = (text: string, lang: string) => facts(text, lang).statements.map((s) => `${s.speaker}:${s.stance}`);
const sanctions = (text: string, lang: string) =>
  facts(text, lang).sanctions.map(
    (s) => `${String(s.imposer)}>${[s.targetCountry ?? s.target].flat().join(",")}:${s.status}`,
  );
const sent = (text: string, lang: string) =>
  (facts(text, lang).transfers ?? []).map((t) => `${String(t.from)}>${String(t.to)}:${t.items.join(",")}:${t.status}`);

describe("Polish verbs of saying and stance", () => {
  it("reads specifying, predicting and comparing as saying", () => {
    expect(said("Radosław Sikorski sprecyzował, że szczyt odbędzie się w Rzeszowie.", "pl")).toEqual([
      "Radosław Sikorski:assert",
    ]);
    expect(said("Donald Tusk przewidywał, że negocjacje potrwają kilka miesięcy.", "pl")).toEqual([
      "Donald Tusk:assert",
    ]);
    expect(said("Andrzej Duda porównał sytuację na granicy do oblężenia.", "pl")).toEqual(["Andrzej Duda:assert"]);
  });

  it("reads the imperfective 'zarzucał' as an accusation", () => {
    expect(said("Wiktor Orban zarzucał Brukseli, że ignoruje interesy rolników.", "pl")).toEqual([
      "Viktor Orban:accuse",
    ]);
  });

  it("reads 'a historic day' and 'a new chapter' as praise", () => {
    expect(said("„To historyczny dzień dla naszych państw” – powiedział Emmanuel Macron.", "pl")).toEqual([
      "Emmanuel Macron:support",
    ]);
    expect(said("Olaf Scholz powiedział, że umowa otwiera nowy rozdział w stosunkach z Polską.", "pl")).toEqual([
      "Olaf Scholz:support",
    ]);
  });
});

describe("Charges of militarising or of a pretence, and the words a statement carries", () => {
  it("reads 'militaryzacja' and 'udają' as accusations", () => {
    expect(said("Według Siergieja Ławrowa Niemcy jedynie udają, że chcą pokoju.", "pl")).toEqual([
      "Sergey Lavrov:accuse",
    ]);
    expect(said("Maria Zacharowa nazwała umowę krokiem ku militaryzacji Europy.", "pl")).toEqual([
      "Maria Zakharova:accuse",
    ]);
    expect(said("Мария Захарова назвала соглашение шагом к милитаризации Европы.", "ru")).toEqual([
      "Maria Zakharova:accuse",
    ]);
    expect(said("Сергей Лавров заявил, что Берлин лишь делает вид, что стремится к миру.", "ru")).toEqual([
      "Sergey Lavrov:accuse",
    ]);
  });

  it("reads '…” – napisano w komunikacie X' and 'czytamy w oświadczeniu X' as X speaking", () => {
    const text =
      "Radosław Sikorski skrytykował wypowiedź prezydenta.\n" +
      "„Nie pozwolimy na szantaż” – czytamy w oświadczeniu Kremla.";
    expect(said(text, "pl")).toContain("RU:warn");
  });
});

describe("Polish offices, summonses and credentials", () => {
  it("gives offices only Poland has by these names to Poland", () => {
    const persons = facts("Szef MSWiA Tomasz Siemoniak zapowiedział kontrole na granicy.", "pl").persons;
    expect(persons.map((p) => `${p.name}:${p.country}`)).toEqual(["Tomasz Siemoniak:PL"]);
  });

  it("reads a summons 'for a talk' and the impersonal 'wezwano' as a meeting", () => {
    expect(
      met("W poniedziałek MSZ w Warszawie wezwało na rozmowę ambasadora Węgier Istvána Íjgyártó.", "pl").length,
    ).toBe(1);
    expect(met("We wtorek do MSZ w Warszawie wezwano ambasadora Rosji Siergieja Andriejewa.", "pl").length).toBe(1);
  });

  it("reads credentials presented or received as a meeting", () => {
    expect(
      met("Prezydent Andrzej Duda przyjął w środę listy uwierzytelniające od ambasadora Indii Nagmy Mallicka.", "pl"),
    ).toEqual(["Andrzej Duda+Nagmy Mallicka:occurred:2024-10-23"]);
  });

  it("dates 'tego samego wieczoru' to the day of the meeting before", () => {
    const text =
      "Prezydent Andrzej Duda spotkał się we wtorek z prezydentem Litwy Gitanasem Nausėdą.\n" +
      "Tego samego wieczoru premier Donald Tusk rozmawiał w Kownie z premierem Estonii Kristenem Michalem.";
    expect(met(text, "pl")).toContain("Donald Tusk+Kristen Michal:occurred:2024-10-22");
  });
});

describe("Polish sanctions lists and transfers", () => {
  it("reads extending a sanctions list by representatives of a regime as sanctioning them", () => {
    const text =
      "Sąd w Mińsku skazał na dziesięć lat więzienia kolejnego opozycjonistę.\n" +
      "Litwa rozszerzy listę sankcyjną o kolejnych przedstawicieli reżimu.";
    expect(sanctions(text, "pl")).toEqual(["LT>BY:announced"]);
  });

  it("reads a decision to send and deliveries to be carried out as planned", () => {
    expect(sent("Polska zdecydowała o dostawach czołgów dla Ukrainy.", "pl")).toEqual(["PL>UA:weapons:planned"]);
    expect(sent("Polska zrealizuje zakontraktowane dostawy amunicji dla Ukrainy.", "pl")).toEqual([
      "PL>UA:ammunition:planned",
    ]);
  });
});

describe("Russian stance words", () => {
  it("reads 'выразил уверенность' as support", () => {
    expect(said("Касым-Жомарт Токаев выразил уверенность, что стороны договорятся о новых поставках.", "ru")).toEqual([
      "Kassym-Jomart Tokayev:support",
    ]);
  });

  it("reads no sign seen as a denial", () => {
    expect(said("Ллойд Остин заявил, что не видит признаков подготовки Китая к вторжению.", "ru")).toEqual([
      "Lloyd Austin:deny",
    ]);
  });

  it("reads a mirrored response promised as a warning", () => {
    expect(said("Мария Захарова заявила, что Москва будет зеркально отвечать на высылку дипломатов.", "ru")).toEqual([
      "Maria Zakharova:warn",
    ]);
  });

  it("reads 'a historic event' and 'a new chapter' as praise", () => {
    expect(said("Си Цзиньпин назвал визит историческим событием для двух стран.", "ru")).toEqual([
      "Xi Jinping:support",
    ]);
    expect(said("«Соглашение открывает новую главу в наших отношениях», — сказал Нарендра Моди.", "ru")).toEqual([
      "Narendra Modi:support",
    ]);
  });

  it("reads the words a statement carries: '…», — говорится в заявлении X'", () => {
    const text =
      "Сергей Лавров назвал новые ограничения незаконными.\n" +
      "«Вашингтон продолжит поддерживать Киев», — говорится в заявлении Госдепартамента.";
    expect(said(text, "ru")).toContain("US:assert");
  });
});

describe("Russian entry bans, agreements, meetings and transfers", () => {
  it("reads an entry ban ('о запрете въезда') as sanctions", () => {
    expect(sanctions("МИД России объявил о запрете въезда 50 гражданам Австралии.", "ru")).toEqual(["RU>AU:announced"]);
  });

  it("reads being close to concluding an agreement as planned", () => {
    const agreements = facts("Россия близка к заключению соглашения с Индией о поставках нефти.", "ru").agreements;
    expect((agreements ?? []).map((a) => a.status)).toEqual(["planned"]);
  });

  it("reads credentials presented or received as a meeting", () => {
    const received = met("В начале октября Путин принял верительные грамоты у нового посла Японии Акиры Муто.", "ru");
    expect(received.length).toBe(1);
    expect(received[0]).toMatch(/Vladimir Putin:occurred:2024-10$/);
    expect(met("Новый посол Японии Акира Муто вручил в среду верительные грамоты Владимиру Путину.", "ru")).toEqual([
      "Akira Muto+Vladimir Putin:occurred:2024-10-23",
    ]);
  });

  it("dates 'тем же вечером' to the day of the meeting before", () => {
    const text =
      "Владимир Путин во вторник встретился с президентом Египта Абдель Фаттахом ас-Сиси.\n" +
      "Тем же вечером Сергей Лавров провёл переговоры с министром иностранных дел Индии Субраманьямом Джайшанкаром.";
    expect(met(text, "ru")).toContain("Sergey Lavrov+Subrahmanyam Jaishankar:occurred:2024-10-22");
  });

  it("reads delivering as sending, and a decision to send as planned", () => {
    expect(sent("Российские зенитные комплексы уже доставлены в Сербию.", "ru")).toEqual(["RU>RS:weapons:alleged"]);
    expect(sent("Париж принял решение передать Киеву истребители.", "ru")).toEqual(["FR>UA:weapons:planned"]);
  });
});

describe("Country forms the name tables miss", () => {
  const codes = (text: string, lang: string) => facts(text, lang).countries.map((c) => c.code);

  it("reads the Russian genitives 'Китая', 'Египта', 'Нидерландов'", () => {
    expect(codes("Министр иностранных дел Китая прилетел в Каир.", "ru")).toEqual(expect.arrayContaining(["CN"]));
    expect(codes("Делегация Египта провела переговоры в Анкаре.", "ru")).toEqual(expect.arrayContaining(["EG"]));
    expect(codes("Король Нидерландов посетил Джакарту.", "ru")).toEqual(expect.arrayContaining(["NL"]));
  });

  it("reads the Polish 'Nigru' and 'Bośni'", () => {
    expect(codes("Francja wycofała żołnierzy z Nigru.", "pl")).toEqual(expect.arrayContaining(["NE"]));
    expect(codes("Premier Bośni przybył do Zagrzebia.", "pl")).toEqual(expect.arrayContaining(["BA"]));
  });
});

describe("A protest lodged, not street protests", () => {
  it("reads lodging a protest as an accusation", () => {
    expect(said("Litwa złożyła stanowczy protest w związku z naruszeniem granicy.", "pl")).toEqual(["LT:accuse"]);
    expect(said("Япония заявила протест в связи с учениями у Курил.", "ru")).toEqual(["JP:accuse"]);
  });

  it("does not read protests in the streets as an accusation", () => {
    expect(said("Maia Sandu zaapelowała o uwolnienie osób skazanych za udział w protestach.", "pl")).toEqual([
      "Maia Sandu:support",
    ]);
  });
});
