import { extract } from "../../../src/extraction/extract";
import { article } from "./fixtures";

/** Who speaks: speaker resolution across names, insertions and headlines, with sentences of our own. */
const who = (text: string, lang: string) =>
  extract(article(text, lang)).statements.map((s) => `${s.speaker}:${s.stance}`);

describe("statement speakers", () => {
  it("reads a later family name as the person last named in full with it, not a gazetteer namesake", () => {
    const en =
      "Kim Jong Un sent engineers to Russia in the spring. Vice foreign minister Kim Tae-ho summoned the Russian ambassador on Monday. " +
      "Kim said the military cooperation between the two countries violated Security Council resolutions.";
    expect(who(en, "en")).toEqual(["Kim Tae-ho:accuse"]);
    const id =
      "Kim Jong Un mengirim insinyur ke Rusia pada musim semi. Wakil menteri luar negeri Kim Tae-ho memanggil duta besar Rusia pada hari Senin. " +
      "Kim mengatakan kerja sama militer kedua negara melanggar resolusi Dewan Keamanan.";
    expect(who(id, "id")).toEqual(["Kim Tae-ho:accuse"]);
  });

  it("reads a name closing an insertion as the subject across an adverb after its comma", () => {
    const id =
      "Juru bicara Kremlin, Dmitry Peskov, juga mengatakan bahwa Moskow akan terus mengembangkan kerja sama dengan Pyongyang.";
    expect(who(id, "id")).toEqual(["Dmitry Peskov:support"]);
  });

  it("reads a person set beside their role by commas as the subject of a verb after a comma, not the state after it", () => {
    expect(
      who(
        "Mao Ning, a spokesperson for China's foreign ministry, said Beijing was ready to work with New Delhi.",
        "en",
      ),
    ).toEqual(["Mao Ning:support"]);
    expect(
      who(
        "A spokesperson for China's foreign ministry, Mao Ning, said Beijing was ready to work with New Delhi.",
        "en",
      ),
    ).toEqual(["Mao Ning:support"]);
    // A person who is not the subject stays what was said: the one named after the verb speaks.
    expect(who("Putin thanked Kim, the North Korean leader, said Peskov.", "en")).toContain("Dmitry Peskov:assert");
  });

  it("reads a government noun before a place as that state's government ('the foreign ministry in Tehran')", () => {
    expect(who("The foreign ministry in Tehran condemned the sanctions as illegal.", "en")).toEqual(["IR:accuse"]);
    expect(who("Pejabat di Moskow mengatakan pembicaraan itu bermanfaat.", "id")).toEqual(["RU:assert"]);
    // Experts are no government: the place is where they are.
    expect(who("Experts in Seoul said the launch was a test.", "en")).toEqual([]);
    // An embassy owned by a state is that state's, wherever it stands.
    expect(who("China's embassy in Washington said Beijing opposed the move.", "en")).toEqual(["CN:assert"]);
  });

  it("reads a seat of government right before a verb of saying as its government speaking", () => {
    expect(who("В Кремле назвали решение незаконным.", "ru")).toEqual(["RU:accuse"]);
    expect(who("В Белом доме заявили, что решение незаконно.", "ru")).toEqual(["US:accuse"]);
    // Not a seat where a person speaks.
    expect(who("Putin, speaking in the Kremlin, said the decision was illegal.", "en")).toEqual([
      "Vladimir Putin:accuse",
    ]);
  });

  it("reads a state's pronoun before the verb as the state the sentence opens with", () => {
    expect(
      who("The United States slapped sanctions on Hong Kong entities it said helped Iran's drone program.", "en"),
    ).toEqual(["US:assert"]);
  });

  it("reads rejecting a statement as a denial, and a foreign office as its government", () => {
    expect(who("Pakistan's foreign office rejected remarks by India's defence minister.", "en")).toEqual(["PK:deny"]);
    expect(who("Kementerian Luar Negeri Pakistan menolak pernyataan Menteri Pertahanan India.", "id")).toEqual([
      "PK:deny",
    ]);
  });

  it("drops a headline that retells what a speaker of the story says", () => {
    const en =
      "Kremlin denies buying shells from Pyongyang\n\nShoigu visited an arms fair in Pyongyang last week. The Kremlin on Monday denied that Russia had bought artillery shells from North Korea.";
    expect(who(en, "en")).toEqual(["RU:deny"]);
    const id =
      "Kremlin bantah beli peluru dari Pyongyang\n\nShoigu mengunjungi pameran senjata di Pyongyang pekan lalu. Kremlin pada Senin membantah bahwa Rusia membeli peluru artileri dari Korea Utara.";
    expect(who(id, "id")).toEqual(["RU:deny"]);
  });

  it("does not take a state named after 'that' as the speaker of a verb after a comma", () => {
    const en =
      "The E3, whose ministers called Marco Rubio on Thursday, said they expected that Iran would come back to talks.";
    expect(who(en, "en")).toEqual(["GB:assert", "FR:assert", "DE:assert"]);
  });

  it("reads every subject of a list across an abbreviation's period and an article after a comma", () => {
    const all = ["EU:accuse", "US:accuse", "KR:accuse"];
    expect(
      who("The EU, U.S., South Korea and other governments have accused North Korea of sending arms to Russia.", "en"),
    ).toEqual(all);
    expect(
      who(
        "The EU, the United States, South Korea and other governments have accused North Korea of sending arms to Russia.",
        "en",
      ),
    ).toEqual(all);
    expect(
      who("Die EU, die USA, Südkorea und andere Staaten werfen Nordkorea vor, Waffen an Russland zu liefern.", "de"),
    ).toEqual(all);
  });

  it("reads subjects joined by 'as well as', 'baik … maupun', 'ainsi que'", () => {
    expect(who("Russia as well as North Korea denied the report.", "en")).toEqual(["RU:deny", "KP:deny"]);
    expect(who("Baik Rusia maupun Korea Utara membantah tuduhan tersebut.", "id")).toEqual(["RU:deny", "KP:deny"]);
    expect(who("La Russie ainsi que la Corée du Nord ont démenti ces informations.", "fr")).toEqual([
      "RU:deny",
      "KP:deny",
    ]);
  });

  it("gives a verb of a purpose clause to the clause's subject, not to the envoy summoned", () => {
    expect(who("London summoned Russia's ambassador on Monday to condemn the attack on the embassy.", "en")).toEqual([
      "GB:accuse",
    ]);
    expect(who("Seoul memanggil duta besar Rusia pada Selasa untuk mengkritik keputusan Pyongyang.", "id")).toEqual([
      "KR:accuse",
    ]);
    // A protest lodged accuses.
    expect(who("Filipina memanggil Duta Besar Jepang untuk menyampaikan protes atas insiden di laut.", "id")).toEqual([
      "PH:accuse",
    ]);
  });

  it("reads a quotation whose paragraph ends without a closing mark as the previous speaker's words", () => {
    const en =
      'Lavrov condemned the new sanctions on Monday.\n\n"Russia will keep developing closer ties with its neighbour in every field.';
    expect(who(en, "en")).toEqual(["Sergey Lavrov:accuse", "Sergey Lavrov:support"]);
    const ru = 'Песков осудил новые санкции.\n\n"Россия будет и дальше развивать отношения с соседом во всех областях.';
    expect(who(ru, "ru")).toEqual(["Dmitry Peskov:accuse", "Dmitry Peskov:support"]);
  });

  it("drops a claim noun that only names a statement told elsewhere in the story", () => {
    const id =
      "Putin membahas kerja sama militer dengan Kim, yang kemudian mendapatkan peringatan dari Amerika Serikat. " +
      "Lavrov tiba di Pyongyang pekan lalu. AS memperingatkan bahwa bantuan Rusia kepada Korea Utara akan melanggar resolusi PBB.";
    expect(who(id, "id")).toEqual(["US:warn"]);
    const en =
      "The talks drew a warning from the United States. Lavrov arrived in Pyongyang last week. " +
      "Washington warned that any Russian help to North Korea would violate UN resolutions.";
    expect(who(en, "en")).toEqual(["US:warn"]);
  });

  it("reads a pronoun as the person its own sentence opens with, not the speaker of the sentence before", () => {
    const en =
      "Antony Blinken said the talks with Beijing would go on next month. " +
      "President Joe Biden imposed visa bans on Nicaraguan judges after the vote, which he also condemned as rigged.";
    expect(who(en, "en")).toEqual(["Antony Blinken:assert", "Joe Biden:accuse"]);
    const id =
      "Menteri Luar Negeri Retno Marsudi mengatakan pembicaraan dengan Beijing akan berlanjut bulan depan. " +
      "Presiden Joko Widodo menunda kunjungan ke Myanmar setelah kudeta, dan ia mengecam junta dengan keras.";
    expect(who(id, "id")).toEqual(["Retno Marsudi:assert", "Joko Widodo:accuse"]);
    const de =
      "Außenministerin Annalena Baerbock sagte, die Gespräche mit Peking gingen im nächsten Monat weiter. " +
      "Bundeskanzler Olaf Scholz verschob nach dem Putsch seine Reise nach Niger, den er scharf verurteilte.";
    expect(who(de, "de")).toEqual(["Annalena Baerbock:assert", "Olaf Scholz:accuse"]);
  });

  it("keeps a person after an opening clause from answering for the pronoun", () => {
    const en =
      "Antony Blinken said the talks with Beijing would go on next month. " +
      "Asked about Wang Yi, he said the two had spoken by phone.";
    expect(who(en, "en")).toEqual(["Antony Blinken:assert"]);
  });

  it("reads a participle of a stance verb as a statement of the party its sentence opens with", () => {
    expect(who("Yoko Kamikawa reacted quickly, condemning the launch by North Korea.", "en")).toEqual([
      "Yoko Kamikawa:accuse",
    ]);
    expect(
      who(
        "Turkey held back its approval of the Swedish bid to join NATO, accusing Stockholm of sheltering militants.",
        "en",
      ),
    ).toEqual(["TR:accuse"]);
    expect(who("Yoko Kamikawa a vite réagi, critiquant le tir de la Corée du Nord.", "fr")).toEqual([
      "Yoko Kamikawa:accuse",
    ]);
    expect(who("Yoko Kamikawa reaccionó pronto, criticando el lanzamiento de Corea del Norte.", "es")).toEqual([
      "Yoko Kamikawa:accuse",
    ]);
    expect(who("Sergej Lavrov ha reagito subito, criticando le sanzioni dell'Unione europea.", "it")).toEqual([
      "Sergey Lavrov:accuse",
    ]);
    expect(who("Sergei Lavrov reagiu logo, negando qualquer envio de armas para Pyongyang.", "pt")).toEqual([
      "Sergey Lavrov:deny",
    ]);
    expect(who("Siergiej Ławrow szybko zareagował, krytykując sankcje Unii Europejskiej.", "pl")).toEqual([
      "Sergey Lavrov:accuse",
    ]);
    expect(who("Сергей Лавров быстро отреагировал, критикуя санкции Евросоюза.", "ru")).toEqual([
      "Sergey Lavrov:accuse",
    ]);
  });

  it("reads verbs of going on after a quotation, a Spanish subjunctive of saying, and Italian 'garantito'", () => {
    expect(who("«La cooperazione con Kiev andrà avanti», ha proseguito Giorgia Meloni.", "it")).toEqual([
      "Giorgia Meloni:support",
    ]);
    expect(who("« Le dialogue avec Pékin continuera », a poursuivi Emmanuel Macron.", "fr")).toEqual([
      "Emmanuel Macron:assert",
    ]);
    expect(who("«O acordo com a China será assinado em breve», prosseguiu Lula.", "pt")).toEqual([
      "Luiz Inacio Lula da Silva:assert",
    ]);
    expect(who("«Сотрудничество с Пекином продолжится», — продолжил Сергей Лавров.", "ru")).toEqual([
      "Sergey Lavrov:support",
    ]);
    expect(
      who(
        "Días después de que Kirilo Budánov afirmara que miles de soldados norcoreanos estaban en Rusia, Seúl convocó al embajador ruso.",
        "es",
      ),
    ).toEqual(["Kyrylo Budanov:assert"]);
    expect(
      who("Il presidente Sergio Mattarella ha garantito che l'Italia resterà al fianco dell'Ucraina.", "it"),
    ).toEqual(["Sergio Mattarella:assert"]);
    expect(
      who("Menteri Luar Negeri Retno Marsudi menyoroti bahwa Indonesia dan Malaysia adalah negara bertetangga.", "id"),
    ).toEqual(["Retno Marsudi:assert"]);
  });

  it("reads the common verbs of saying that follow a quotation with their speaker after them, in each language", () => {
    const cases: Array<[string, string, string]> = [
      [
        '"Trade talks with Washington will go on next week," stated Chinese Foreign Ministry Spokesman Lin Jian.',
        "en",
        "Lin Jian",
      ],
      ["„Die Gespräche mit Peking gehen weiter“, bekräftigte Bundeskanzler Olaf Scholz.", "de", "Olaf Scholz"],
      ["«Las conversaciones con Pekín seguirán», recalcó el presidente Pedro Sánchez.", "es", "Pedro Sanchez"],
      ["«As conversas com Pequim vão continuar», ressaltou o presidente Lula.", "pt", "Luiz Inacio Lula da Silva"],
      ["„Rozmowy z Pekinem będą kontynuowane” – oceniła Ursula von der Leyen.", "pl", "Ursula von der Leyen"],
      ["«Переговоры с Пекином продолжатся», — сообщил Сергей Лавров.", "ru", "Sergey Lavrov"],
      ["«I colloqui con Pechino continueranno», ha evidenziato Giorgia Meloni.", "it", "Giorgia Meloni"],
      ['"Perundingan dengan Beijing akan berlanjut," tandas Presiden Joko Widodo.', "id", "Joko Widodo"],
    ];
    for (const [text, lang, speaker] of cases) expect(who(text, lang)).toEqual([`${speaker}:assert`]);
  });
});

describe("'the two countries' as a speaker", () => {
  it("stands for the two states the sentence names before it, persons' states too", () => {
    const text =
      "China grew more assertive in the region. China sent ships. Indian Prime Minister Narendra Modi hosted Japanese Prime Minister Shigeru Ishiba in New Delhi on Monday, as the two countries pledged to deepen defence ties.";
    const speakers = extract(article(text, "en", "2025-03-25T08:00:00Z")).statements.map((s) => s.speaker);
    expect(speakers.sort()).toEqual(["IN", "JP"]);
  });
});

describe("speakers set off by commas", () => {
  it("reads a name in commas past an abbreviated rank", () => {
    expect(
      who("Niger's military ruler, Gen. Abdourahamane Tiani, denounced the bloc as a tool of France.", "en"),
    ).toEqual(["Abdourahamane Tchiani:accuse"]);
  });

  it("makes no list of states from commas alone", () => {
    expect(who("The PLA launched large-scale drills around Taiwan, the Chinese military said.", "en")).toEqual([
      "CN:assert",
    ]);
    expect(who("The EU, the U.S., South Korea and others said North Korea sent missiles to Russia.", "en")).toEqual([
      "EU:accuse",
      "US:accuse",
      "KR:accuse",
    ]);
  });
});

describe("Portuguese: a state after the article 'a' speaks", () => {
  it.each([
    ["A Rússia acusou a Ucrânia de atacar uma barragem no sul.", "RU"],
    ["Os Estados Unidos pediram calma, e a China negou qualquer envolvimento no incidente.", "CN"],
  ])("%s", (text, speaker) => {
    const facts = extract(article(text, "pt", "2025-06-02T08:00:00Z"));
    expect(facts.statements.map((s) => s.speaker)).toContain(speaker);
  });
});

describe("a name set off by commas, then an auxiliary and an adverb", () => {
  it.each([
    ["fr", "Le porte-parole chinois, Lin Jian, a vivement critiqué la visite du ministre."],
    ["en", "The Chinese foreign ministry spokesman, Lin Jian, has sharply criticised the minister's visit."],
  ])("%s: %s", (lang, text) => {
    const facts = extract(article(text, lang, "2025-06-02T08:00:00Z"));
    expect(facts.statements.map((s) => [s.speaker, s.stance])).toEqual([["Lin Jian", "accuse"]]);
  });
});
