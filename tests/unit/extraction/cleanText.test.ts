import { cleanText } from "../../../src/extraction/cleanText";
import { extract } from "../../../src/extraction/extract";
import { LANGUAGE_PACKS } from "../../../src/extraction/languages";
import { article } from "./fixtures";

const clean = (text: string) => cleanText(text, LANGUAGE_PACKS);

describe("cleanText: page furniture", () => {
  const page = [
    "Menlu Retno Marsudi di Jakarta (Foto: Antara)",
    "Menlu Retno Marsudi di Jakarta (Foto: Antara)",
    "",
    "Dewi Lestari • 2 Februari 2024 14:05",
    "Menteri Luar Negeri Retno Marsudi bertemu Menteri Luar Negeri Jepang Yoko Kamikawa di Jakarta. (AFP)",
    "Baca juga: Presiden Joko Widodo Kunjungi Beijing Bulan Depan",
    "Cek Berita terkini lainnya di kanal kami",
    "Google News",
    "(DEW)",
    "TERKAIT",
    "Xi Jinping Sambut Putin di Beijing",
    "FOLLOW US",
  ].join("\n");

  it("blanks furniture without moving any offset", () => {
    const out = clean(page);
    expect(out).toHaveLength(page.length);
    expect(out.split("\n")).toHaveLength(page.split("\n").length);
    expect(out).toContain("Menteri Luar Negeri Retno Marsudi bertemu");
    for (const gone of [
      "Baca juga",
      "Cek Berita",
      "Google News",
      "(DEW)",
      "TERKAIT",
      "Xi Jinping Sambut",
      "FOLLOW US",
      "Dewi Lestari",
      "(AFP)",
      "(Foto: Antara)",
    ]) {
      expect(out).not.toContain(gone);
    }
  });

  it("keeps the first of a repeated caption and drops the copy", () => {
    const [first, second] = clean(page).split("\n");
    expect(first.trim()).toBe("Menlu Retno Marsudi di Jakarta");
    expect(second.trim()).toBe("");
  });

  it("takes no facts from a 'read also' headline, the related-links tail or a byline", () => {
    const facts = extract(article(page, "id", "2024-02-02T14:05:00+07:00"));
    const names = facts.persons.map((p) => p.name);
    expect(names).toEqual(["Retno Marsudi", "Yoko Kamikawa"]);
    expect(facts.countries.map((c) => c.code)).not.toContain("CN");
    expect(facts.meetings).toEqual([
      expect.objectContaining({
        participants: ["Retno Marsudi", "Yoko Kamikawa"],
        location: { country: "ID", city: "Jakarta" },
      }),
    ]);
  });

  it("drops English bylines, timestamps and picture credits", () => {
    const text =
      "By Tom Baker\n\n09:30 March 5, 2024\n\nview larger image A handout picture of the summit (Yonhap) (REUTERS/Kim Hong-Ji)\n\nRead more: Seoul says talks went well";
    const out = clean(text);
    expect(out.trim()).toBe("A handout picture of the summit");
  });
});
