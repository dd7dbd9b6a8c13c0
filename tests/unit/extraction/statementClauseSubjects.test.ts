import { extract } from "../../../src/extraction/extract";
import { article } from "./fixtures";

/**
 * Who speaks when the verb is not next to its subject: a second verb after "and", a verb right after a
 * quotation, "according to" a government body, and the follow-up of a quotation. Sentences of our own.
 */
const who = (text: string, lang: string) =>
  extract(article(text, lang)).statements.map((s) => `${s.speaker}:${s.stance}`);

describe("statement subjects across clauses", () => {
  it("gives a verb after 'and' the subject its sentence opens with, not the object of the verb before", () => {
    expect(
      who(
        "O governo angolano chamou o seu embaixador em Kinshasa e acusou o Congo de ingerência nos assuntos internos.",
        "pt",
      ),
    ).toEqual(["AO:accuse"]);
    expect(
      who(
        "Il governo polacco ha convocato l'ambasciatore a Minsk e ha accusato la Bielorussia di provocazioni al confine.",
        "it",
      ),
    ).toEqual(["PL:accuse"]);
    expect(
      who("El gobierno colombiano convocó al embajador en Caracas y acusó a Venezuela de hostilidad abierta.", "es"),
    ).toEqual(["CO:accuse"]);
  });

  it("reads any verb of saying right after a closing quotation as inverted: its speaker follows", () => {
    // "a lancé" is no inverted verb of the French pack; the quotation before it makes it one.
    const fr =
      "Le général Abdourahamane Tiani a accueilli à Niamey le capitaine Ibrahim Traoré et le colonel Assimi Goïta. " +
      "« Notre souveraineté ne se négocie pas », a lancé le dirigeant burkinabè devant la presse.";
    expect(who(fr, "fr")).toEqual(["Ibrahim Traoré:assert"]);
  });

  it("lets 'according to' name the state behind the government noun that leads the phrase", () => {
    const pt =
      "Segundo os serviços de informações sul-coreanos, pelo menos cem militares norte-coreanos morreram na Rússia.";
    expect(who(pt, "pt")).toEqual(["KR:assert"]);
    const fr =
      "Selon les services de renseignement sud-coréens, une centaine de soldats nord-coréens sont morts en Russie.";
    expect(who(fr, "fr")).toEqual(["KR:assert"]);
    const it = "Secondo l'intelligence sudcoreana, almeno cento soldati nordcoreani sono morti in Russia.";
    expect(who(it, "it")).toEqual(["KR:assert"]);
  });

  it("makes whom 'according to' names the source when another speaker speaks in the sentence", () => {
    const it =
      "Il segretario di Stato Antony Blinken ha incontrato Wang Yi a Pechino. " +
      "Secondo il ministero degli Esteri cinese, Wang ha esortato Washington a revocare i controlli sulle esportazioni.";
    expect(who(it, "it")).toEqual(["Wang Yi:warn"]);
    const en =
      "Secretary of State Antony Blinken met Wang Yi in Beijing. " +
      "According to the Chinese foreign ministry, Wang urged Washington to lift its export controls.";
    expect(who(en, "en")).toEqual(["Wang Yi:warn"]);
  });

  it("joins a quotation with no verb of its own to the same speaker's quotation just before it in the paragraph", () => {
    const en =
      "Defence minister Rustem Umerov spoke after the talks in Brussels. " +
      '"Our cities need more air defence this winter," Umerov said. "Every battery saves lives."';
    expect(who(en, "en")).toHaveLength(1);
    const id =
      'Menteri Luar Negeri Retno Marsudi berbicara di Jakarta. "Kami mendesak semua pihak menahan diri," kata Retno. "Perdamaian adalah kepentingan bersama."';
    expect(who(id, "id")).toHaveLength(1);
  });

  it("joins a later quotation to the same speaker's lede that quoted a fragment of it", () => {
    const en =
      'Chancellor Olaf Scholz called for a "fair partnership" with Beijing on Tuesday, warning of "new dependencies".\n\n' +
      "Scholz met Premier Li Qiang for three hours in the Great Hall.\n\n" +
      '"We want a fair partnership, and we want no new dependencies," Scholz told reporters after the talks.';
    expect(who(en, "en").filter((x) => x.startsWith("Olaf Scholz"))).toHaveLength(1);
    const fr =
      "Le président Emmanuel Macron a plaidé lundi pour une « autonomie stratégique » européenne face à Washington.\n\n" +
      "Il a rencontré le chancelier allemand à Berlin dans la soirée.\n\n" +
      "« L'Europe doit bâtir son autonomie stratégique sans attendre », a déclaré Emmanuel Macron devant la presse.";
    expect(who(fr, "fr").filter((x) => x.startsWith("Emmanuel Macron"))).toHaveLength(1);
  });

  it("reads a verb of saying after a comma as inverted when a person right after it closes the sentence", () => {
    const pl =
      "Obie strony zgodziły się wznowić rozmowy wojskowe, poinformował doradca ds. bezpieczeństwa narodowego Jake Sullivan.";
    expect(who(pl, "pl").map((x) => x.split(":")[0])).toEqual(["Jake Sullivan"]);
  });

  it("reads expressing concern as a statement whose words give the stance", () => {
    expect(
      who(
        "Le ministère japonais des Affaires étrangères a exprimé sa « vive inquiétude » après le tir nord-coréen.",
        "fr",
      ),
    ).toEqual(["JP:warn"]);
    expect(
      who("Il ministero degli Esteri giapponese ha espresso forte preoccupazione per il lancio nordcoreano.", "it"),
    ).toEqual(["JP:warn"]);
    expect(who("O Itamaraty expressou profunda preocupação com o lançamento norte-coreano.", "pt")).toEqual([
      "BR:warn",
    ]);
    expect(
      who(
        "Prezydent USA Joe Biden spotkał się z Xi. Amerykański przywódca wyraził też zaniepokojenie wsparciem Chin dla Rosji.",
        "pl",
      ),
    ).toEqual(["Joe Biden:warn"]);
  });

  it("reads avoiding comment as declining to comment", () => {
    expect(who("Kremlin spokesman Dmitry Peskov avoided commenting on the report.", "en")).toEqual([
      "Dmitry Peskov:other",
    ]);
    expect(who("O presidente Lula tem evitado comentar o assunto.", "pt")).toEqual(["Luiz Inacio Lula da Silva:other"]);
    expect(who("Il portavoce del Cremlino Dmitrij Peskov ha evitato di commentare le notizie.", "it")).toEqual([
      "Dmitry Peskov:other",
    ]);
  });
});
