import { cueIndex } from "../../../src/extraction/cueIndex";
import { detectLanguage } from "../../../src/extraction/detectLanguage";
import { LANGUAGE_PACKS, languagePack } from "../../../src/extraction/languages";
import type { LanguagePack } from "../../../src/extraction/languages/types";
import { phraseWords, tokenize } from "../../../src/extraction/tokenize";

/** The cue lists that make facts, by family: a phrase of another family must not swallow one of their words. */
const FAMILIES: Record<string, (p: LanguagePack) => string[]> = {
  speech: (p) => [
    ...p.speech.say,
    ...p.speech.sayInverted,
    ...p.speech.accordingTo,
    ...p.speech.claimNouns,
    ...Object.values(p.stance.verbs).flat(),
    ...Object.values(p.stance.passive).flat(),
  ],
  meeting: (p) =>
    [
      p.meeting.meet,
      p.meeting.host,
      p.meeting.hostNoun,
      p.meeting.visit,
      p.meeting.arrive,
      p.meeting.talks,
      p.meeting.visitNoun,
      p.meeting.invite,
      p.meeting.invitation,
    ].flat(),
  sanction: (p) => p.sanction.words,
};

/**
 * Phrases meant to override the fact word inside them: a summit "called off" is not a statement, "menyambut baik" (welcomed a decision) hosts no one,
 * a "courtesy call on" a leader is a meeting in person, not an urging.
 */
const DELIBERATE = new Set([
  "called off",
  "call off",
  "calls off",
  "menyambut baik",
  // Welcoming a step or a decision ("menyambut bergabungnya Indonesia", "menyambut keputusan itu") hosts no one either.
  "menyambut positif",
  "menyambut gembira",
  "menyambut keputusan",
  "menyambut langkah",
  "menyambut pengumuman",
  "menyambut bergabungnya",
  "menyambut masuknya",
  // Welcoming a decision ("accolto con favore", "acogió con satisfacción") is support; it hosts no one.
  "a accueilli favorablement",
  "accueilli favorablement",
  "accueille favorablement",
  "a accueilli avec satisfaction",
  "accueilli avec satisfaction",
  "acogió con satisfacción",
  "acogió con beneplácito",
  "acogió favorablemente",
  "ha acogido con satisfacción",
  "ha accolto con favore",
  "accolto con favore",
  "accoglie con favore",
  "ha accolto con soddisfazione",
  "accolto con soddisfazione",
  "acolheu com satisfação",
  "acolheu favoravelmente",
  "acolhe com satisfação",
  "courtesy call on",
  "courtesy calls on",
  // A travel ban is a sanction, not a trip: the sanctions phrase hides the meeting word on purpose.
  "larangan perjalanan",
  "prohibición de viaje",
  "proibição de viajar",
  "divieto di viaggio",
  "zakaz podróżowania",
  // A vow of a firm response or a clear message warns; its "tegas"/"jelas" is an adverb there, not the inverted "…," tegas Jokowi.
  "menanggapi dengan tegas",
  "merespons dengan tegas",
  "merespon dengan tegas",
  "membalas dengan tegas",
  "bertindak tegas",
  "pesan yang jelas kepada",
  "pesan tegas kepada",
  "sinyal yang jelas kepada",
]);

/** Words a phrase takes in the index: "lud … ein" is the word "lud" plus a condition on what follows. */
const indexedWords = (phrase: string) => phraseWords(phrase.split(/\s+…\s+/)[0]);

function otherPhrases(p: LanguagePack, family: string): string[] {
  const all = [
    ...Object.values(p.stance.cues).flat(),
    ...p.meeting.planned,
    ...p.meeting.cancelled,
    ...p.meeting.ongoing,
    ...Object.keys(p.meeting.durations),
    ...p.sanction.under,
    ...p.sanction.threat,
    ...p.sanction.announced,
    ...p.sanction.lifted,
    ...p.sanction.vetoed,
    ...p.sanction.notLifted,
    ...p.dates.vague,
    ...Object.entries(FAMILIES).flatMap(([name, list]) => (name === family ? [] : list(p))),
  ];
  return all.filter((w) => indexedWords(w).length > 1 && !DELIBERATE.has(w));
}

describe("language packs", () => {
  it.each(LANGUAGE_PACKS.map((p) => [p.code, p] as const))(
    "%s: no longer phrase hides a word that makes a fact",
    (_code, pack) => {
      for (const [family, list] of Object.entries(FAMILIES)) {
        const singles = new Set(
          list(pack)
            .filter((w) => indexedWords(w).length === 1)
            .map((w) => indexedWords(w)[0]),
        );
        const hiding = otherPhrases(pack, family).filter(
          (phrase) => indexedWords(phrase).some((w) => singles.has(w)) && !list(pack).includes(phrase),
        );
        expect({ family, hiding }).toEqual({ family, hiding: [] });
      }
    },
  );

  it.each(LANGUAGE_PACKS.map((p) => [p.code, p] as const))(
    "%s: has the words every fact builder reads",
    (_code, pack) => {
      for (const list of [
        pack.stopwords,
        pack.speech.say,
        pack.meeting.meet,
        pack.meeting.visit,
        pack.meeting.talks,
        pack.sanction.words,
        pack.roles,
        pack.dates.months,
      ]) {
        expect(list.length).toBeGreaterThan(0);
      }
      expect(pack.dates.months).toHaveLength(12);
      expect(cueIndex(pack)).toBe(cueIndex(pack)); // built once, then reused
    },
  );

  // A compound after a quotation ("a averti", "ha evidenziato") is the longer match in the index: it must carry the
  // kinds of the shorter verb inside it, or "Pékin a averti Washington" loses its warning.
  it.each(LANGUAGE_PACKS.map((p) => [p.code, p] as const))(
    "%s: an inverted compound is also every list its shorter verb is in",
    (_code, pack) => {
      const lists: Record<string, string[]> = {
        say: pack.speech.say,
        agreements: pack.agreements ? [...pack.agreements.signed, ...pack.agreements.cancelled] : [],
        ...Object.fromEntries(Object.entries(pack.stance.verbs).map(([k, v]) => [`stance.${k}`, v ?? []])),
      };
      const missing: string[] = [];
      for (const phrase of pack.speech.sayInverted) {
        const words = indexedWords(phrase);
        if (words.length < 2) continue;
        for (const [name, list] of Object.entries(lists)) {
          const singles = new Set(list.filter((w) => indexedWords(w).length === 1).map((w) => indexedWords(w)[0]));
          if (words.some((w) => singles.has(w)) && !list.includes(phrase)) missing.push(`${phrase} (${name})`);
        }
      }
      expect(missing).toEqual([]);
    },
  );

  it("falls back to English cue words for a language without a pack", () => {
    expect(languagePack("nl").code).toBe("en");
    expect(languagePack("fr").code).toBe("fr");
    expect(languagePack("id").code).toBe("id");
  });

  it("detects the language of unlabelled text, and trusts the label when there is one", () => {
    const detect = (text: string, declared?: string) => detectLanguage(declared, tokenize(text), LANGUAGE_PACKS);
    expect(detect("Presiden Prancis berbicara dengan para menteri di kota itu pada hari Rabu.")).toBe("id");
    expect(detect("The president said that the two leaders met in the capital on Wednesday.")).toBe("en");
    expect(detect("Der Präsident sagte, dass die beiden sich in der Hauptstadt getroffen haben.")).toBe("de");
    expect(detect("El presidente dijo que los dos líderes se reunieron en la capital.")).toBe("es");
    expect(detect("Le président a dit que les deux dirigeants se sont rencontrés dans la capitale.")).toBe("fr");
    expect(
      detect("Il presidente ha detto che i due leader si sono incontrati nella capitale per la prima volta."),
    ).toBe("it");
    expect(
      detect("O presidente disse que os dois líderes se encontraram na capital e não falaram com a imprensa."),
    ).toBe("pt");
    expect(
      detect("Prezydent powiedział, że obaj przywódcy spotkali się w stolicy i nie rozmawiali z dziennikarzami."),
    ).toBe("pl");
    expect(detect("Президент заявил, что два лидера встретились в столице и не говорили с журналистами.")).toBe("ru");
    expect(detect("Putin Kim Pyongyang")).toBe("und");
    expect(detect("The president said so.", "id-ID")).toBe("id");
  });
});
