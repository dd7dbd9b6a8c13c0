import { languagePack } from "../../../src/extraction/languages";
import { MAX_SENTENCE, splitSentences } from "../../../src/extraction/splitSentences";

const sentences = (text: string, lang: string) =>
  splitSentences(text, languagePack(lang)).map((s) => ({
    text: text.slice(s.start, s.end),
    dateline: s.dateline,
    heading: s.heading,
  }));
const texts = (text: string, lang: string) =>
  sentences(text, lang)
    .filter((s) => !s.dateline)
    .map((s) => s.text);

describe("splitSentences", () => {
  it("does not end a German sentence at an ordinal after an article ('ihr 17. Sanktionspaket')", () => {
    expect(
      texts("Die EU hat ihr 17. Sanktionspaket beschlossen. Die Zahl stieg auf 17. Moskau protestierte.", "de"),
    ).toEqual(["Die EU hat ihr 17. Sanktionspaket beschlossen.", "Die Zahl stieg auf 17.", "Moskau protestierte."]);
  });

  it("does not end a sentence at titles, initials, U.S. or month abbreviations", () => {
    expect(
      texts("Dr. Park met Mr. Kim in the U.S. capital on Sept. 13 to discuss N. Korea. They agreed.", "en"),
    ).toEqual(["Dr. Park met Mr. Kim in the U.S. capital on Sept. 13 to discuss N. Korea.", "They agreed."]);
  });

  it("ends a sentence at 'AS.' followed by a capital, but not before a lower-case word", () => {
    expect(texts("Korea Utara dituduh AS. Presiden Yoon menolak.", "id")).toEqual([
      "Korea Utara dituduh AS.",
      "Presiden Yoon menolak.",
    ]);
    expect(texts("Bantuan itu datang dari AS. yang kemudian diumumkan.", "id")).toEqual([
      "Bantuan itu datang dari AS. yang kemudian diumumkan.",
    ]);
  });

  it("keeps German ordinals with their month", () => {
    expect(texts("Am 13. September trafen sich Kim und Putin. Danach reiste Kim ab.", "de")).toEqual([
      "Am 13. September trafen sich Kim und Putin.",
      "Danach reiste Kim ab.",
    ]);
  });

  it("keeps a quotation that runs over two sentences in one piece", () => {
    expect(texts('"We will help them. We came here for that," Putin said. Kim nodded.', "en")).toEqual([
      '"We will help them. We came here for that," Putin said.',
      "Kim nodded.",
    ]);
  });

  it("cuts the dateline off the first paragraph and marks headings", () => {
    const out = sentences(
      "Leaders meet in Vladivostok\n\nMOSCOW/SEOUL - Kim arrived on Tuesday. He left on Friday.",
      "en",
    );
    expect(out).toEqual([
      { text: "Leaders meet in Vladivostok", dateline: false, heading: true },
      { text: "MOSCOW/SEOUL", dateline: true, heading: false },
      { text: "Kim arrived on Tuesday.", dateline: false, heading: false },
      { text: "He left on Friday.", dateline: false, heading: false },
    ]);
    expect(texts("Moskow: Pemerintah Rusia membantah laporan itu.", "id")).toEqual([
      "Pemerintah Rusia membantah laporan itu.",
    ]);
  });

  it("joins a line broken in mid-sentence", () => {
    expect(texts("Pernyataan itu dimuat\nAl Jazeera. Pembaruan ditolak.", "id")).toEqual([
      "Pernyataan itu dimuat\nAl Jazeera.",
      "Pembaruan ditolak.",
    ]);
  });
});

describe("splitSentences on adversarial text", () => {
  const pieces = (text: string) => splitSentences(text, languagePack("en"));

  it("cuts a run that never ends a sentence into pieces of at most MAX_SENTENCE characters", () => {
    for (const text of [
      "U.S. ".repeat(40_000),
      `"The talks ${"went on and on, ".repeat(12_000)}`,
      "x".repeat(100_000),
    ]) {
      const out = pieces(text);
      expect(out.length).toBeGreaterThan(text.length / MAX_SENTENCE - 1);
      for (const s of out) expect(s.end - s.start).toBeLessThanOrEqual(MAX_SENTENCE);
      // Every piece follows the last, and together they cover the text up to spaces.
      out.slice(1).forEach((s, i) => expect(text.slice(out[i].end, s.start).trim()).toBe(""));
      expect(out[0].start).toBe(0);
    }
  });

  it("cuts a long run after a clause mark, else a comma, in the second half of its window", () => {
    const clause = `${"a".repeat(1500)}; ${"b".repeat(1000)}`;
    expect(pieces(clause).map((s) => clause.slice(s.start, s.end))).toEqual([`${"a".repeat(1500)};`, "b".repeat(1000)]);
    const comma = `${"c".repeat(1200)}, ${"d".repeat(1000)}`;
    expect(pieces(comma).map((s) => comma.slice(s.start, s.end))).toEqual([`${"c".repeat(1200)},`, "d".repeat(1000)]);
  });

  it("splits the sentences of a long paragraph as it splits a short one", () => {
    const paragraph = "Kim met Putin in the U.S. embassy. They agreed. ".repeat(500).trim();
    const out = pieces(paragraph).map((s) => paragraph.slice(s.start, s.end));
    expect(out).toHaveLength(1000);
    expect(out[998]).toBe("Kim met Putin in the U.S. embassy.");
  });
});
