import { extract } from "../../../src/extraction/extract";
import { article } from "./fixtures";

const persons = (text: string, lang: string) => extract(article(text, lang, "2024-06-01")).persons;
const names = (text: string, lang: string) => persons(text, lang).map((p) => p.name);

describe("one person under long forms, particles and transliterations", () => {
  it("resolves a long form with a middle name or a second surname to the known person", () => {
    expect(names("Australian Defence Minister Richard Donald Marles arrived in Manila.", "en")).toEqual([
      "Richard Marles",
    ]);
    expect(names("Ministro venezolano del Interior Diosdado Cabello Rondón habló en Caracas.", "es")).toEqual([
      "Diosdado Cabello",
    ]);
  });

  it("keeps names with particles whole and points their short forms back at them", () => {
    const found = persons(
      "Presiden Mesir Abdel Fattah al-Sisi menerima Emir Qatar Tamim bin Hamad Al-Thani di Kairo. Sisi lalu berbicara.",
      "id",
    );
    expect(found.map((p) => [p.name, p.country])).toEqual([
      ["Abdel Fattah el-Sisi", "EG"],
      ["Tamim bin Hamad Al Thani", "QA"],
    ]);
    expect(found[0].mentions.map((m) => m.text)).toEqual(["Abdel Fattah al-Sisi", "Sisi"]);
    expect(
      names("El presidente Nicolás Maduro Moros viajó a Moscú. Maduro dijo que el viaje fue un éxito.", "es"),
    ).toEqual(["Nicolas Maduro"]);
  });

  it("takes spellings of a new name that differ only in accents, hyphens or case for one person", () => {
    const found = persons(
      "Wakil Menteri Luar Negeri Korea Selatan Kim Hong-kyun tiba di Jakarta. “Kami siap,” kata Kim Hong Kyun.",
      "id",
    );
    expect(found.map((p) => [p.name, p.country, p.mentions.length])).toEqual([["Kim Hong-kyun", "KR", 2]]);
  });

  it("knows the spellings other languages give a name", () => {
    expect(names("Der ukrainische Geheimdienstchef Kyrylo Budanow warnte vor neuen Angriffen.", "de")).toEqual([
      "Kyrylo Budanov",
    ]);
    expect(
      names("Le Premier ministre qatari Mohammed ben Abdelrahmane Al-Thani a reçu les négociateurs.", "fr"),
    ).toEqual(["Mohammed bin Abdulrahman Al Thani"]);
  });
});

describe("a name whose last word a particle joins by a hyphen", () => {
  it("is a name of two words ('Adel al-Jubeir', 'Khalil al-Hayya')", () => {
    const persons = extract(
      article("Saudi Foreign Minister Adel al-Jubeir visited Islamabad. Hamas official Khalil al-Hayya spoke.", "en"),
    ).persons.map((p) => p.name);
    expect(persons).toEqual(["Adel al-Jubeir", "Khalil al-Hayya"]);
  });
});

describe("a gazetteer name written family name first", () => {
  it("is later told by its family name alone ('Li' for Li Qiang)", () => {
    const text = "Premier Li Qiang arrived in Canberra on Sunday. Li said trade between the two sides should grow.";
    const facts = extract(article(text, "en", "2024-06-16T08:00:00Z"));
    expect(facts.statements.map((s) => s.speaker)).toEqual(["Li Qiang"]);
  });
});
