import { extract } from "../../../src/extraction/extract";
import { article } from "./fixtures";

/** Stance words of the packs and how they rank, with sentences of our own. */
const who = (text: string, lang: string) =>
  extract(article(text, lang)).statements.map((s) => `${s.speaker}:${s.stance}`);

describe("statement stance cues", () => {
  it("reads standing with a state as support, in any tense", () => {
    expect(who("Germany said it stands with Israel.", "en")).toEqual(["DE:support"]);
    expect(who("Poland said it stood with Ukraine throughout the winter.", "en")).toEqual(["PL:support"]);
  });

  it("reads growing a relationship as support, with words between the verb and the relationship", () => {
    expect(who("Lavrov said both countries wanted to develop their bilateral relations.", "en")).toEqual([
      "Sergey Lavrov:support",
    ]);
    expect(who("Seoul said it would deepen strategic cooperation with Canberra.", "en")).toEqual(["KR:support"]);
  });

  it("reads a pledge as support", () => {
    expect(who("Brazil's trade minister pledged to step up trade with China.", "en")).toEqual([
      expect.stringMatching(/:support$/),
    ]);
    expect(who("Menteri Perdagangan Budi Santoso berjanji meningkatkan perdagangan dengan Brasil.", "id")).toEqual([
      expect.stringMatching(/:support$/),
    ]);
  });

  it("reads offering support as support, not offering anything ('a reward for information')", () => {
    expect(who("Kim Jong Un offered his full support to Russia.", "en")).toEqual(["Kim Jong Un:support"]);
    expect(who("The United States offered a reward for information leading to Maduro's arrest.", "en")).toEqual([]);
  });

  it("reads rejecting a measure taken against one as a denial ('menolak sanksi tersebut')", () => {
    expect(who("Kementerian Luar Negeri Myanmar menolak sanksi tersebut.", "id")).toEqual(["MM:deny"]);
  });

  it("reads a charge of bad faith or meddling as an accusation", () => {
    expect(who("Araghchi said the sanctions showed Washington was not serious about diplomacy.", "en")).toEqual([
      "Abbas Araghchi:accuse",
    ]);
    expect(who("Beijing mengatakan Washington menerapkan standar ganda.", "id")).toEqual(["CN:accuse"]);
    expect(who("O Itamaraty classificou a medida como uma interferência inaceitável.", "pt")).toEqual(["BR:accuse"]);
    expect(who("Berlin nannte das eine inakzeptable Einmischung.", "de")).toEqual(["DE:accuse"]);
    expect(who("Yvan Gil said Washington was trying to strangle the Venezuelan economy.", "en")).toEqual([
      "Yvan Gil:accuse",
    ]);
  });

  it("reads a danger named as a warning, before a partnership of others named beside it", () => {
    expect(
      who("Lloyd Austin said the deployment showed the growing danger of the Russia-North Korea partnership.", "en"),
    ).toEqual(["Lloyd Austin:warn"]);
  });

  it("reads watching closely as a warning, the adverb before or after", () => {
    expect(who("Peskov said Moscow would watch closely whether the pact led to foreign bases.", "en")).toEqual([
      "Dmitry Peskov:warn",
    ]);
  });

  it("reads a denial reported by another speaker as a denial, not the charges it denies", () => {
    expect(who("The Russian embassy said Zinoviev had rejected the accusations.", "en")).toEqual(["RU:deny"]);
  });

  it("reads holding a party to account as a warning, in every language", () => {
    // Accountability as a value promoted is not a warning: only holding someone to account is.
    expect(who("Washington said it promotes accountability and supports the Cuban people.", "en")).toEqual([
      "US:support",
    ]);
    expect(who("Washington said it would hold Moscow accountable.", "en")).toEqual(["US:warn"]);
    expect(who("Washington mengatakan akan meminta pertanggungjawaban Moskow.", "id")).toEqual(["US:warn"]);
    expect(who("Berlin erklärte, man werde Moskau zur Rechenschaft ziehen.", "de")).toEqual(["DE:warn"]);
    expect(who("Madrid afirmó que Rusia deberá rendir cuentas.", "es")).toEqual(["ES:warn"]);
    expect(who("Londres a déclaré que la Russie devra rendre des comptes pour ses actes.", "fr")).toEqual(["GB:warn"]);
    expect(who("Il ministro degli Esteri Antonio Tajani ha detto che la Russia dovrà rendere conto.", "it")).toEqual([
      "Antonio Tajani:warn",
    ]);
    expect(who("Portugal disse que a Rússia terá de prestar contas.", "pt")).toEqual(["PT:warn"]);
    expect(who("Warszawa oświadczyła, że pociągnie Moskwę do odpowiedzialności.", "pl")).toEqual(["PL:warn"]);
    expect(who("Лавров заявил, что Киев привлекут к ответственности.", "ru")).toEqual(["Sergey Lavrov:warn"]);
  });

  it("matches a Russian adjective in the instrumental plural ('назвал бездоказательными')", () => {
    expect(who("Песков назвал бездоказательными слухи о поставках.", "ru")).toEqual(["Dmitry Peskov:deny"]);
  });

  it("reads the plural and perfect forms of Spanish and German stance verbs", () => {
    expect(who("Rusia y Corea del Norte negaron el informe.", "es")).toEqual(["RU:deny", "KP:deny"]);
    expect(who("Japón y Corea del Sur han condenado el lanzamiento.", "es")).toEqual(["JP:accuse", "KR:accuse"]);
    expect(who("Russland und Nordkorea bestritten den Bericht.", "de")).toEqual(["RU:deny", "KP:deny"]);
    expect(who("Japan und Südkorea verurteilten den Start.", "de")).toEqual(["JP:accuse", "KR:accuse"]);
  });

  it("reads calling a people or a state friends as support", () => {
    expect(who("Biden said the Filipinos are our friends.", "en")).toEqual(["Joe Biden:support"]);
    expect(who("Putin ha detto che i nordcoreani sono i nostri amici più cari.", "it")).toEqual([
      "Vladimir Putin:support",
    ]);
    expect(who("Lula disse que os chineses são nossos amigos.", "pt")).toEqual(["Luiz Inacio Lula da Silva:support"]);
    expect(who("Macron a déclaré que les Indiens sont nos amis.", "fr")).toEqual(["Emmanuel Macron:support"]);
    expect(who("Duda powiedział, że Ukraińcy są naszymi przyjaciółmi.", "pl")).toEqual(["Andrzej Duda:support"]);
    expect(who("Лавров заявил, что КНДР – дружественная страна.", "ru")).toEqual(["Sergey Lavrov:support"]);
  });

  it("reads a promise to take action against a party as a warning, above the arms it names", () => {
    expect(
      who("The British Foreign Office said London would take action over the drone deliveries to Russia.", "en"),
    ).toEqual(["GB:warn"]);
    expect(
      who(
        "Kementerian Luar Negeri Inggris mengatakan London akan mengambil tindakan atas pengiriman drone ke Rusia.",
        "id",
      ),
    ).toEqual(["GB:warn"]);
    expect(
      who(
        "Bundeskanzler Olaf Scholz sagte, Deutschland werde wegen der Drohnenlieferungen an Russland weitere Maßnahmen ergreifen.",
        "de",
      ),
    ).toEqual(["Olaf Scholz:warn"]);
    expect(
      who("El Gobierno británico dijo que Londres va a tomar medidas por el envío de drones a Rusia.", "es"),
    ).toEqual(["GB:warn"]);
    expect(
      who("МИД Великобритании заявил, что Лондон намерен принять меры из-за поставок дронов в Россию.", "ru"),
    ).toEqual(["GB:warn"]);
  });

  it("reads calling an act illegal as an accusation in German too", () => {
    expect(
      who("Bundeskanzler Olaf Scholz sagte, die Annexion der Krim durch Russland sei völkerrechtswidrig.", "de"),
    ).toEqual(["Olaf Scholz:accuse"]);
    expect(
      who("Außenministerin Annalena Baerbock sagte, Belarus helfe beim illegalen Grenzübertritt nach Polen.", "de"),
    ).toEqual(["Annalena Baerbock:accuse"]);
  });

  it("reads professing not to know as neither asserting nor denying ('other'), above the arms it names", () => {
    expect(
      who(
        "Chinese Foreign Ministry spokesman Lin Jian said Beijing was not aware of any arms deliveries between the two countries.",
        "en",
      ),
    ).toEqual(["Lin Jian:other"]);
    expect(
      who(
        "Juru bicara Kementerian Luar Negeri China Lin Jian mengatakan Beijing tidak mengetahui adanya pengiriman senjata antara kedua negara.",
        "id",
      ),
    ).toEqual(["Lin Jian:other"]);
    expect(
      who(
        "El portavoz de la Cancillería china Lin Jian dijo que Pekín no tiene conocimiento de envíos de armas entre los dos países.",
        "es",
      ),
    ).toEqual(["Lin Jian:other"]);
  });

  it("reads readiness to talk with a party as support, in each language", () => {
    const cases: Array<[string, string, string]> = [
      [
        "Presiden Joko Widodo mengatakan Indonesia siap berbicara dengan junta Myanmar demi kepentingan kemanusiaan.",
        "id",
        "Joko Widodo",
      ],
      [
        "Foreign Minister Penny Wong said Australia was ready to talk with Beijing about the trade dispute.",
        "en",
        "Penny Wong",
      ],
      ["Emmanuel Macron a déclaré que la France était prête à dialoguer avec l'Iran.", "fr", "Emmanuel Macron"],
      ["Сергей Лавров заявил, что Россия готова к диалогу с Японией.", "ru", "Sergey Lavrov"],
      ["Bundeskanzler Olaf Scholz sagte, Deutschland sei gesprächsbereit gegenüber China.", "de", "Olaf Scholz"],
    ];
    for (const [text, lang, speaker] of cases) expect(who(text, lang)).toEqual([`${speaker}:support`]);
  });

  it("reads a promise to use every tool or means against a party as a warning", () => {
    const cases: Array<[string, string, string]> = [
      [
        "Secretary of State Antony Blinken said the United States would use all available tools against the junta in Niger.",
        "en",
        "Antony Blinken",
      ],
      [
        "Menteri Luar Negeri Retno Marsudi mengatakan Indonesia akan menggunakan segala cara untuk menghentikan penyelundupan dari Malaysia.",
        "id",
        "Retno Marsudi",
      ],
      [
        "El canciller José Manuel Albares dijo que España usará todos los medios contra la red de contrabando de Marruecos.",
        "es",
        "Jose Manuel Albares",
      ],
    ];
    for (const [text, lang, speaker] of cases) expect(who(text, lang)).toEqual([`${speaker}:warn`]);
  });
});
