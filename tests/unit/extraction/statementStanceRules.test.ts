import { extract } from "../../../src/extraction/extract";
import { article } from "./fixtures";

/** Stance rules of src/extraction/README.md added in round 6, with sentences of our own. */
const stances = (text: string, lang: string) =>
  extract(article(text, lang)).statements.map((s) => `${s.speaker}:${s.stance}`);

describe("statement stance rules", () => {
  it("does not let a negation inside a quotation cancel the verb after it", () => {
    expect(stances("« La France ne signera pas cet accord », a averti Emmanuel Macron.", "fr")).toEqual([
      "Emmanuel Macron:warn",
    ]);
  });

  it("takes the stance of a stance verb the speaker says in a quotation over the words around it", () => {
    // "dangerous" alone would make a warning; "we condemn" is the speaker's own act of accusing.
    expect(
      stances('"We strongly condemn this launch, which is dangerous for the region," Kamikawa said.', "en"),
    ).toEqual(["Yoko Kamikawa:accuse"]);
    expect(stances("„Wir verurteilen diesen gefährlichen Start“, sagte Baerbock.", "de")).toEqual([
      "Annalena Baerbock:accuse",
    ]);
    expect(stances('"Kami mengecam peluncuran yang berbahaya ini," kata Retno Marsudi.', "id")).toEqual([
      "Retno Marsudi:accuse",
    ]);
  });

  it("does not read a verb of denying inside a quotation as a denial", () => {
    // Denying someone a thing, or rejecting a policy, is not denying a claim.
    expect(stances('"The new rules keep denying funds to those who threaten us," Blinken said.', "en")).not.toContain(
      "Antony Blinken:deny",
    );
  });

  it("reads an escalation named as a warning", () => {
    expect(stances("Rutte said the deployment was a serious escalation of the war.", "en")).toEqual([
      "Mark Rutte:warn",
    ]);
    expect(stances("Rutte mengatakan pengerahan itu merupakan eskalasi serius.", "id")).toEqual(["Mark Rutte:warn"]);
  });

  it("reads a quoted label on the other side's charges as a denial, in every language", () => {
    const cases: Array<[string, string]> = [
      ["en", 'Zakharova called the American allegations "a cheap show".'],
      ["id", 'Zakharova menyebut tuduhan Amerika Serikat "pertunjukan murahan".'],
      ["de", "Sacharowa nannte die Vorwürfe der USA „eine billige Show“."],
      ["es", "Zajárova calificó las acusaciones de Estados Unidos de «un espectáculo barato»."],
      ["fr", "Zakharova a qualifié les accusations américaines de « spectacle bon marché »."],
      ["it", 'Zakharova ha definito le accuse americane "uno spettacolo da quattro soldi".'],
      ["pt", 'Zakharova classificou as acusações americanas de "espetáculo barato".'],
      ["pl", "Zacharowa nazwała oskarżenia USA „tanim przedstawieniem”."],
      ["ru", "Захарова назвала обвинения США «дешёвым спектаклем»."],
    ];
    for (const [lang, text] of cases)
      expect([lang, stances(text, lang).filter((x) => x.startsWith("Maria"))]).toEqual([
        lang,
        ["Maria Zakharova:deny"],
      ]);
  });

  it("does not read the charges a label answers as a statement of their own", () => {
    expect(stances('Zakharova menyebut tuduhan Amerika Serikat "pertunjukan murahan".', "id")).toEqual([
      "Maria Zakharova:deny",
    ]);
    expect(stances("Захарова назвала обвинения США «дешёвым спектаклем».", "ru")).toEqual(["Maria Zakharova:deny"]);
  });

  it("does not make the one who conveys an accusation deny it", () => {
    expect(stances("Blinken menyampaikan tuduhan itu setelah bertemu Lammy di London.", "id")).not.toContain(
      "Antony Blinken:deny",
    );
  });

  it("reads a conviction stated as reported speech, in every language", () => {
    const cases: Array<[string, string]> = [
      ["en", "Zelensky is convinced that Moscow will send the new recruits to the front."],
      ["de", "Selenskyj ist überzeugt, dass Moskau die neuen Rekruten an die Front schicken wird."],
      ["fr", "Zelensky est convaincu que Moscou enverra les nouvelles recrues au front."],
      ["es", "Zelenski está convencido de que Moscú enviará a los nuevos reclutas al frente."],
      ["it", "Zelensky è convinto che Mosca manderà le nuove reclute al fronte."],
      ["pt", "Zelensky está convencido de que Moscou enviará os novos recrutas para a frente."],
      ["pl", "Zełenski jest przekonany, że Moskwa wyśle nowych rekrutów na front."],
      ["ru", "Зеленский уверен, что Москва отправит новых рекрутов на фронт."],
      ["id", "Zelensky yakin bahwa Moskow akan mengirim para rekrutan baru ke garis depan."],
    ];
    for (const [lang, text] of cases)
      expect([lang, stances(text, lang).map((x) => x.split(":")[0])]).toEqual([lang, ["Volodymyr Zelensky"]]);
  });
});
