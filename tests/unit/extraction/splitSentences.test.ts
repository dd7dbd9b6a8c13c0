import { languagePack } from "../../../src/extraction/languages";
import { splitSentences } from "../../../src/extraction/splitSentences";

const sentences = (text: string, lang: string) => splitSentences(text, languagePack(lang)).map((s) => ({ text: text.slice(s.start, s.end), dateline: s.dateline, heading: s.heading }));
const texts = (text: string, lang: string) => sentences(text, lang).filter((s) => !s.dateline).map((s) => s.text);

describe("splitSentences", () => {
  it("does not end a sentence at titles, initials, U.S. or month abbreviations", () => {
    expect(texts("Dr. Park met Mr. Kim in the U.S. capital on Sept. 13 to discuss N. Korea. They agreed.", "en")).toEqual([
      "Dr. Park met Mr. Kim in the U.S. capital on Sept. 13 to discuss N. Korea.",
      "They agreed.",
    ]);
  });

  it("ends a sentence at 'AS.' followed by a capital, but not before a lower-case word", () => {
    expect(texts("Korea Utara dituduh AS. Presiden Yoon menolak.", "id")).toEqual(["Korea Utara dituduh AS.", "Presiden Yoon menolak."]);
    expect(texts("Bantuan itu datang dari AS. yang kemudian diumumkan.", "id")).toEqual(["Bantuan itu datang dari AS. yang kemudian diumumkan."]);
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
    const out = sentences("Leaders meet in Vladivostok\n\nMOSCOW/SEOUL - Kim arrived on Tuesday. He left on Friday.", "en");
    expect(out).toEqual([
      { text: "Leaders meet in Vladivostok", dateline: false, heading: true },
      { text: "MOSCOW/SEOUL", dateline: true, heading: false },
      { text: "Kim arrived on Tuesday.", dateline: false, heading: false },
      { text: "He left on Friday.", dateline: false, heading: false },
    ]);
    expect(texts("Moskow: Pemerintah Rusia membantah laporan itu.", "id")).toEqual(["Pemerintah Rusia membantah laporan itu."]);
  });

  it("joins a line broken in mid-sentence", () => {
    expect(texts("Pernyataan itu dimuat\nAl Jazeera. Pembaruan ditolak.", "id")).toEqual(["Pernyataan itu dimuat\nAl Jazeera.", "Pembaruan ditolak."]);
  });
});
