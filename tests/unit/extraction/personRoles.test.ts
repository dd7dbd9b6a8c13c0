import { extract } from "../../../src/extraction/extract";
import { article } from "./fixtures";

const persons = (text: string, lang: string) => extract(article(text, lang, "2024-06-01")).persons;
const found = (text: string, lang: string) => persons(text, lang).map((p) => [p.name, p.country]);

describe("persons introduced by a role beyond the head-of-state titles", () => {
  it("reads coordinating ministers and commissioners, their portfolio of several words between", () => {
    const menko = "Menteri Koordinator Bidang Politik dan Keamanan Budi Santoso mengatakan pembicaraan berjalan baik.";
    expect(persons(menko, "id").map((p) => [p.name, p.roles[0]?.title])).toEqual([
      ["Budi Santoso", "Coordinating Minister"],
    ]);
    expect(found("Komisioner Perdagangan Uni Eropa Jonas Berger tiba di Jakarta.", "id")).toEqual([
      ["Jonas Berger", null],
    ]);
    expect(found("EU Trade Commissioner Jonas Berger arrived in Jakarta.", "en")).toEqual([["Jonas Berger", null]]);
  });

  it("reads a later first name alone as an Indonesian official the article named in full", () => {
    const text =
      "Menteri Koordinator Bidang Perekonomian Budi Santoso tiba di Brussel. " +
      "Budi menyebut perjanjian itu akan menghapus tarif, kata dia kepada wartawan.";
    expect(extract(article(text, "id", "2024-06-01")).statements.map((s) => s.speaker)).toEqual(["Budi Santoso"]);
  });

  it("reads chairs, heads, generals, advisers and lawmakers in each language", () => {
    expect(found("Ketua Komisi Pertahanan Budi Santoso menerima tamu dari Jepang.", "id")).toEqual([
      ["Budi Santoso", null],
    ]);
    expect(found("Sudanese General Ahmed Karrar visited the front.", "en")).toEqual([["Ahmed Karrar", "SD"]]);
    expect(found("Der Abgeordnete Jonas Berger reiste nach Kiew.", "de")).toEqual([["Jonas Berger", null]]);
    expect(found("El legislador republicano Tomás Herrera viajó a Caracas.", "es")).toEqual([["Tomás Herrera", null]]);
  });

  it("walks over an institution's name to the person who heads it", () => {
    expect(found("Kepala Pusat Kajian Strategis Filipina, Ramon Dizon, memberi keterangan.", "id")).toEqual([
      ["Ramon Dizon", "PH"],
    ]);
    expect(
      found(
        "The second secretary of the Permanent Mission of Chile to the United Nations, Lucia Paredes, spoke.",
        "en",
      ),
    ).toEqual([["Lucia Paredes", "CL"]]);
    expect(found("Under Secretary for Trade and Economic Security Laura Bennett said the rules apply.", "en")).toEqual([
      ["Laura Bennett", null],
    ]);
    // The Auswärtiges Amt is Germany's foreign ministry: its spokesman is German.
    expect(found("Das teilte der Sprecher des Auswärtigen Amts, Lukas Brandt, mit.", "de")).toEqual([
      ["Lukas Brandt", "DE"],
    ]);
  });

  it("drops ranks and honorifics and reads a name set off by commas before its role", () => {
    expect(found("Army spokesman Maj Gen Paul Carter said the drill ended.", "en")).toEqual([["Paul Carter", null]]);
    expect(
      found("Helen Ward, deputy spokesperson for the Canadian defence ministry, declined to comment.", "en"),
    ).toEqual([["Helen Ward", "CA"]]);
  });

  it("reads a portfolio minister: the state across the portfolio, the holder after it, a place after the holder", () => {
    expect(found("Japanese Trade Minister Yasutoshi Nishimura visited Jakarta in 2023.", "en")).toEqual([
      ["Yasutoshi Nishimura", "JP"],
    ]);
    expect(found("Menteri Perdagangan Jepang Yasutoshi Nishimura berkunjung ke Jakarta pada 2023.", "id")).toEqual([
      ["Yasutoshi Nishimura", "JP"],
    ]);
    expect(
      found("Presiden Joko Widodo menerima Menteri Keuangan Mesir Mohamed Maait di Jakarta.", "id"),
    ).toContainEqual(["Mohamed Maait", "EG"]);
    expect(found("Egypt's Minister of Finance Mohamed Maait said the loan would be repaid.", "en")).toEqual([
      ["Mohamed Maait", "EG"],
    ]);
    expect(found("Menteri Perdagangan Zulkifli Hasan mengatakan ekspor naik.", "id")).toEqual([
      ["Zulkifli Hasan", null],
    ]);
    expect(found("Kenias Handelsminister Moses Kuria traf seinen Amtskollegen in Nairobi.", "de")).toEqual([
      ["Moses Kuria", "KE"],
    ]);
  });

  it("gives a deputy the deputy's title, not the office's", () => {
    const roles = (text: string, lang: string) => persons(text, lang).map((p) => [p.name, p.roles]);
    expect(roles("Russian Deputy Foreign Minister Sergei Ryabkov said Moscow would respond.", "en")).toEqual([
      ["Sergei Ryabkov", [{ title: "Deputy Foreign Minister", country: "RU" }]],
    ]);
    expect(roles("Wakil Perdana Menteri Rusia Alexander Novak tiba di Riyadh.", "id")).toEqual([
      ["Alexander Novak", [{ title: "Deputy Prime Minister", country: "RU" }]],
    ]);
  });

  it("reads a role whose country sits in a short parenthesis or a genitive", () => {
    expect(found("El jefe del servicio de seguridad ucraniano (SBU), Vasyl Maliuk, habló en Kiev.", "es")).toEqual([
      ["Vasyl Maliuk", "UA"],
    ]);
    expect(found("The head of Armenia's border police, Aram Petrosyan, resigned.", "en")).toEqual([
      ["Aram Petrosyan", "AM"],
    ]);
  });
});

describe("the country of a role", () => {
  it("is read across an institution word between the state and the role", () => {
    expect(found("The Chilean army's deputy chief of staff, Rodrigo Soto, arrived in Lima.", "en")).toEqual([
      ["Rodrigo Soto", "CL"],
    ]);
  });

  it("is Indonesia for 'RI' after an Indonesian institution", () => {
    expect(found("Ketua Komisi I DPR RI Budi Santoso menerima tamu.", "id")).toEqual([["Budi Santoso", "ID"]]);
  });
});

describe("what may stand between a role and its person", () => {
  it("walks over an institution's acronym", () => {
    expect(found("Direktur BIN Rahmat Hidayat tiba di Jakarta.", "id")).toEqual([["Rahmat Hidayat", null]]);
    expect(found("El director del FBI, Thomas Reed, habló.", "es")).toEqual([["Thomas Reed", null]]);
  });

  it("reads abbreviated ranks with their periods, keeping the role's state", () => {
    expect(found("Pentagon spokesman Brig. Gen. Paul Carter said the drill ended.", "en")).toEqual([
      ["Paul Carter", "US"],
    ]);
  });

  it("knows German compound titles", () => {
    expect(found("Das sagte der israelische Militärsprecher Avi Cohen am Abend.", "de")).toEqual([["Avi Cohen", "IL"]]);
  });
});

describe("what a role does not introduce", () => {
  it("takes a name right after a preposition for the role's complement, not a person", () => {
    expect(found("The head of the International Monetary Fund said growth would slow.", "en")).toEqual([]);
    expect(found("The chairman of Goldman Sachs said markets were calm.", "en")).toEqual([]);
  });

  it("takes no name before a comma unless it opens its clause", () => {
    expect(
      found("Speaking at the World Economic Forum, the chairman of the bank said rates would rise.", "en"),
    ).toEqual([]);
  });

  it("does not take a subject with a noun before the verb for a person", () => {
    expect(found("Red Cross officials said aid arrived in Gaza.", "en")).toEqual([]);
  });
});

describe("departments, places and countries around a role's person", () => {
  it("walks over a department named before its institution and state", () => {
    expect(
      found("Direktur Jenderal Asia Timur dan Pasifik Kemlu RI Sari Handayani menjelaskan hal itu.", "id"),
    ).toEqual([["Sari Handayani", "ID"]]);
  });

  it("walks over a place inside an institution's name", () => {
    expect(
      found("Secretary-General of the Shanghai Cooperation Organisation Zhang Ming spoke in Astana.", "en"),
    ).toEqual([["Zhang Ming", null]]);
  });

  it("gives the person a role introduces the country named after the name", () => {
    expect(found("President Patrice Talon of Benin spoke first.", "en")).toEqual([["Patrice Talon", "BJ"]]);
  });
});

describe("German institutions and compound titles", () => {
  it("ends a name before a hyphenated institution word and reads federal ministers", () => {
    expect(found("Der Chef der Wagner-Gruppe Andrej Troschew sagte das.", "de")).toEqual([["Andrej Troschew", null]]);
    expect(found("Bundesinnenministerin Nancy Faeser erklärte das.", "de")).toEqual([["Nancy Faeser", "DE"]]);
  });
});

describe("an envoy's post is not their state", () => {
  it.each([
    ["en", "Brazilian Ambassador to Indonesia Carla Menezes said the talks had gone well.", "Carla Menezes", "BR"],
    ["en", "The Dutch envoy to Japan, Pieter Smit, said the talks had gone well.", "Pieter Smit", "NL"],
    ["fr", "L'ambassadeur brésilien en Indonésie, Carla Menezes, a salué les discussions.", "Carla Menezes", "BR"],
    ["pl", "Ambasador Brazylii w Japonii Carla Menezes powiedziała, że rozmowy były udane.", "Carla Menezes", "BR"],
  ])("%s: %s", (lang, text, name, country) => {
    expect(found(text, lang)).toEqual([[name, country]]);
  });

  it("ends another role before a place it goes to, and reads a role after 'a' as anyone of that office", () => {
    const facts = extract(
      article(
        "Foreign Minister Pieter Smit will travel to Tokyo on Monday, the first visit by a Dutch foreign minister to Japan in a decade.",
        "en",
        "2024-06-01",
      ),
    );
    expect(facts.meetings.map((m) => [m.participants, m.location?.country, m.status])).toEqual([
      [["Pieter Smit", "JP"], "JP", "planned"],
    ]);
  });
});
