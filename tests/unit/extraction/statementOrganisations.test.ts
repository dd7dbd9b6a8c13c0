import { extract } from "../../../src/extraction/extract";
import { article } from "./fixtures";

/** Speakers that are neither persons nor states: armed groups, think tanks and papers, with sentences of our own. */
const who = (text: string, lang: string) =>
  extract(article(text, lang)).statements.map((s) => `${s.speaker}:${s.stance}`);
const persons = (text: string, lang: string) => extract(article(text, lang)).persons.map((p) => p.name);

describe("statement speakers that are organisations", () => {
  it("gives the words of an armed group to the group, not to a person of that name", () => {
    const en = "Hamas said on Tuesday that the new proposal from Cairo was still under review.";
    expect(who(en, "en")).toEqual(["Hamas:assert"]);
    expect(persons(en, "en")).toEqual([]);
    const id = "Hizbullah mengatakan pada Rabu bahwa pasukannya menembakkan roket ke arah utara Israel.";
    expect(who(id, "id")).toEqual(["Hezbollah:assert"]);
    const fr = "Les Houthis ont affirmé jeudi que le navire visé en mer Rouge appartenait à une société britannique.";
    expect(who(fr, "fr")).toEqual(["Houthis:assert"]);
  });

  it("reads regional bodies by their full names, as speakers and as imposers", () => {
    const en =
      "The Economic Community of West African States said on Sunday that it would lift the sanctions on Niger.";
    expect(who(en, "en")).toEqual(["ECOWAS:assert"]);
    expect(persons(en, "en")).toEqual([]);
    const id = "Liga Arab mengecam serangan itu pada Selasa.";
    expect(who(id, "id")).toEqual(["Arab League:accuse"]);
    const sanctions = extract(
      article("The Economic Community of West African States imposed sanctions on Mali.", "en"),
    ).sanctions;
    expect(sanctions.map((x) => [x.imposer, x.target])).toEqual([["ECOWAS", "ML"]]);
  });

  it("reads 'the group' as the organisation named last, in the languages that list it", () => {
    expect(who("Hamas fired rockets at Tel Aviv on Monday. The group said it had targeted a base.", "en")).toEqual([
      "Hamas:assert",
    ]);
    expect(
      who("Hamas menembakkan roket ke Tel Aviv. Kelompok itu mengatakan pihaknya menyasar pangkalan.", "id"),
    ).toEqual(["Hamas:assert"]);
    // One who answers a claim is not its owner: "a claim the group rejected" is the group's denial. (A leader's
    // office speaks for the leader's state.)
    expect(
      who("Netanyahu's office accused Hamas of reneging on parts of the deal, a claim the group rejected.", "en"),
    ).toEqual(["IL:accuse", "Hamas:deny"]);
  });

  it("gives what a think tank reports to the think tank, in every language it is named in", () => {
    const en = "The Institute for the Study of War said that Russian units had regrouped near the river.";
    expect(who(en, "en")).toEqual(["Institute for the Study of War:assert"]);
    const pl = "Instytut Studiów nad Wojną (ISW) podał, że rosyjskie oddziały przegrupowały się nad rzeką.";
    expect(who(pl, "pl")).toEqual(["Institute for the Study of War:assert"]);
  });

  it("lets a paper speak for a story of its own but keeps a wire service a source", () => {
    const en =
      "The Financial Times wrote last month that Moscow was shipping fuel to Pyongyang in breach of UN limits.";
    expect(who(en, "en")).toEqual(["Financial Times:assert"]);
    const according = "According to The New York Times, Russian and North Korean units are preparing an offensive.";
    expect(who(according, "en")).toEqual(["The New York Times:assert"]);
    const wire = "Reuters reported that Moscow was shipping fuel to Pyongyang in breach of UN limits.";
    expect(who(wire, "en")).toEqual([]);
  });

  it("leaves the words to the person a paper quotes", () => {
    const en = "Lavrov said Moscow would widen its ties with Pyongyang, the Financial Times reported.";
    expect(who(en, "en")).toEqual(["Sergey Lavrov:assert"]);
  });
});

describe("an embassy speaks for its state", () => {
  it.each([
    ["de", "Die chinesische Botschaft in Berlin kritisierte das Treffen scharf."],
    ["es", "La embajada de China en Madrid criticó duramente la reunión."],
  ])("%s: %s", (lang, text) => {
    const [statement] = extract(article(text, lang, "2025-06-02T08:00:00Z")).statements;
    expect([statement?.speaker, statement?.stance]).toEqual(["CN", "accuse"]);
  });
});

describe("a state's mission to an organisation speaks for the state", () => {
  it("'Iran's mission to the United Nations condemned …' is Iran", () => {
    const [statement] = extract(
      article("Iran's mission to the United Nations condemned the overnight strikes by Israel.", "en", "2025-06-02"),
    ).statements;
    expect(statement?.speaker).toBe("IR");
  });
});

describe("an embassy named with the capital it sits in", () => {
  it("'KBRI Beijing menyatakan …' is Indonesia speaking", () => {
    const [statement] = extract(
      article(
        "KBRI Beijing menyatakan seluruh mahasiswa Indonesia di Shanghai dalam keadaan aman.",
        "id",
        "2025-06-02",
      ),
    ).statements;
    expect(statement?.speaker).toBe("ID");
  });
});

describe("the office a person acts in", () => {
  it.each([
    [
      "id",
      "Perdana Menteri Malaysia Anwar Ibrahim selaku ketua ASEAN mendesak junta Myanmar menghentikan kekerasan.",
      "Anwar Ibrahim",
    ],
    [
      "fr",
      "Le président sénégalais Macky Sall, en tant que président de la CEDEAO, a condamné le coup d'État.",
      "Macky Sall",
    ],
  ])("%s: is not the speaker", (lang, text, speaker) => {
    const [statement] = extract(article(text, lang, "2025-06-02")).statements;
    expect(statement?.speaker).toBe(speaker);
  });
});
