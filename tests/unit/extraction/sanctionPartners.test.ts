import { extract } from "../../../src/extraction/extract";
import { article } from "./fixtures";

const facts = (text: string, lang: string) =>
  extract(article(text, lang, "2024-06-20T10:00:00Z")).sanctions.map((s) => [s.imposer, s.target, s.status]);

const withCountries = (text: string, lang: string) =>
  extract(article(text, lang, "2024-06-20T10:00:00Z")).sanctions.map((s) => [
    s.imposer,
    s.target,
    s.targetCountry ?? null,
  ]);

describe("sanctions kept in place", () => {
  it("reads the subject of 'maintains sanctions' as the imposer of sanctions in force, in every language", () => {
    const cases: Array<[string, string]> = [
      ["en", "Washington has maintained sanctions on Venezuela."],
      ["id", "Amerika Serikat mempertahankan sanksi terhadap Venezuela."],
      ["de", "Die USA haben die Sanktionen gegen Venezuela aufrechterhalten."],
      ["es", "Estados Unidos mantiene sanciones contra Venezuela."],
      ["fr", "Les États-Unis maintiennent des sanctions contre le Venezuela."],
      ["it", "Gli Stati Uniti mantengono sanzioni contro il Venezuela."],
      ["pt", "Os Estados Unidos mantêm sanções contra a Venezuela."],
      ["pl", "Stany Zjednoczone utrzymują sankcje wobec Wenezueli."],
      ["ru", "США сохраняют санкции против Венесуэлы."],
    ];
    for (const [lang, text] of cases) expect([lang, facts(text, lang)]).toEqual([lang, [["US", "VE", "in_force"]]]);
  });
});

describe("imposers acting together", () => {
  it("reads a partner joined by 'along with' as a second imposer", () => {
    const both = [
      ["CA", "MM", "announced"],
      ["EU", "MM", "announced"],
    ];
    const cases: Array<[string, string]> = [
      ["en", "Canada along with the European Union imposed sanctions on Myanmar."],
      ["id", "Kanada bersama Uni Eropa menjatuhkan sanksi terhadap Myanmar."],
      ["es", "Canadá junto con la Unión Europea impuso sanciones contra Myanmar."],
      ["fr", "Le Canada, aux côtés de l'Union européenne, a imposé des sanctions contre la Birmanie."],
      ["it", "Il Canada insieme all'Unione europea ha imposto sanzioni contro il Myanmar."],
      ["pt", "O Canadá juntamente com a União Europeia impôs sanções contra Myanmar."],
      ["pl", "Kanada wraz z Unią Europejską nałożyła sankcje na Mjanmę."],
      ["ru", "Канада вместе с Евросоюзом ввела санкции против Мьянмы."],
    ];
    for (const [lang, text] of cases) expect([lang, facts(text, lang)]).toEqual([lang, both]);
  });

  it("lets a bloc that is the subject of 'sanctioned' share the act with its partner", () => {
    expect(facts("OFAC along with the European Union sanctioned three officials of Cuba.", "en")).toEqual([
      ["US", "CU", "announced"],
      ["EU", "CU", "announced"],
    ]);
  });
});

describe("groups that name no country", () => {
  it("gives an unnamed group the country of the sanctions told before it", () => {
    expect(
      withCountries(
        "Britain sanctioned two Myanmar generals. Canada also froze the assets of four officers and two companies.",
        "en",
      ),
    ).toEqual([
      // "generals" is a group noun: two of them are a group designation, with their country.
      ["GB", "MM", ["MM"]],
      ["CA", "MM", ["MM"]],
    ]);
    expect(
      withCountries(
        "Inggris menjatuhkan sanksi terhadap dua jenderal Myanmar. Kanada juga membekukan aset empat perwira dan dua perusahaan.",
        "id",
      ),
    ).toEqual([
      ["GB", "MM", ["MM"]],
      ["CA", "MM", ["MM"]],
    ]);
  });

  it("reads an unnamed group hit by the imposer that just acted on its country as the details of that act", () => {
    expect(
      facts(
        "The EU imposed new sanctions on Myanmar. The bloc also sanctioned six individuals and three entities.",
        "en",
      ),
    ).toEqual([["EU", "MM", "announced"]]);
  });

  it("reads 'the sanctions froze the assets of …' as the sanctions told before, not a new one", () => {
    expect(
      facts("The EU imposed sanctions on Iran on Monday. The sanctions froze the assets of ten individuals.", "en"),
    ).toEqual([["EU", "IR", "announced"]]);
  });
});

describe("a designation retold", () => {
  it("reads sanctions on a named person of the state targeted before, with no imposer, as the same sanctions", () => {
    const text =
      "The United States imposed sanctions on a Slovak citizen who tried to broker arms deals for Russia. " +
      "Sanctions on Slovak lawmaker Jozef Novak freeze any assets he holds in America.";
    expect(facts(text, "en")).toEqual([["US", "SK", "announced"]]);
  });
});

describe("the imposer around asides and offices", () => {
  it("reads the subject before an aside set off by commas, not a bloc named inside it", () => {
    expect(facts("Japan, in step with the G7, has imposed sanctions on Russia.", "en")).toEqual([
      ["JP", "RU", "announced"],
    ]);
    expect(facts("Japón, de acuerdo con el G7, impuso sanciones contra Rusia.", "es")).toEqual([
      ["JP", "RU", "announced"],
    ]);
    expect(facts("Jepang, sejalan dengan G7, menjatuhkan sanksi terhadap Rusia.", "id")).toEqual([
      ["JP", "RU", "announced"],
    ]);
    expect(facts("O Japão, alinhado ao G7, tem aplicado sanções contra a Rússia.", "pt")).toEqual([
      ["JP", "RU", "announced"],
    ]);
  });

  it("reads a state's office before a sanctions list as its imposer, but not one that only speaks", () => {
    // Putting names on the list is the act itself (listingVerb): announced, as the corpus gold reads listings.
    expect(facts("The State Department put three Chinese companies on its sanctions list.", "en")).toEqual([
      ["US", "CN", "announced"],
    ]);
    expect(facts("The State Department said the sanctions list includes three Chinese companies.", "en")).toEqual([
      [null, "CN", "in_force"],
    ]);
  });
});

describe("a veto on the body that watches sanctions", () => {
  it("reads the sanctions a vetoed panel watched as vetoed and still in force, in every language", () => {
    const both = [
      ["UN", "KP", "vetoed"],
      ["UN", "KP", "in_force"],
    ];
    const cases: Array<[string, string]> = [
      ["en", "Russia vetoed the renewal of the UN panel monitoring sanctions on North Korea."],
      ["id", "Rusia memveto perpanjangan mandat panel ahli PBB yang memantau sanksi terhadap Korea Utara."],
      [
        "de",
        "Russland legte sein Veto gegen die Verlängerung des UN-Expertengremiums ein, das die Sanktionen gegen Nordkorea überwacht.",
      ],
      [
        "es",
        "Rusia vetó la renovación del panel de expertos de la ONU que vigila las sanciones contra Corea del Norte.",
      ],
      [
        "fr",
        "La Russie a mis son veto au renouvellement du panel d'experts de l'ONU qui surveille les sanctions contre la Corée du Nord.",
      ],
      [
        "it",
        "La Russia ha posto il veto al rinnovo del gruppo di esperti delle Nazioni Unite che monitora le sanzioni contro la Corea del Nord.",
      ],
      [
        "pt",
        "A Rússia vetou a renovação do painel de especialistas da ONU que monitora as sanções contra a Coreia do Norte.",
      ],
      [
        "pl",
        "Rosja zawetowała przedłużenie mandatu panelu ekspertów ONZ, który monitoruje sankcje wobec Korei Północnej.",
      ],
      ["ru", "Россия наложила вето на продление мандата группы экспертов ООН, следящей за санкциями против КНДР."],
    ];
    for (const [lang, text] of cases) expect([lang, facts(text, lang)]).toEqual([lang, both]);
    // A veto on the sanctions themselves leaves nothing in force.
    expect(facts("Russia vetoed new UN sanctions on Mali.", "en")).toEqual([["UN", "ML", "vetoed"]]);
    expect(
      facts("Russia vetoed a UN resolution extending sanctions on Mali and the panel monitoring them.", "en"),
    ).toEqual([["UN", "ML", "vetoed"]]);
  });
});

describe("easing sanctions", () => {
  it("reads easing and its nouns as a lifting", () => {
    const cases: Array<[string, string]> = [
      ["en", "The EU began easing sanctions on Syria."],
      ["it", "L'Unione europea ha deciso l'allentamento delle sanzioni contro la Siria."],
      ["fr", "L'Union européenne a décidé l'allègement des sanctions contre la Syrie."],
      ["pt", "A União Europeia flexibilizou as sanções contra a Síria."],
      ["ru", "Евросоюз одобрил ослабление санкций против Сирии."],
      ["id", "Uni Eropa melonggarkan sanksi terhadap Suriah."],
    ];
    for (const [lang, text] of cases) expect([lang, facts(text, lang)]).toEqual([lang, [["EU", "SY", "lifted"]]]);
  });

  it("gives no imposer to the one who only demands the easing", () => {
    expect(facts("Russia called for the easing of sanctions on North Korea.", "en")).toEqual([
      [null, "KP", "in_force"],
    ]);
  });
});

describe("standing sanctions retold", () => {
  it("reads standing sanctions with no imposer, after a state's or bloc's on the same target, as those", () => {
    expect(
      facts("North Korea has been under UN sanctions since 2006. Sanctions on North Korea remain in force.", "en"),
    ).toEqual([["UN", "KP", "in_force"]]);
  });
});
