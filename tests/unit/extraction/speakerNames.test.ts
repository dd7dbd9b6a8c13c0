import { extract } from "../../../src/extraction/extract";
import { article } from "./fixtures";

const persons = (text: string, lang: string) => extract(article(text, lang, "2024-06-01")).persons;
const names = (text: string, lang: string) => persons(text, lang).map((p) => p.name);

describe("persons read from verbs of saying", () => {
  it("takes the speaker after an inverted verb, in each language", () => {
    expect(names("“Pembicaraan berjalan baik,” kata Rina Wulandari kepada wartawan.", "id")).toEqual([
      "Rina Wulandari",
    ]);
    expect(names("“The talks went well,” said Teresa Ruiz after the meeting.", "en")).toEqual(["Teresa Ruiz"]);
    expect(names("„Wir sind bereit“, sagte Jonas Berger am Montag.", "de")).toEqual(["Jonas Berger"]);
    expect(names("«Estamos listos», dijo Tomás Herrera en Lima.", "es")).toEqual(["Tomás Herrera"]);
  });

  it("reads no new person in the tail of a known name right before the verb", () => {
    expect(names("Tamim bin Hamad Al Thani said the truce would begin on Sunday.", "en")).toEqual([
      "Tamim bin Hamad Al Thani",
    ]);
    expect(names("Khalid bin Mohammed Al Attiyah said the truce would begin on Sunday.", "en")).toEqual([
      "Khalid bin Mohammed Al Attiyah",
    ]);
  });

  it("takes the subject right before a verb of saying or of stance", () => {
    expect(names("Rina Wulandari juga mengatakan bahwa Jakarta siap.", "id")).toEqual(["Rina Wulandari"]);
    expect(names("Speaking in Geneva, Teresa Ruiz denied the report.", "en")).toEqual(["Teresa Ruiz"]);
  });

  it("points a later surname back at the speaker, and keeps only the first of two surnames when the text does", () => {
    const [p] = persons("«Estamos listos», dijo Tomás Herrera Gómez. Herrera viajó luego a Lima.", "es");
    expect(p.name).toBe("Tomás Herrera");
    expect(p.mentions.map((m) => m.text)).toEqual(["Tomás Herrera Gómez", "Herrera"]);
  });

  it("does not take organisations, sentence openers or known surnames for new persons", () => {
    expect(names("Human Rights Watch said the report was accurate.", "en")).toEqual([]);
    expect(names("Associated Press reported that the talks ended.", "en")).toEqual([]);
    expect(names("Die Süddeutsche Zeitung berichtete über die Gespräche.", "de")).toEqual([]);
    expect(names("Uni Afrika mengatakan pertemuan akan digelar.", "id")).toEqual([]);
    expect(
      names("Kim Jong Un llegó a Moscú. Mientras Kim enfatizó la alianza, mientras tanto nadie habló.", "es"),
    ).toEqual(["Kim Jong Un"]);
  });
});
