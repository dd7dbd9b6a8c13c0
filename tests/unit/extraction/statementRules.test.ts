import { extract } from "../../../src/extraction/extract";
import { splitSentences } from "../../../src/extraction/splitSentences";
import { languagePack } from "../../../src/extraction/languages";
import { article } from "./fixtures";

/** The decision rules of src/extraction/README.md ("Statements and stance"), one sentence of our own per case. */
const statements = (text: string, lang: string) =>
  extract(article(text, lang)).statements.map((s) => ({
    speaker: s.speaker,
    stance: s.stance,
    about: s.about,
    quote: s.quote,
  }));
const who = (text: string, lang: string) => statements(text, lang).map((s) => `${s.speaker}:${s.stance}`);

describe("statement rules", () => {
  it("reads declining to comment as 'other'", () => {
    expect(who("Peskov declined to comment on the reports.", "en")).toEqual(["Dmitry Peskov:other"]);
    expect(who('Ditanya soal pengiriman itu, Peskov berkata: "Kami tidak mengomentari hal ini."', "id")).toEqual([
      "Dmitry Peskov:other",
    ]);
  });

  it("lets a state's own agency speak, but an independent agency only reports", () => {
    expect(who("KCNA said the new missile would deter the United States.", "en")).toEqual(["KCNA:assert"]);
    expect(who("Yonhap reported that Lavrov would travel to Pyongyang next month.", "en")).toEqual([]);
    // An agency that reports someone else's words in the same sentence is their source.
    expect(who("Choe Son Hui praised the friendship between the two countries, KCNA reported.", "en")).toEqual([
      "Choe Son Hui:support",
    ]);
  });

  it("reads every subject of a list joined by commas and 'and'", () => {
    expect(who("South Korea, Japan and the United States condemned the launch.", "en")).toEqual([
      "KR:accuse",
      "JP:accuse",
      "US:accuse",
    ]);
    expect(who("Korea Selatan, Jepang, dan Amerika Serikat mengecam peluncuran itu.", "id")).toEqual([
      "KR:accuse",
      "JP:accuse",
      "US:accuse",
    ]);
  });

  it("does not give a quotation attributed to an unknown name to the speaker before it", () => {
    const out = who(
      'Lavrov mengatakan Rusia siap berunding. "Kapal itu melanggar perairan kami secara ilegal," kata Daza.',
      "id",
    );
    expect(out).toEqual(["Sergey Lavrov:assert"]);
  });

  it("reads arms in what was said as an accusation, unless the speaker's own state is the one helping", () => {
    expect(who("Washington said Moscow was buying shells to support its war.", "en")).toEqual(["US:accuse"]);
    expect(who("Berlin said Germany would help Ukraine produce its own missiles.", "en")).toEqual(["DE:support"]);
    expect(who("Amerika Serikat mengatakan Korea Utara mengirim amunisi ke Rusia.", "id")).toEqual(["US:accuse"]);
  });

  it("reads a verb closing its sentence as reporting the words before it", () => {
    expect(
      statements("North Korea shipped artillery shells to Russia in August, the Pentagon said on Monday.", "en"),
    ).toEqual([{ speaker: "US", stance: "accuse", about: ["KP", "RU", "US"], quote: null }]);
  });

  it("gives a claim noun that is a stance word its stance, and its owner only the names listed right after it", () => {
    expect(who("Sanksi itu muncul di tengah peringatan Washington bahwa Rusia membeli rudal dari Iran.", "id")).toEqual(
      ["US:warn"],
    );
  });

  it("reads words of friendship and closer ties as support, in each language", () => {
    expect(who("Lavrov mengatakan Rusia akan tetap mengembangkan hubungan baik dengan Korea Utara.", "id")).toEqual([
      "Sergey Lavrov:support",
    ]);
    expect(who("Lavrov said Russia wanted closer ties with Pyongyang.", "en")).toEqual(["Sergey Lavrov:support"]);
    expect(who("Scholz sagte, Deutschland und Polen seien enge Freunde.", "de")).toEqual(["Olaf Scholz:support"]);
    expect(who("Sánchez dijo que España quiere estrechar los lazos con México.", "es")).toEqual([
      "Pedro Sanchez:support",
    ]);
  });
});

describe("statement rules: one speaker, one sentence", () => {
  it("reads a stance verb right after a verb of saying as what was said, not a statement of its own", () => {
    expect(
      who("Blinken mengatakan Washington khawatir Rusia akan mengirim teknologi rudal ke Korea Utara.", "id"),
    ).toEqual(["Antony Blinken:warn"]);
    expect(who("Blinken said Washington feared Russia would send missile technology to North Korea.", "en")).toEqual([
      "Antony Blinken:warn",
    ]);
  });

  it("keeps the stronger stance when a speaker declines to comment or does not deny, then says something", () => {
    expect(
      who("Peskov declined to comment on the report, saying only that the deal complied with international law.", "en"),
    ).toEqual(["Dmitry Peskov:deny"]);
    expect(
      who(
        "Peskov tidak membantah laporan itu dan hanya mengatakan Rusia mengembangkan hubungan baik dengan Iran.",
        "id",
      ),
    ).toEqual(["Dmitry Peskov:other"]);
  });
});

describe("statement rules: pronouns and what a statement is about", () => {
  it("reads a pronoun after a speaker of the same sentence as that speaker", () => {
    const out = statements(
      'Lavrov said Moscow would keep its promises. "We are not afraid," he said. Biden said the talks had ended, adding he was worried about the troops.',
      "en",
    );
    expect(out.map((s) => `${s.speaker}:${s.stance}`)).toEqual(["Sergey Lavrov:assert", "Joe Biden:warn"]);
  });

  it("does not count the speaker's own name as what the words are about", () => {
    const out = statements(
      'Russia and North Korea signed a defence pact. "I am concerned about that," Mr Biden said.',
      "en",
    );
    expect(out).toEqual([
      { speaker: "Joe Biden", stance: "warn", about: ["KP", "RU", "US"], quote: "I am concerned about that" },
    ]);
  });
});

describe("statement rules: about", () => {
  it("reads words that name only the speaker's own state as about the story's states too", () => {
    const out = statements(
      "North Korea fired a missile. Lavrov said Russia wanted an honest review of the sanctions.",
      "en",
    );
    expect(out[0]).toMatchObject({ speaker: "Sergey Lavrov", about: ["KP", "RU"] });
  });
});

describe("glued paragraphs", () => {
  it("splits sentences whose period touches the next capitalised word or acronym", () => {
    const text = "Rusia membantah tuduhan itu.Kantor berita melaporkan hal lain.AS juga bereaksi.";
    expect(splitSentences(text, languagePack("id")).map((s) => text.slice(s.start, s.end))).toEqual([
      "Rusia membantah tuduhan itu.",
      "Kantor berita melaporkan hal lain.",
      "AS juga bereaksi.",
    ]);
  });

  it("reads a discussion as an assertion, unless its report carries goodwill (a constructive exchange)", () => {
    expect(who("John Kirby said the two delegations discussed the fighting in Sudan.", "en")).toEqual([
      "John Kirby:assert",
    ]);
    expect(
      who("John Kirby said the two delegations had a constructive exchange and discussed the fighting in Sudan.", "en"),
    ).toEqual(["John Kirby:support"]);
    expect(who("Retno Marsudi mengatakan kedua menteri membahas situasi di Sudan secara konstruktif.", "id")).toEqual([
      "Retno Marsudi:support",
    ]);
    expect(who("Annalena Baerbock sagte, die beiden Minister besprachen die Lage im Sudan konstruktiv.", "de")).toEqual(
      ["Annalena Baerbock:support"],
    );
  });

  it("reads no statement from a verb of saying in the passive, which names no speaker before it", () => {
    expect(
      who(
        "The new measures against Iran, which were announced by the ministry on Monday, will take effect in June.",
        "en",
      ),
    ).toEqual([]);
    expect(
      who(
        "Il nuovo pacchetto contro l'Iran, che è stato annunciato dal governo italiano lunedì, entrerà in vigore a giugno.",
        "it",
      ),
    ).toEqual([]);
    expect(
      who(
        "Le nouveau paquet contre l'Iran, qui a été annoncé par le gouvernement français lundi, entrera en vigueur en juin.",
        "fr",
      ),
    ).toEqual([]);
    // An auxiliary closing a clause before the verb is not its passive.
    expect(who("Die Beziehungen seien im Vorjahr stark ausgebaut worden, sagte Wladimir Putin.", "de")).toEqual([
      "Vladimir Putin:assert",
    ]);
  });

  it("reads an answer to the sentence before as about the states that sentence named, not the story's", () => {
    const story =
      "Japan and South Korea held talks on trade on Monday. Japan thanked Seoul for the visit. " +
      "Washington accused three firms in Hong Kong of helping Moscow evade sanctions.";
    expect(statements(`${story} The Kremlin denied the accusations.`, "en").at(-1)).toMatchObject({
      speaker: "RU",
      stance: "deny",
      about: ["HK", "RU", "US"],
    });
    const cerita =
      "Jepang dan Korea Selatan menggelar pembicaraan dagang pada Senin. Jepang berterima kasih kepada Seoul. " +
      "Washington menuduh tiga perusahaan di Hong Kong membantu Moskow menghindari sanksi.";
    expect(statements(`${cerita} Kremlin membantah tuduhan tersebut.`, "id").at(-1)).toMatchObject({
      speaker: "RU",
      stance: "deny",
      about: ["HK", "RU", "US"],
    });
  });

  it("reads an answer to measures named in the sentence before as about the states that sentence named", () => {
    const text =
      "Bundeskanzler Olaf Scholz hat Narendra Modi empfangen. Scholz sagte, Deutschland und Indien seien Partner. " +
      "Die EU hat neue Sanktionen gegen Belarus verhängt. Minsk verurteilte die Maßnahmen als feindselig.";
    expect(statements(text, "de").at(-1)).toMatchObject({ speaker: "BY", about: ["BY"] });
  });
});
