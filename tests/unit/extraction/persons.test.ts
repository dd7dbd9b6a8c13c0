import { extract } from "../../../src/extraction/extract";
import { article } from "./fixtures";

const persons = (text: string, lang: string, publishedAt?: string) => extract(article(text, lang, publishedAt)).persons;
const names = (text: string, lang: string) => persons(text, lang).map((p) => p.name);

describe("persons", () => {
  it("knows leaders under the spellings other languages use", () => {
    expect(names("Kim Jong-un, Sergei Lavrov, Wladimir Putin und Wolodymyr Selenskyj.", "de")).toEqual([
      "Kim Jong Un",
      "Sergey Lavrov",
      "Vladimir Putin",
      "Volodymyr Zelensky",
    ]);
    expect(names("Volodymyr Zelenskyy and Recep Tayyip Erdoğan spoke.", "en")).toEqual([
      "Volodymyr Zelensky",
      "Recep Tayyip Erdogan",
    ]);
  });

  it("finds persons outside the gazetteer from their role, with the role in English and their country", () => {
    expect(persons("Duta Besar Rusia untuk ASEAN, Arkady Volkonsky, tiba di Jakarta.", "id")).toEqual([
      expect.objectContaining({
        name: "Arkady Volkonsky",
        country: "RU",
        roles: [{ title: "Ambassador to ASEAN", country: "RU" }],
      }),
    ]);
    expect(persons("South Korean Defense Minister Han Ji-woo inspected the border.", "en")).toEqual([
      expect.objectContaining({
        name: "Han Ji-woo",
        country: "KR",
        roles: [{ title: "Defence Minister", country: "KR" }],
      }),
    ]);
    expect(persons("Juru bicara Kementerian Luar Negeri Jepang Akiko Tanabe menolak berkomentar.", "id")).toEqual([
      expect.objectContaining({
        name: "Akiko Tanabe",
        country: "JP",
        roles: [{ title: "Spokesperson", country: "JP" }],
      }),
    ]);
  });

  it("resolves later surname-only mentions to the person named in full", () => {
    const [p] = persons(
      "Menteri Pertahanan Korea Selatan Han Ji-woo tiba di Seoul. Han mengatakan situasi aman.",
      "id",
    );
    expect(p.mentions.map((m) => m.text)).toEqual(["Han Ji-woo", "Han"]);
  });

  it("resolves a distinctive surname alone, and 'Kim' only with a role or an earlier full name", () => {
    expect(names("Lavrov tiba di Pyongyang.", "id")).toEqual(["Sergey Lavrov"]);
    expect(names("Kim tiba di Moskow.", "id")).toEqual([]);
    expect(names("Pemimpin Korea Utara Kim tiba di Moskow.", "id")).toEqual(["Kim Jong Un"]);
  });

  it("points a bare role back at the person who holds it", () => {
    const [macron] = persons("Presiden Prancis Emmanuel Macron tiba. Presiden Prancis itu lalu berbicara.", "id");
    expect(macron.mentions.map((m) => m.text)).toEqual(["Emmanuel Macron", "Presiden Prancis itu"]);
  });

  it("takes 'the Indian leader' for the prime minister when no head of state of India is named", () => {
    const speakers = extract(
      article(
        "Putin and Indian Prime Minister Narendra Modi held talks in Moscow. The Indian leader said India wanted peace in Ukraine.",
        "en",
      ),
    ).statements.map((s) => s.speaker);
    expect(speakers).toEqual(["Narendra Modi"]);
  });

  it("points a definite role with no state back at the person of that kind named last", () => {
    const speakers = (text: string, lang: string) => extract(article(text, lang)).statements.map((s) => s.speaker);
    expect(
      speakers(
        "Russian Foreign Minister Sergey Lavrov arrived. The minister said Russia would help North Korea.",
        "en",
      ),
    ).toEqual(["Sergey Lavrov"]);
    expect(
      speakers("Menlu Rusia Sergey Lavrov tiba. Menteri itu mengatakan Rusia akan membantu Korea Utara.", "id"),
    ).toEqual(["Sergey Lavrov"]);
    // A president named before a leader: "the president" is the president, not the leader named last.
    expect(speakers("Vladimir Putin met Kim Jong Un. The president said Russia would help North Korea.", "en")).toEqual(
      ["Vladimir Putin"],
    );
    // Someone new, several, or an anonymous official: no one named before.
    expect(speakers("Vladimir Putin met Kim Jong Un. A minister said Russia would help North Korea.", "en")).toEqual(
      [],
    );
    expect(speakers("Vladimir Putin tiba. Kepala negara lain mengatakan kerja sama akan tumbuh.", "id")).toEqual([]);
  });

  it("does not take authors, photographers or capitalised headline words for persons", () => {
    expect(names("By Anna Lopez\n\nForeign Minister Says Talks Useful\n\nPhoto: ANDREW KRAUSE (AFP)", "en")).toEqual(
      [],
    );
  });

  it("gives gazetteer persons the roles they held at the article's date", () => {
    const [shoigu] = persons("Sergei Shoigu arrived.", "en", "2025-01-10");
    expect(shoigu.roles).toEqual([{ title: "Security Council Secretary", country: "RU" }]);
    const [earlier] = persons("Sergei Shoigu arrived.", "en", "2023-03-10");
    expect(earlier.roles).toEqual([{ title: "Defence Minister", country: "RU" }]);
  });
});

describe("Indonesian officials with a single name", () => {
  it("are persons when a verb or a punctuation mark closes the name", () => {
    expect(
      persons(
        "JAKARTA - Kepala Bakamla Laksamana Madya Irvansyah mengatakan kapal China masuk ke perairan Natuna.",
        "id",
      ),
    ).toEqual([expect.objectContaining({ name: "Irvansyah", country: "ID" })]);
  });

  it("are not a title's word, nor the first word of a longer name told elsewhere", () => {
    expect(persons("Presiden Terpilih Prabowo Subianto tiba di Canberra.", "id").map((p) => p.name)).toEqual([
      "Prabowo Subianto",
    ]);
    expect(
      persons("Menlu Arab Saudi Pangeran Faisal mengatakan hal itu. Faisal bin Farhan tiba di Teheran.", "id").map(
        (p) => p.name,
      ),
    ).not.toContain("Faisal");
  });
});
