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

describe("names put on a sanctions list", () => {
  it.each([
    ["en", "Washington added two Iranian shipping firms to its blacklist on Tuesday.", "US", "IR"],
    ["id", "Amerika Serikat memasukkan tiga perusahaan Iran ke dalam daftar hitam.", "US", "IR"],
    ["de", "Die EU setzte vier belarussische Firmen auf die Sanktionsliste.", "EU", "BY"],
    ["es", "Washington incluyó a tres empresas cubanas en la lista negra.", "US", "CU"],
    ["fr", "Washington a inscrit trois sociétés iraniennes sur la liste noire.", "US", "IR"],
    ["it", "Washington ha inserito tre società iraniane nella lista nera.", "US", "IR"],
    ["pt", "Washington incluiu três empresas iranianas na lista negra.", "US", "IR"],
    ["pl", "Waszyngton wpisał trzy irańskie firmy na czarną listę.", "US", "IR"],
    ["ru", "США внесли три иранские компании в черный список.", "US", "IR"],
  ])("%s: the verb that lists them is the act", (lang, text, imposer, target) => {
    expect(facts(text, lang)).toEqual([[imposer, target, "announced"]]);
  });

  it("does not read a verb of saying as a listing", () => {
    expect(facts("Washington added that the blacklist of Iranian firms would grow.", "en")).not.toContainEqual([
      "US",
      "IR",
      "announced",
    ]);
  });
});

describe("sanctions only called for", () => {
  it.each([
    ["en", "South Africa urged the UN to impose an arms embargo on Israel."],
    ["en", "The council called for sanctions against Myanmar."],
    ["id", "Malaysia mendesak PBB menjatuhkan sanksi terhadap Myanmar."],
    ["de", "Polen forderte Sanktionen gegen Belarus."],
    ["es", "Colombia pidió sanciones contra Nicaragua."],
    ["fr", "Le Sénégal a exhorté l'ONU à imposer des sanctions contre le Mali."],
    ["it", "La Lituania ha chiesto sanzioni contro la Bielorussia."],
    ["pt", "O Chile pediu sanções contra a Venezuela."],
    ["pl", "Litwa wezwała do sankcji wobec Białorusi."],
    ["ru", "Украина призвала ввести санкции против Ирана."],
  ])("%s: no sanction exists yet", (lang, text) => {
    expect(facts(text, lang)).toEqual([]);
  });
});

describe("standing sanctions whose imposer stands just before the word", () => {
  it.each([
    ["en", "Cuba has lived under a US trade embargo for decades.", "US", "CU"],
    ["id", "Kuba berada di bawah embargo perdagangan AS selama puluhan tahun.", "US", "CU"],
    ["es", "Cuba vive bajo el embargo comercial de Estados Unidos desde hace décadas.", "US", "CU"],
  ])("%s: the state beside the word imposes, the subject is hit", (lang, text, imposer, target) => {
    expect(facts(text, lang)).toEqual([[imposer, target, "in_force"]]);
  });
});

describe("sanctions imposed before the news", () => {
  it.each([
    ["en", "Britain has already sanctioned three Iranian generals.", "GB", "IR"],
    ["id", "Amerika Serikat telah lama menjatuhkan sanksi terhadap Kuba.", "US", "CU"],
    ["de", "Die EU hat bereits Sanktionen gegen Belarus verhängt.", "EU", "BY"],
    ["es", "Estados Unidos ya impuso sanciones a Venezuela.", "US", "VE"],
    ["fr", "La France a déjà imposé des sanctions contre le Mali.", "FR", "ML"],
    ["it", "L'Italia ha già imposto sanzioni contro la Bielorussia.", "IT", "BY"],
    ["pt", "O Canadá já impôs sanções contra a Venezuela.", "CA", "VE"],
    ["pl", "Kanada już nałożyła sankcje na Białoruś.", "CA", "BY"],
    ["ru", "Канада уже ввела санкции против Белоруссии.", "CA", "BY"],
  ])("%s: stand (in_force)", (lang, text, imposer, target) => {
    expect(facts(text, lang)).toEqual([[imposer, target, "in_force"]]);
  });

  it("keeps an earlier announcement announced", () => {
    expect(facts("Kanada und Japan hatten bereits im Mai Sanktionen gegen Belarus angekündigt.", "de")).toEqual([
      ["CA", "BY", "announced"],
      ["JP", "BY", "announced"],
    ]);
  });
});

describe("what English news calls lifting, packages and counter-sanctions", () => {
  it("reads a vote to lift, a package being prepared and counter-sanctions", () => {
    expect(facts("The Security Council voted to lift sanctions on Eritrea.", "en")).toEqual([["UN", "ER", "lifted"]]);
    expect(facts("The EU is preparing a new package of sanctions against Belarus.", "en")).toEqual([
      ["EU", "BY", "announced"],
    ]);
    expect(facts("China announced counter-sanctions against three US defence firms.", "en")).toEqual([
      ["CN", "US", "announced"],
    ]);
  });
});

describe("UN resolutions that ban, told as background", () => {
  it.each([
    ["en", "UN Security Council resolutions ban North Korea from testing ballistic missiles.", "KP"],
    ["id", "Resolusi Dewan Keamanan PBB melarang Iran mengembangkan rudal balistik.", "IR"],
    ["de", "Eine Resolution der Vereinten Nationen verbietet Waffenlieferungen an Libyen.", "LY"],
    ["es", "Una resolución de la ONU prohíbe la venta de armas a Sudán del Sur.", "SS"],
    ["fr", "Une résolution de l'ONU interdit les ventes d'armes au Yémen.", "YE"],
    ["it", "Una risoluzione dell'ONU vieta la vendita di armi alla Somalia.", "SO"],
    ["pt", "Uma resolução da ONU proíbe a venda de armas ao Haiti.", "HT"],
    ["pl", "Rezolucja ONZ zakazuje sprzedaży broni do Libii.", "LY"],
    ["ru", "Резолюция ООН запрещает поставки оружия в Ливию.", "LY"],
  ])("%s: a UN regime in force on the state it bans", (lang, text, target) => {
    expect(facts(text, lang)).toEqual([["UN", target, "in_force"]]);
  });

  it("names no target when no state under a UN regime is told", () => {
    expect(facts("A UN resolution bans the use of cluster munitions near Sweden.", "en")).toEqual([]);
  });
});

describe("a sentence that opens with 'since'", () => {
  it.each([
    ["en", "Since the coup, Canada has imposed sanctions on Myanmar.", "CA", "MM"],
    ["id", "Sejak kudeta itu, Kanada telah menjatuhkan sanksi terhadap Myanmar.", "CA", "MM"],
    ["de", "Seit dem Putsch hat Kanada Sanktionen gegen Myanmar verhängt.", "CA", "MM"],
    ["es", "Desde el golpe, Canadá ha impuesto sanciones a Myanmar.", "CA", "MM"],
    ["fr", "Depuis le coup d'État, le Canada a imposé des sanctions contre la Birmanie.", "CA", "MM"],
    ["pt", "Desde o golpe, o Canadá tem aplicado sanções contra Mianmar.", "CA", "MM"],
  ])("%s: tells standing sanctions", (lang, text, imposer, target) => {
    expect(facts(text, lang)).toEqual([[imposer, target, "in_force"]]);
  });
});

describe("sanctions on a group and by an organisation's seat", () => {
  it("gives a group naming no country the story's leading state besides the imposer", () => {
    expect(
      facts(
        "The United States imposed sanctions on more than 30 people and vessels it accused of moving Iranian oil to buyers in Asia.",
        "en",
      ),
    ).toEqual([["US", "IR", "announced"]]);
  });

  it("reads Brussels acting on sanctions as the EU", () => {
    expect(facts("Brussels imposed sanctions on Belarus.", "en")).toEqual([["EU", "BY", "announced"]]);
  });

  it("reads a German package of sanctions, and the acts told after it as its imposer's", () => {
    expect(
      facts(
        "Die EU hat ihr 17. Sanktionspaket gegen Russland beschlossen. Zudem wurden Sanktionen gegen mehrere chinesische Unternehmen verhängt.",
        "de",
      ),
    ).toEqual([
      ["EU", "RU", "announced"],
      ["EU", "CN", "announced"],
    ]);
  });

  it("takes the sanctions a state condemns for those told before on it", () => {
    expect(
      facts("The EU adopted new sanctions against Russia. The Russian foreign ministry condemned the sanctions.", "en"),
    ).toEqual([["EU", "RU", "announced"]]);
  });

  it("takes no state that qualifies another word for a target ('Omani-mediated talks')", () => {
    expect(
      facts("The sanctions come days before Omani-mediated talks between Iran and the United States.", "en"),
    ).toEqual([]);
  });
});

describe("sanctions a third state condemns", () => {
  it("are those just told, not sanctions on it", () => {
    expect(
      facts("The United States imposed new sanctions on Iran. China condemned the unilateral sanctions.", "en"),
    ).toEqual([["US", "IR", "announced"]]);
  });
});

describe("an organisation spelled both as an acronym and capitalised", () => {
  it.each([
    ["it", "La Corea del Nord è soggetta alle sanzioni dell'Onu da quasi vent'anni.", "UN"],
    ["it", "L'Ue ha varato un nuovo pacchetto di sanzioni contro la Russia.", "EU"],
  ])("%s: %s", (lang, text, imposer) => {
    const [sanction] = extract(article(text, lang, "2025-06-02T08:00:00Z")).sanctions;
    expect(sanction?.imposer).toBe(imposer);
  });

  it("reads the capitalised spelling as well as the letter-for-letter one ('Nato' and 'NATO')", () => {
    const facts = extract(article("Der Nato-Generalsekretär Mark Rutte traf Wolodymyr Selenskyj in Kiew.", "de"));
    expect(facts.meetings.length).toBe(1);
    const again = extract(article("Die Nato verurteilte den Angriff scharf.", "de"));
    expect(again.statements.map((s) => s.speaker)).toEqual(["NATO"]);
  });
});
