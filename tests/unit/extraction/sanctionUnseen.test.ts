import { extract } from "../../../src/extraction/extract";
import { article } from "./fixtures";

const facts = (text: string, lang: string) =>
  extract(article(text, lang, "2024-06-20T10:00:00Z")).sanctions.map((s) => [s.imposer, s.target, s.status]);

describe("a target fronted between the verb and the sanctions word", () => {
  // The act's verb stands before "против Минска", not right before the sanctions word; the imposer is
  // its subject, not the one of the sanctions told in the sentence before.
  it.each([
    [
      "ru",
      "Канада ввела санкции против шести иранских чиновников. Лондон ввёл против Минска новые финансовые санкции.",
      ["GB", "BY", "announced"],
    ],
    [
      "es",
      "Canadá impuso sanciones a seis funcionarios iraníes. Londres impuso a Minsk nuevas sanciones financieras.",
      ["GB", "BY", "announced"],
    ],
    [
      "pl",
      "Kanada nałożyła sankcje na sześciu irańskich urzędników. Londyn nałożył na Mińsk nowe sankcje finansowe.",
      ["GB", "BY", "announced"],
    ],
  ])("%s", (lang, text, expected) => {
    expect(facts(text, lang)).toContainEqual(expected);
  });
});

describe("a sanctioning office that tells of the sanctions after the clause", () => {
  // ", the State Department said": the office speaks for the imposer of the sanctions it tells of.
  it.each([
    ["en", "Sanctions on the Venezuelan state oil company remain in place, the State Department said.", "VE"],
    ["es", "Las sanciones contra Nicolás Maduro siguen vigentes, dijo el Departamento del Tesoro.", "Nicolas Maduro"],
    ["fr", "Les sanctions contre Nicolás Maduro restent en vigueur, a indiqué le Trésor américain.", "Nicolas Maduro"],
  ])("%s", (lang, text, target) => {
    expect(facts(text, lang)).toContainEqual(["US", target, "in_force"]);
  });

  it("not an office describing sanctions a state is under", () => {
    expect(facts("North Korea is under heavy sanctions, the State Department said.", "en")).toEqual([
      [null, "KP", "in_force"],
    ]);
  });

  it("not an office that only comments on another's sanctions", () => {
    expect(facts("The EU's sanctions on Belarus remain in place, the State Department said.", "en")).not.toContainEqual(
      ["US", "BY", "in_force"],
    );
  });
});

describe("UN sanctions breached, their target not beside them", () => {
  // The state under a UN regime named in the clause before the sanctions is the one they hit; the
  // state that receives the goods is no target.
  it.each([
    ["en", "Pyongyang is accused of sending artillery shells to Moscow, in violation of UN sanctions.", "KP"],
    ["en", "The country buys North Korean coal in breach of UN sanctions, the report said.", "KP"],
    ["fr", "Téhéran livre des drones à Moscou, en violation des sanctions de l'ONU.", "IR"],
    ["es", "Irán envía drones a Rusia en violación de las sanciones de la ONU.", "IR"],
    ["de", "Nordkorea liefert Granaten an Russland, ein Verstoß gegen UN-Sanktionen.", "KP"],
  ])("%s: %s", (lang, text, target) => {
    const found = facts(text, lang);
    expect(found).toContainEqual(["UN", target, "in_force"]);
    expect(found).not.toContainEqual(["UN", "RU", "in_force"]);
  });
});

describe("a relative clause after the target that adds another target", () => {
  // "sanctions against Russia that also target X": both Russia and X are hit, by the same act.
  it.each([
    [
      "en",
      "The EU adopted a new package of sanctions against Russia that for the first time targets Iranian Defence Minister Mohammad Reza Ashtiani.",
    ],
    [
      "pt",
      "A União Europeia aprovou novas sanções contra a Rússia que atingem também o ministro da Defesa do Irã, Mohammad Reza Ashtiani.",
    ],
    [
      "fr",
      "L'UE a adopté de nouvelles sanctions contre la Russie qui visent aussi le ministre iranien de la Défense, Mohammad Reza Ashtiani.",
    ],
  ])("%s", (lang, text) => {
    const found = facts(text, lang);
    expect(found).toContainEqual(["EU", "RU", "announced"]);
    expect(found).toContainEqual(["EU", "Mohammad Reza Ashtiani", "announced"]);
  });
});

describe("a lifting told with a plural or present verb", () => {
  // The packs list the verbs of lifting form by form: the plural subject ("os EUA aliviaram") and the
  // present tense ("revocano", "lèvent") are liftings too, by their subject.
  it.each([
    ["pt", "Os EUA aliviaram as sanções contra a Venezuela."],
    ["pt", "Os Estados Unidos suspenderam as sanções contra a Venezuela."],
    ["es", "Los Estados Unidos suspendieron las sanciones a Venezuela."],
    ["es", "Washington alivió las sanciones a Venezuela."],
    ["it", "Gli Stati Uniti revocano le sanzioni contro il Venezuela."],
    ["fr", "Les États-Unis lèvent les sanctions contre le Venezuela."],
    ["ru", "Соединённые Штаты ослабили санкции против Венесуэлы."],
    ["pl", "Stany Zjednoczone złagodzili sankcje wobec Wenezueli."],
    ["de", "Die USA lockerten die Sanktionen gegen Venezuela."],
  ])("%s: %s", (lang, text) => {
    expect(facts(text, lang)).toEqual([["US", "VE", "lifted"]]);
  });
});

describe("another imposer sanctioning an unnamed group of officials", () => {
  // "also sanctioned two judges …": a group naming no country belongs to the state the sanctions before hit.
  it.each([
    [
      "en",
      "The United States on Monday imposed sanctions on Iran over the crackdown on protests. Australia also sanctioned two judges of the court that sentenced the activists.",
    ],
    [
      "fr",
      "Le Canada a imposé lundi des sanctions contre l'Iran. L'Australie a aussi sanctionné deux juges du tribunal qui a condamné les militants.",
    ],
    [
      "de",
      "Kanada verhängte am Montag Sanktionen gegen den Iran. Australien sanktionierte zudem zwei Richter des Gerichts, das die Aktivisten verurteilte.",
    ],
  ])("%s", (lang, text) => {
    expect(facts(text, lang)).toContainEqual(["AU", "IR", "announced"]);
  });
});

describe("sanctions only threatened", () => {
  // A verb of threatening before the sanctions word makes them a threat, in every pack: no fact.
  it.each([
    ["ru", "Лондон пригрозил Минску новыми санкциями, если выборы будут сфальсифицированы."],
    ["pl", "Londyn zagroził Mińskowi nowymi sankcjami, jeśli wybory zostaną sfałszowane."],
    ["fr", "Paris a menacé Caracas de nouvelles sanctions si le scrutin est truqué."],
    ["it", "Londra ha minacciato Minsk di nuove sanzioni se il voto sarà truccato."],
    ["pt", "Londres ameaçou Minsk com novas sanções se a votação for fraudada."],
  ])("%s: %s", (lang, text) => {
    expect(facts(text, lang)).toEqual([]);
  });
});

describe("the agent named after the target", () => {
  // "sanctions imposed on Cuba by Washington": the "by" past the target still names who imposes.
  it.each([
    ["en", "The sanctions imposed on Cuba by Washington have lasted six decades.", ["US", "CU", "in_force"]],
    ["id", "Sanksi terhadap Venezuela dilonggarkan oleh Amerika Serikat pekan lalu.", ["US", "VE", "lifted"]],
  ])("%s: %s", (lang, text, expected) => {
    expect(facts(text, lang)).toEqual([expected]);
  });

  it("every agent listed after the target", () => {
    expect(facts("Sanctions on Russia by the European Union and Japan remain in force.", "en")).toEqual([
      ["EU", "RU", "in_force"],
      ["JP", "RU", "in_force"],
    ]);
  });
});

describe("a verb listing names whose object follows the list", () => {
  // "внёс в санкционный список три компании": the listing is the act, announced, as "sanctioned" is.
  it.each([
    ["ru", "Минфин США внёс в санкционный список три иранские судоходные компании."],
    ["en", "The Commerce Department added to its entity list seven Iranian firms."],
  ])("%s: %s", (lang, text) => {
    expect(facts(text, lang)).toContainEqual(["US", "IR", "announced"]);
  });
});

describe("sanctions announced in an earlier year", () => {
  it("are in force when the news tells them later ('… diumumkan pada Agustus 2022', told in 2023)", () => {
    const text = "Sanksi terhadap Rudi Hartono, pejabat Lithuania, diumumkan pada Agustus 2022.";
    const [sanction] = extract(article(text, "id", "2023-07-20T08:00:00Z")).sanctions;
    expect(sanction?.status).toBe("in_force");
  });
});
