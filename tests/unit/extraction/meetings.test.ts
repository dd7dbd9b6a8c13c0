import { extract } from "../../../src/extraction/extract";
import { article } from "./fixtures";

const meetings = (text: string, lang: string, publishedAt = "2023-10-17T10:00:00+07:00") =>
  extract(article(text, lang, publishedAt)).meetings.map((m) => ({
    participants: m.participants,
    location: m.location,
    date: m.date,
    status: m.status,
  }));

describe("meetings", () => {
  it("reads a meeting and a visit (a visit is a meeting with the country visited)", () => {
    expect(
      meetings("Presiden Joko Widodo bertemu Perdana Menteri Jepang Fumio Kishida di Tokyo, Senin (16/10/2023).", "id"),
    ).toEqual([
      {
        participants: ["Joko Widodo", "Fumio Kishida"],
        location: { country: "JP", city: "Tokyo" },
        date: "2023-10-16",
        status: "occurred",
      },
    ]);
    expect(meetings("Kanselir Jerman Olaf Scholz berkunjung ke Beijing bulan lalu.", "id")).toEqual([
      {
        participants: ["Olaf Scholz", "CN"],
        location: { country: "CN", city: "Beijing" },
        date: "2023-09",
        status: "occurred",
      },
    ]);
  });

  it("tells planned, cancelled and ongoing meetings from ones that took place", () => {
    expect(meetings("Xi Jinping will visit Moscow next month.", "en")[0]).toMatchObject({
      participants: ["Xi Jinping", "RU"],
      status: "planned",
      date: "2023-11",
    });
    expect(meetings("Menlu Retno Marsudi diperkirakan tiba di Seoul pada hari Kamis.", "id")[0]).toMatchObject({
      status: "planned",
      date: "2023-10-19",
    });
    expect(meetings("Rencana kunjungan Presiden Yoon Suk Yeol ke Tokyo dibatalkan.", "id")[0]).toMatchObject({
      participants: ["Yoon Suk Yeol", "JP"],
      status: "cancelled",
    });
    expect(meetings("Antony Blinken arrived in Kyiv on Tuesday for a two-day visit.", "en")[0]).toMatchObject({
      participants: ["Antony Blinken", "UA"],
      status: "ongoing",
      date: "2023-10-17",
    });
    expect(meetings("Antony Blinken arrived in Kyiv on Monday.", "en")[0]).toMatchObject({
      status: "occurred",
      date: "2023-10-16",
    });
  });

  it("merges the mentions of one meeting across sentences", () => {
    const text =
      "Kim Jong Un met Vladimir Putin at the Vostochny Cosmodrome on Wednesday. The summit between Kim and Putin lasted five hours. Kim later held talks with Putin over lunch.";
    expect(meetings(text, "en", "2023-09-14")).toEqual([
      {
        participants: ["Kim Jong Un", "Vladimir Putin"],
        location: { country: "RU", city: "Vostochny" },
        date: "2023-09-13",
        status: "occurred",
      },
    ]);
  });

  it("keeps apart two meetings of the same leaders at different times and places", () => {
    const text =
      "Putin tiba di Pyongyang pada Selasa untuk bertemu Kim Jong Un. Keduanya terakhir bertemu di Vladivostok pada September 2023. Kim juga diundang ke Moskow.";
    expect(meetings(text, "id", "2024-06-19")).toEqual([
      {
        participants: ["Vladimir Putin", "Kim Jong Un"],
        location: { country: "KP", city: "Pyongyang" },
        date: "2024-06-18",
        status: "occurred",
      },
      {
        participants: ["Vladimir Putin", "Kim Jong Un"],
        location: { country: "RU", city: "Vladivostok" },
        date: "2023-09",
        status: "occurred",
      },
      {
        participants: ["Kim Jong Un", "RU"],
        location: { country: "RU", city: "Moscow" },
        date: null,
        status: "planned",
      },
    ]);
  });

  it("reads invitations as planned visits", () => {
    expect(meetings("Xi Jinping invited Lula to visit Beijing.", "en")).toEqual([
      {
        participants: ["Luiz Inacio Lula da Silva", "CN"],
        location: { country: "CN", city: "Beijing" },
        date: null,
        status: "planned",
      },
    ]);
  });

  it("does not make a meeting of one person, of a domestic trip or of 'met with criticism'", () => {
    expect(meetings("The decision was met with criticism in Seoul.", "en")).toEqual([]);
    expect(meetings("Vladimir Putin returned to Moscow on Friday after visiting the region.", "en")).toEqual([]);
    expect(meetings("Putin tiba di Moskow.", "id")).toEqual([]);
  });

  it("dates a meeting from a later sentence that points back to it ('Pertemuan itu', 'The talks')", () => {
    const text =
      "Presiden Joko Widodo bertemu Perdana Menteri Jepang Fumio Kishida di Tokyo. Pertemuan itu berlangsung sekitar satu jam pada Senin (16/10/2023).";
    expect(meetings(text, "id")[0]).toMatchObject({
      participants: ["Joko Widodo", "Fumio Kishida"],
      date: "2023-10-16",
    });
  });

  it("reads 'the two leaders' holding talks as the two persons named before", () => {
    const text =
      "Xi Jinping memuji Joko Widodo atas dukungannya. Pembicaraan yang diadakan kedua pemimpin itu berlangsung di Beijing.";
    expect(meetings(text, "id")).toEqual([
      {
        participants: ["Xi Jinping", "Joko Widodo"],
        location: { country: "CN", city: "Beijing" },
        date: "2023-10",
        status: "occurred",
      },
    ]);
  });

  it("keeps a visitor's meetings with different hosts apart", () => {
    const text =
      "Kim Jong Un met Vladimir Putin in Vladivostok on Wednesday. During the same trip, Kim also met Sergei Shoigu.";
    expect(meetings(text, "en", "2023-09-15").map((m) => m.participants)).toEqual([
      ["Kim Jong Un", "Vladimir Putin"],
      ["Kim Jong Un", "Sergei Shoigu"],
    ]);
  });

  it("dates an undated meeting from a neighbouring sentence about its people, else by the article's month", () => {
    const text =
      "Vladimir Putin on Wednesday signed a treaty with Kim Jong Un. It was the fruit of a summit between Putin and Kim in Pyongyang.";
    expect(meetings(text, "en", "2024-06-20")[0]).toMatchObject({
      participants: ["Vladimir Putin", "Kim Jong Un"],
      date: "2024-06-19",
    });
    expect(meetings("Joko Widodo held talks with Fumio Kishida in Tokyo.", "en")[0]).toMatchObject({
      date: "2023-10",
      status: "occurred",
    });
    // A plan without a date stays undated: the article's month says nothing of when it will be.
    expect(meetings("Joko Widodo will hold talks with Fumio Kishida in Tokyo.", "en")[0]).toMatchObject({
      date: null,
      status: "planned",
    });
  });

  it("lets a day in a neighbouring sentence refine a meeting dated only by its week ('this week')", () => {
    const text =
      "Russian Defence Minister Sergei Shoigu arrived in Pyongyang this week. On Thursday, July 27, 2023, Shoigu toured an arms exhibition with the leader, state media said.";
    expect(meetings(text, "en", "2023-07-28")[0]).toMatchObject({
      participants: ["Sergei Shoigu", "KP"],
      date: "2023-07-27",
      status: "occurred",
    });
  });

  it("reads a meeting in a month marked as past ('November lalu') as held, even beside a plan word", () => {
    const text =
      "Lawatan itu diharapkan melanjutkan pertemuan Presiden Prabowo Subianto dan Presiden Xi Jinping di Beijing pada November lalu.";
    expect(meetings(text, "id", "2025-02-04")).toContainEqual(
      expect.objectContaining({
        participants: ["Prabowo Subianto", "Xi Jinping"],
        date: "2024-11",
        status: "occurred",
      }),
    );
  });

  it("reads the guest of an invitation: the pronoun after the verb, the subject who accepts it", () => {
    const text =
      "Presiden Rusia Vladimir Putin berterima kasih kepada Kim Jong Un dan mengundangnya untuk mengunjungi Moskow.";
    expect(meetings(text, "id")).toEqual([
      {
        participants: ["Kim Jong Un", "RU"],
        location: { country: "RU", city: "Moscow" },
        date: null,
        status: "planned",
      },
    ]);
    expect(meetings("Vladimir Putin accepted Kim Jong Un's invitation to visit North Korea.", "en")).toEqual([
      {
        participants: ["Vladimir Putin", "KP"],
        location: { country: "KP", city: null },
        date: null,
        status: "planned",
      },
    ]);
  });

  it("lets a host receive a guest introduced by a long role, and no one when no guest is named", () => {
    const text =
      "Prabowo Subianto menyambut rombongan Menteri Pertahanan sekaligus Wakil Perdana Menteri Australia Richard Marles di Magelang.";
    expect(meetings(text, "id").map((m) => m.participants)).toEqual([["Prabowo Subianto", "Richard Marles"]]);
    const welcomed = "Joko Widodo bertemu Fumio Kishida pada Senin (16/10/2023). Jokowi menerima sambutan meriah.";
    expect(meetings(welcomed, "id")).toEqual([
      {
        participants: ["Joko Widodo", "Fumio Kishida"],
        location: { country: null, city: null },
        date: "2023-10-16",
        status: "occurred",
      },
    ]);
  });

  it("reads a bare visit noun ('during the trip') as the visit already told, dated on its side of the article", () => {
    const text =
      "Antony Blinken will travel to Beijing. Blinken is expected to meet Qin Gang during the trip, which begins on Sunday.";
    expect(meetings(text, "en", "2023-06-14")).toEqual([
      {
        participants: ["Antony Blinken", "Qin Gang"],
        location: { country: "CN", city: "Beijing" },
        date: "2023-06-18",
        status: "planned",
      },
    ]);
  });

  it("hears a plan word anywhere between the subject and its verb, within the clause", () => {
    expect(meetings("Olaf Scholz wird nächste Woche in Peking Xi Jinping treffen.", "de")[0]).toMatchObject({
      participants: ["Olaf Scholz", "Xi Jinping"],
      location: { country: "CN", city: "Beijing" },
      status: "planned",
    });
    // A comma closes the clause: the plan belongs to the relative clause, the meeting took place.
    expect(
      meetings("Antony Blinken, who will fly home to Washington later, met Qin Gang on Monday.", "en")[0],
    ).toMatchObject({ status: "occurred", date: "2023-10-16" });
  });

  it("reads meetings in the phrasing of each language", () => {
    const pairs = (text: string, lang: string) => meetings(text, lang).map((m) => m.participants);
    expect(pairs("Jake Sullivan held discussions with Wang Yi in Bangkok.", "en")).toEqual([
      ["Jake Sullivan", "Wang Yi"],
    ]);
    expect(pairs("Presiden Vladimir Putin disambut oleh Kim Jong Un di bandara Pyongyang.", "id")).toEqual([
      ["Vladimir Putin", "Kim Jong Un"],
    ]);
    expect(pairs("Annalena Baerbock beriet in Kiew mit Dmytro Kuleba.", "de")).toEqual([
      ["Annalena Baerbock", "Dmytro Kuleba"],
    ]);
    expect(pairs("Pedro Sánchez mantuvo conversaciones con Xi Jinping en Pekín.", "es")).toEqual([
      ["Pedro Sanchez", "Xi Jinping"],
    ]);
  });

  it("reads leaders who sign together as meeting: a joint subject, or a partner after 'with'", () => {
    const pairs = (text: string, lang: string) => meetings(text, lang).map((m) => m.participants);
    expect(
      pairs("Presiden Joko Widodo dan Perdana Menteri Jepang Fumio Kishida menandatangani perjanjian di Tokyo.", "id"),
    ).toEqual([["Joko Widodo", "Fumio Kishida"]]);
    expect(
      pairs("El tratado que Xi Jinping firmó en marzo con el presidente ruso, Vladímir Putin, entró en vigor.", "es"),
    ).toEqual([["Xi Jinping", "Vladimir Putin"]]);
    // One signer and a person who reports it do not meet.
    expect(pairs("Vladimir Putin signed the decree on Monday, Volodymyr Zelensky said.", "en")).toEqual([]);
  });

  it("reads every joint subject of a visit: together they meet; travelling to a place, each visits it", () => {
    expect(
      meetings("Kim Jong Un and Sergei Shoigu visited an arms exhibition.", "en").map((m) => m.participants),
    ).toEqual([["Kim Jong Un", "Sergei Shoigu"]]);
    expect(
      meetings("Sergei Shoigu dan delegasi China tiba di Pyongyang pada Selasa.", "id").map((m) => m.participants),
    ).toEqual([
      ["Sergei Shoigu", "KP"],
      ["KP", "CN"],
    ]);
  });

  it("reads the summoning of an envoy as a meeting with the summoning state, in that state", () => {
    expect(meetings("Pemerintah Jepang memanggil duta besar Rusia pada Senin (16/10/2023).", "id")).toEqual([
      { participants: ["RU", "JP"], location: { country: "JP", city: null }, date: "2023-10-16", status: "occurred" },
    ]);
    expect(meetings("Germany summoned the Russian ambassador on Monday.", "en")[0]).toMatchObject({
      participants: ["RU", "DE"],
      location: { country: "DE", city: null },
    });
    expect(meetings("Sergey Lavrov was summoned to the French foreign ministry.", "en")[0]).toMatchObject({
      participants: ["Sergey Lavrov", "FR"],
    });
    // An envoy told by role alone, summoned with no agent named.
    expect(meetings("The Russian ambassador was summoned to the Foreign Office on Monday.", "en")[0]).toMatchObject({
      participants: ["RU", "GB"],
    });
    expect(meetings("Der russische Botschafter wurde ins Auswärtige Amt einbestellt.", "de")[0]).toMatchObject({
      participants: ["RU", "DE"],
    });
  });

  it("reads a summit between a bare role and a named leader ('the North Korean leader and Russian President …')", () => {
    const cases: Array<[string, string]> = [
      [
        "North Korean leader Kim Jong Un received the minister. The visit builds on the talks between the North Korean leader and the Russian President Vladimir Putin in Vostochny on Sept. 13.",
        "en",
      ],
      [
        "Pemimpin Korea Utara Kim Jong Un menerima menteri itu. Kunjungan itu menyusul pertemuan puncak antara pemimpin Korea Utara itu dan Presiden Rusia Vladimir Putin pada 13 September.",
        "id",
      ],
      [
        "El líder norcoreano Kim Jong Un recibió al ministro. La visita sigue a la cumbre entre el líder norcoreano y el presidente ruso Vladímir Putin del 13 de septiembre.",
        "es",
      ],
    ];
    for (const [text, lang] of cases)
      expect(meetings(text, lang, "2023-10-19")).toContainEqual(
        expect.objectContaining({ participants: ["Kim Jong Un", "Vladimir Putin"], date: "2023-09-13" }),
      );
  });

  it("names an envoy summoned by role alone when the article names that state's one ambassador", () => {
    const en =
      "Germany summoned the Russian ambassador on Friday over the hacking campaign. The foreign ministry handed Russian Ambassador Sergey Nechayev a formal protest.";
    expect(meetings(en, "en", "2024-05-04")[0]).toMatchObject({
      participants: ["Sergey Nechayev", "DE"],
      location: { country: "DE", city: null },
      date: "2024-05-03",
    });
    const id =
      "Jerman memanggil duta besar Rusia pada Jumat (3/5/2024) terkait serangan siber. Kementerian Luar Negeri Jerman menyampaikan protes kepada Duta Besar Rusia Sergey Nechayev.";
    expect(meetings(id, "id", "2024-05-04")[0]).toMatchObject({ participants: ["Sergey Nechayev", "DE"] });
  });

  it("does not date a meeting by a 'since' clause, and lets 'Pertemuan ini' describe the meeting of its own tense", () => {
    const text =
      "Menlu Retno Marsudi bertemu Menlu Jepang Yoko Kamikawa. Keduanya membahas rencana kunjungan Presiden Joko Widodo ke Tokyo. " +
      "Pertemuan ini berlangsung di Jakarta pada Senin (16/10/2023). " +
      "Itu adalah pertemuan pertama antara Retno Marsudi dan Yoko Kamikawa sejak Kamikawa dilantik pada September 2023.";
    const held = meetings(text, "id").filter((m) => m.status === "occurred");
    expect(held).toEqual([
      expect.objectContaining({ date: "2023-10-16", location: { country: "ID", city: "Jakarta" } }),
    ]);
  });

  it("reads a stay abroad told right beside the one staying ('is in', 'berada di') as a visit going on", () => {
    expect(
      meetings("A high-ranking Chinese delegation is in Pyongyang for the anniversary of the 1953 armistice.", "en"),
    ).toEqual([
      {
        participants: ["KP", "CN"],
        location: { country: "KP", city: "Pyongyang" },
        date: "2023-10",
        status: "ongoing",
      },
    ]);
    expect(meetings("Menlu Rusia Sergey Lavrov sedang berada di Pyongyang.", "id")[0]).toMatchObject({
      participants: ["Sergey Lavrov", "KP"],
      status: "ongoing",
    });
    expect(meetings("Vladimir Putin said the ball is in Kyiv's court.", "en")).toEqual([]);
  });

  it("keeps an encounter of a given day done when the visit's undated stay joins it, in either order", () => {
    const tour = "Kim Jong Un met Russian Defence Minister Sergei Shoigu on Wednesday.";
    const stay = "The Russian minister is in Pyongyang for the anniversary.";
    for (const text of [`${tour} ${stay}`, `${stay} ${tour}`])
      expect(meetings(text, "en", "2023-07-27")).toEqual([
        expect.objectContaining({
          participants: expect.arrayContaining(["Sergei Shoigu", "Kim Jong Un"]),
          date: "2023-07-26",
          status: "occurred",
        }),
      ]);
  });

  it("joins a host met during a visit to the visit (the host country stays in its countries)", () => {
    const text =
      "Sergey Lavrov tiba di Pyongyang pada Rabu (18/10/2023). Dalam resepsi malam itu, Menlu Korea Utara Choe Son Hui memuji hubungan kedua negara.";
    expect(meetings(text, "id", "2023-10-19")).toEqual([
      {
        participants: ["Sergey Lavrov", "Choe Son Hui"],
        location: { country: "KP", city: "Pyongyang" },
        date: "2023-10-18",
        status: "occurred",
      },
    ]);
  });

  it("sends a visit to 'the reclusive country' to the state the article is about, and dates 'for a two-day visit' as its plan", () => {
    const text =
      "North Korea has tested another missile. Russia and North Korea deny any arms deal, and North Korea says it will not talk to Washington. " +
      "Sergey Lavrov is set to arrive in the reclusive country for a two-day visit on Wednesday.";
    expect(meetings(text, "en", "2023-10-17")).toEqual([
      {
        participants: ["Sergey Lavrov", "KP"],
        location: { country: "KP", city: null },
        date: "2023-10-18",
        status: "planned",
      },
    ]);
  });

  it("splits bilateral meetings with a list of guests into one meeting each", () => {
    const pairs = (text: string, lang: string) => meetings(text, lang).map((m) => m.participants);
    expect(
      pairs(
        "Menlu Retno Marsudi mengadakan pertemuan bilateral dengan Menlu Jepang Yoko Kamikawa dan Menlu China Wang Yi di Jakarta.",
        "id",
      ),
    ).toEqual([
      ["Retno Marsudi", "Yoko Kamikawa"],
      ["Retno Marsudi", "Wang Yi"],
    ]);
    // Without "bilateral" it is one meeting of three.
    expect(pairs("Retno Marsudi met Yoko Kamikawa and Wang Yi in Jakarta.", "en")).toEqual([
      ["Retno Marsudi", "Yoko Kamikawa", "Wang Yi"],
    ]);
  });
});

describe("meetings: a host verb reaches its guest over a long title", () => {
  // A ministry after a genitive ("des Affaires étrangères", "de Asuntos Exteriores") is part of the guest's title.
  it("takes the guest after a title joined to its ministry (fr, es, pt, it)", () => {
    expect(
      meetings(
        "Le président Emmanuel Macron a reçu lundi le ministre chinois des Affaires étrangères Wang Yi à Paris.",
        "fr",
      )[0],
    ).toMatchObject({
      participants: ["Emmanuel Macron", "Wang Yi"],
    });
    expect(
      meetings(
        "El presidente Pedro Sánchez recibió en Madrid al ministro de Asuntos Exteriores de China, Wang Yi.",
        "es",
      )[0],
    ).toMatchObject({
      participants: ["Pedro Sanchez", "Wang Yi"],
    });
    expect(
      meetings("O presidente Lula recebeu ontem o ministro dos Negócios Estrangeiros da China, Wang Yi.", "pt")[0],
    ).toMatchObject({
      participants: ["Luiz Inacio Lula da Silva", "Wang Yi"],
    });
    expect(
      meetings(
        "Il presidente Sergio Mattarella ha ricevuto ieri il ministro degli Affari Esteri della Cina Wang Yi.",
        "it",
      )[0],
    ).toMatchObject({
      participants: ["Sergio Mattarella", "Wang Yi"],
    });
  });

  it("does not take a person far after a plain 'of' phrase as a guest", () => {
    expect(
      meetings("President Emmanuel Macron welcomed the decision of the American President Joe Biden.", "en"),
    ).toEqual([]);
  });
});

describe("meetings: leaders who sign together, in every pack", () => {
  const pairs = (text: string, lang: string) => meetings(text, lang).map((m) => m.participants);

  it("reads the 'with' partner standing before the sign verb (German verb-final, Spanish)", () => {
    expect(
      pairs(
        "Bundeskanzler Olaf Scholz hat am Montag mit dem indischen Premierminister Narendra Modi in Berlin ein Abkommen unterzeichnet.",
        "de",
      ),
    ).toEqual([["Olaf Scholz", "Narendra Modi"]]);
    expect(
      pairs("El presidente Pedro Sánchez con el primer ministro Narendra Modi firmó un acuerdo comercial.", "es"),
    ).toEqual([["Pedro Sanchez", "Narendra Modi"]]);
  });

  it("reads a signing with a partner in fr, pt, pl and ru", () => {
    expect(pairs("Emmanuel Macron a signé avec Narendra Modi un accord de défense.", "fr")).toEqual([
      ["Emmanuel Macron", "Narendra Modi"],
    ]);
    expect(pairs("Lula assinou com Xi Jinping um acordo comercial.", "pt")).toEqual([
      ["Luiz Inacio Lula da Silva", "Xi Jinping"],
    ]);
    expect(pairs("Andrzej Duda podpisał z Joe Bidenem umowę o współpracy.", "pl")).toEqual([
      ["Andrzej Duda", "Joe Biden"],
    ]);
    expect(pairs("Владимир Путин подписал с Ким Чен Ыном договор о партнёрстве.", "ru")).toEqual([
      ["Vladimir Putin", "Kim Jong Un"],
    ]);
  });
});

describe("meetings: a phone call is not a meeting", () => {
  it("drops a talk or host word right beside a phone word, in several packs", () => {
    expect(meetings("President Emmanuel Macron received a phone call from Vladimir Putin on Tuesday.", "en")).toEqual(
      [],
    );
    expect(meetings("Joe Biden held phone talks with Xi Jinping on Monday.", "en")).toEqual([]);
    expect(meetings("Pedro Sánchez mantuvo una conversación telefónica con Joe Biden.", "es")).toEqual([]);
    expect(
      meetings("Presiden Joko Widodo melakukan pembicaraan melalui telepon dengan Presiden Xi Jinping.", "id"),
    ).toEqual([]);
    expect(meetings("Emmanuel Macron a eu un entretien téléphonique avec Joe Biden.", "fr")).toEqual([]);
  });

  it("keeps a meeting told in the same sentence as an earlier call", () => {
    expect(
      meetings("Joe Biden met Xi Jinping in Jakarta, weeks after a phone call.", "en").map((m) => m.participants),
    ).toEqual([["Joe Biden", "Xi Jinping"]]);
  });
});

describe("meetings: a courtesy call is a meeting in person", () => {
  it("reads the caller and the person called on (en, id)", () => {
    expect(
      meetings("Ajit Doval paid a courtesy call on Chinese vice-president Han Zheng in Beijing.", "en").map(
        (m) => m.participants,
      ),
    ).toEqual([["Ajit Doval", "Han Zheng"]]);
    expect(
      meetings(
        "Menteri Luar Negeri Retno Marsudi melakukan kunjungan kehormatan kepada Presiden Filipina Ferdinand Marcos Jr di Manila.",
        "id",
      ).map((m) => m.participants),
    ).toEqual([["Retno Marsudi", "Ferdinand Marcos Jr."]]);
  });

  it("reads 'expected to meet' after an arrival as a plan: the 'to' of a plan word is not a trip's purpose", () => {
    const cases: Array<[string, string]> = [
      [
        "Russian Foreign Minister Sergey Lavrov, who arrived on Monday, is expected to meet President Xi Jinping.",
        "en",
      ],
      [
        "Menteri Luar Negeri Rusia Sergey Lavrov, yang tiba pada Senin, dijadwalkan untuk bertemu Presiden Xi Jinping.",
        "id",
      ],
    ];
    for (const [text, lang] of cases)
      expect(meetings(text, lang, "2025-04-01")).toContainEqual(
        expect.objectContaining({ participants: ["Sergey Lavrov", "Xi Jinping"], status: "planned", date: null }),
      );
    // A trip's purpose still joins the visit: "arrived … to meet" is one meeting, held.
    expect(
      meetings("Sergey Lavrov arrived in Beijing on Monday to meet President Xi Jinping.", "en", "2025-04-01"),
    ).toEqual([
      expect.objectContaining({
        participants: ["Sergey Lavrov", "Xi Jinping"],
        status: "occurred",
        date: "2025-03-31",
      }),
    ]);
  });

  it("reads 'called on' a person as a visit, and as an urging when 'to'/'for' follows", () => {
    expect(
      meetings(
        "Chinese Foreign Minister Wang Yi called on Pakistani Prime Minister Shehbaz Sharif in Islamabad.",
        "en",
      ).map((m) => m.participants),
    ).toEqual([["Wang Yi", "Shehbaz Sharif"]]);
    expect(
      meetings("President Joe Biden called on Russian President Vladimir Putin to withdraw his troops.", "en"),
    ).toEqual([]);
    expect(meetings("Antonio Guterres called on Israel and Hamas for an immediate ceasefire.", "en")).toEqual([]);
  });
});

describe("a meeting denied", () => {
  it.each([
    ["en", "Putin did not meet Zelensky."],
    ["en", "Russia does not intend to hold talks with Ukraine."],
    ["ru", "Москва не намерена вести переговоры с Киевом."],
    ["id", "Prabowo tidak bertemu Putin."],
    ["pt", "O presidente chinês, Xi Jinping, não viajou ao Brasil."],
  ])("%s: %s is none", (lang, text) => {
    expect(meetings(text, lang)).toEqual([]);
  });
});

describe("a place after a verb of discussing", () => {
  it("is the topic of the meeting, not where it is held", () => {
    expect(meetings("Sugiono bertemu dengan Penny Wong untuk membahas situasi di Myanmar.", "id")[0].location).toEqual({
      country: null,
      city: null,
    });
    expect(
      meetings("Sugiono met Penny Wong in Jakarta to discuss the situation in Myanmar.", "en")[0].location,
    ).toEqual({
      country: "ID",
      city: "Jakarta",
    });
  });
});

describe("a host's guest introduced by a title with a genitive article ('le chef de la diplomatie russe')", () => {
  it("is met, past a day and a place", () => {
    expect(
      meetings("Nicolás Maduro recevra lundi à Caracas le chef de la diplomatie russe Sergueï Lavrov.", "fr")[0],
    ).toMatchObject({ participants: ["Nicolas Maduro", "Sergey Lavrov"], status: "planned" });
  });
});

describe("a verb-final clause that names the place before its verb", () => {
  it("is a visit to that place", () => {
    expect(
      meetings("Außenministerin Annalena Baerbock ist am Dienstag in Kiew eingetroffen.", "de", "2023-11-15T08:00:00Z"),
    ).toEqual([
      {
        participants: ["Annalena Baerbock", "UA"],
        location: { country: "UA", city: "Kyiv" },
        date: "2023-11-14",
        status: "occurred",
      },
    ]);
  });
});

describe("a meeting noun cancelled past a long relative clause", () => {
  it("is cancelled", () => {
    expect(
      meetings(
        "Pertemuan Prabowo dengan Perdana Menteri India Narendra Modi yang semula dijadwalkan Kamis (16/1/2025) batal karena alasan teknis.",
        "id",
      )[0].status,
    ).toBe("cancelled");
  });
});

describe("cities where summits are held away from the capitals", () => {
  it.each([
    ["en", "Prabowo Subianto attended the BRICS summit in Rio de Janeiro on Sunday.", "BR"],
    ["de", "Olaf Scholz traf Wang Yi am Rande der Sicherheitskonferenz in München.", "DE"],
  ])("%s: %s", (lang, text, country) => {
    const [meeting] = extract(article(text, lang, "2025-07-07T08:00:00Z")).meetings;
    expect(meeting?.location?.country).toBe(country);
  });
});
