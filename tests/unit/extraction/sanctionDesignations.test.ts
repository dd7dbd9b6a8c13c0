import { extract } from "../../../src/extraction/extract";
import { article } from "./fixtures";

const facts = (text: string, lang: string) =>
  extract(article(text, lang, "2024-06-20T10:00:00Z")).sanctions.map((s) => [s.imposer, s.target, s.status]);

describe("designations", () => {
  it("reads a designation of a group, or by a sanctioning office, as a sanctions act", () => {
    expect(facts("OFAC designated four Venezuelan officials on Tuesday.", "en")).toEqual([["US", "VE", "announced"]]);
    expect(facts("The Treasury Department designated three Iranian oil traders.", "en")).toEqual([
      ["US", "IR", "announced"],
    ]);
    expect(facts("Le Trésor américain a désigné six entités iraniennes.", "fr")).toEqual([["US", "IR", "announced"]]);
    expect(facts("Estados Unidos designó a cuatro empresas cubanas.", "es")).toEqual([["US", "CU", "announced"]]);
    expect(facts("Il Tesoro americano ha designato cinque società iraniane.", "it")).toEqual([
      ["US", "IR", "announced"],
    ]);
    expect(facts("O Tesouro americano designou três empresas venezuelanas.", "pt")).toEqual([
      ["US", "VE", "announced"],
    ]);
    expect(facts("Das US-Finanzministerium listete vier iranische Firmen.", "de")).toEqual([["US", "IR", "announced"]]);
    expect(facts("Departemen Keuangan AS menetapkan tiga perusahaan Iran.", "id")).toEqual([["US", "IR", "announced"]]);
  });

  it("leaves other designations alone", () => {
    expect(facts("Kenya named a designated successor to the late minister.", "en")).toEqual([]);
  });
});

describe("similar measures", () => {
  it("reads measures like the sanctions told before as another imposer's sanctions on their target", () => {
    const both = [
      ["CA", "BY", "announced"],
      ["AU", "BY", "announced"],
    ];
    expect(
      facts("Canada imposed sanctions on Belarus on Monday. Australia announced similar measures the same day.", "en"),
    ).toEqual(both);
    expect(
      facts("Kanada menjatuhkan sanksi terhadap Belarus pada Senin. Australia mengumumkan tindakan serupa.", "id"),
    ).toEqual(both);
    expect(
      facts("Kanada verhängte am Montag Sanktionen gegen Belarus. Australien kündigte ähnliche Maßnahmen an.", "de"),
    ).toEqual(both);
    expect(
      facts(
        "Le Canada a imposé des sanctions contre le Bélarus lundi. L'Australie a annoncé des mesures similaires.",
        "fr",
      ),
    ).toEqual(both);
    expect(facts("Canadá impuso sanciones a Bielorrusia el lunes. Australia anunció medidas similares.", "es")).toEqual(
      both,
    );
    expect(
      facts("Il Canada ha imposto sanzioni alla Bielorussia lunedì. L'Australia ha annunciato misure analoghe.", "it"),
    ).toEqual(both);
    expect(
      facts("O Canadá impôs sanções à Bielorrússia na segunda-feira. A Austrália anunciou medidas semelhantes.", "pt"),
    ).toEqual(both);
    expect(
      facts("Kanada nałożyła sankcje na Białoruś w poniedziałek. Australia ogłosiła podobne środki.", "pl"),
    ).toEqual(both);
    expect(
      facts("Канада ввела санкции против Белоруссии в понедельник. Австралия объявила аналогичные меры.", "ru"),
    ).toEqual(both);
  });

  it("reads nothing from similar measures with no sanctions told before", () => {
    expect(facts("Australia announced similar measures on Tuesday.", "en")).toEqual([]);
  });
});

describe("export controls", () => {
  it("reads export controls on a named target as sanctions", () => {
    expect(facts("Washington imposed export controls on three Chinese chipmakers.", "en")).toEqual([
      ["US", "CN", "announced"],
    ]);
    expect(facts("Die USA verhängten Exportkontrollen gegen chinesische Chiphersteller.", "de")).toEqual([
      ["US", "CN", "announced"],
    ]);
    expect(facts("Washington a imposé des contrôles à l'exportation contre la Chine.", "fr")).toEqual([
      ["US", "CN", "announced"],
    ]);
    expect(facts("Jepang memberlakukan kontrol ekspor terhadap China.", "id")).toEqual([["JP", "CN", "announced"]]);
  });

  it("does not make the state beside export controls their target", () => {
    expect(facts("Beijing criticised U.S.-led export controls.", "en")).toEqual([]);
  });
});

describe("sanctions that end, tighten or do not exist", () => {
  it("reads expiry and suspension as a lifting in every language", () => {
    expect(facts("The UN arms embargo on Iran expired in October.", "en")).toEqual([["UN", "IR", "lifted"]]);
    expect(facts("Die UN-Sanktionen gegen Iran sind ausgelaufen.", "de")).toEqual([["UN", "IR", "lifted"]]);
    const lifted = [["EU", "SY", "lifted"]];
    expect(facts("The EU suspended its sanctions on Syria.", "en")).toEqual(lifted);
    expect(facts("Uni Eropa menangguhkan sanksi terhadap Suriah.", "id")).toEqual(lifted);
    expect(facts("Die EU hat die Sanktionen gegen Syrien ausgesetzt.", "de")).toEqual(lifted);
    expect(facts("L'UE a suspendu ses sanctions contre la Syrie.", "fr")).toEqual(lifted);
    expect(facts("La UE suspendió las sanciones contra Siria.", "es")).toEqual(lifted);
    expect(facts("L'UE ha sospeso le sanzioni contro la Siria.", "it")).toEqual(lifted);
    expect(facts("A UE decidiu suspender as sanções contra a Síria.", "pt")).toEqual(lifted);
    expect(facts("UE zawiesiła sankcje wobec Syrii.", "pl")).toEqual(lifted);
    expect(facts("Евросоюз приостановил санкции против Сирии.", "ru")).toEqual(lifted);
  });

  it("reads a tightening as an announcement", () => {
    expect(facts("Britain tightened its sanctions on Iran.", "en")).toEqual([["GB", "IR", "announced"]]);
    expect(facts("Die EU verschärfte die Sanktionen gegen Belarus.", "de")).toEqual([["EU", "BY", "announced"]]);
    expect(facts("США ужесточили санкции против Ирана.", "ru")).toEqual([["US", "IR", "announced"]]);
  });

  it("reads no fact from sanctions the sentence denies", () => {
    expect(facts("Brazil faces no sanctions over the dispute.", "en")).toEqual([]);
    expect(facts("Gegen Brasilien gibt es keine neuen Sanktionen.", "de")).toEqual([]);
    expect(facts("Tidak ada sanksi terhadap Brasil.", "id")).toEqual([]);
  });

  it("gives vetoed sanctions to the Security Council", () => {
    expect(facts("China vetoed new sanctions on Zimbabwe.", "en")).toEqual([["UN", "ZW", "vetoed"]]);
  });

  it("reads a leader's promise to lift sanctions as their state's lifting, a demand as none", () => {
    expect(facts("President Biden said he would lift the sanctions on Cuba.", "en")).toEqual([["US", "CU", "lifted"]]);
    expect(facts("Britain said it would ease sanctions on Syria.", "en")).toEqual([["GB", "SY", "lifted"]]);
    expect(facts("Lavrov said lifting the sanctions on Iran was overdue.", "en")).toEqual([[null, "IR", "in_force"]]);
  });
});

describe("asset freezes and unnamed groups", () => {
  it("reads a freeze of a group's assets as sanctions on its country in every language", () => {
    expect(facts("Les États-Unis ont gelé les avoirs de trois sociétés iraniennes.", "fr")).toEqual([
      ["US", "IR", "announced"],
    ]);
    expect(facts("Estados Unidos congeló los activos de tres empresas iraníes.", "es")).toEqual([
      ["US", "IR", "announced"],
    ]);
    expect(facts("L'Unione europea ha congelato i beni di tre società iraniane.", "it")).toEqual([
      ["EU", "IR", "announced"],
    ]);
    expect(facts("A União Europeia congelou os bens de três empresas iranianas.", "pt")).toEqual([
      ["EU", "IR", "announced"],
    ]);
    expect(facts("Unia Europejska zamroziła aktywa trzech irańskich firm.", "pl")).toEqual([["EU", "IR", "announced"]]);
    expect(facts("Евросоюз заморозил активы трех иранских компаний.", "ru")).toEqual([["EU", "IR", "announced"]]);
  });

  it("gives a group that names no country, with no sanctions told before, the story's leading state", () => {
    expect(facts("Mali's junta seized power in a coup. ECOWAS imposed sanctions on the junta leaders.", "en")).toEqual([
      ["ECOWAS", "ML", "announced"],
    ]);
  });
});

describe("whose sanctions, asked of whom", () => {
  it("reads a lifting urged on a party as that party's sanctions on the one urging, still in force", () => {
    expect(
      facts("Venezuela's President Nicolás Maduro urged Washington to lift sanctions on the oil sector.", "en"),
    ).toEqual([["US", "VE", "in_force"]]);
    expect(facts("Iran mendesak Amerika Serikat mencabut sanksi terhadap sektor minyaknya.", "id")).toEqual([
      ["US", "IR", "in_force"],
    ]);
    expect(facts("Cuba pidió a Estados Unidos levantar el embargo contra la isla.", "es")).toEqual([
      ["US", "CU", "in_force"],
    ]);
    expect(
      facts("Le Venezuela a exhorté Washington à lever les sanctions contre son secteur pétrolier.", "fr"),
    ).toEqual([["US", "VE", "in_force"]]);
  });

  it("reads every imposer listed after 'by', and never one of them as the target", () => {
    expect(
      facts(
        "Myanmar's generals are already subject to sanctions by the United States, Britain and the European Union.",
        "en",
      ),
    ).toEqual([
      ["US", "MM", "in_force"],
      ["GB", "MM", "in_force"],
      ["EU", "MM", "in_force"],
    ]);
    expect(facts("Two Hamas financiers have been sanctioned by Washington and London.", "en")).toEqual([]);
  });

  it("reads a frequent sanctioner named with the word as their imposer", () => {
    expect(facts("Cuba has been under a U.S. trade embargo since 1962.", "en")).toEqual([["US", "CU", "in_force"]]);
    expect(facts("Perekonomian Iran terpukul oleh sanksi AS yang diberlakukan kembali pada 2018.", "id")).toEqual([
      ["US", "IR", "in_force"],
    ]);
    expect(facts("Iran's economy has been crippled by U.S. sanctions that were reimposed in 2018.", "en")).toEqual([]);
  });

  it("reads a proposal of sanctions as their announcement", () => {
    expect(facts("The European Commission proposed sanctions on three Chinese firms.", "en")).toEqual([
      ["EU", "CN", "announced"],
    ]);
    expect(facts("Komisja Europejska zaproponowała sankcje na trzy chińskie firmy.", "pl")).toEqual([
      ["EU", "CN", "announced"],
    ]);
    expect(facts("Die EU-Kommission hat Sanktionen gegen drei chinesische Firmen vorgeschlagen.", "de")).toEqual([
      ["EU", "CN", "announced"],
    ]);
    expect(facts("China responded by announcing sanctions on 17 U.S. defense firms.", "en")).toEqual([
      ["CN", "US", "announced"],
    ]);
  });
});

describe("sanctions told again", () => {
  it("reads a group the retold sanctions target, with no actor named, as the act just announced", () => {
    expect(
      facts(
        "Britain announced new sanctions on Russia on Monday. The new sanctions will target two companies and one person from Russia and Belarus.",
        "en",
      ),
    ).toEqual([["GB", "RU", "announced"]]);
  });

  it("reads the sanctions words that describe sanctions already told as no sanctions of their own", () => {
    expect(
      facts(
        "Inggris mengumumkan sanksi baru terhadap Rusia pada Senin. Sanksi itu adalah sanksi terbaru yang dijatuhkan terhadap Moskow tahun ini.",
        "id",
      ),
    ).toEqual([["GB", "RU", "announced"]]);
  });

  it("never makes a state that imposes sanctions the target of other sanctions nearby", () => {
    expect(
      facts(
        "Britain announced new sanctions on Russia on Monday. The sanctions came as Canada imposed sanctions on Belarus.",
        "en",
      ),
    ).toEqual([
      ["GB", "RU", "announced"],
      ["CA", "BY", "announced"],
    ]);
  });
});

describe("sanctions condemned by the state they hit", () => {
  it("reads the state that condemns sanctions naming no target as their target", () => {
    expect(facts("Iran mengecam sanksi baru yang dijatuhkan Uni Eropa.", "id")).toEqual([["EU", "IR", "announced"]]);
    expect(facts("Le Venezuela a dénoncé les nouvelles sanctions américaines.", "fr")).toEqual([
      ["US", "VE", "announced"],
    ]);
    expect(facts("Russland verurteilte die neuen EU-Sanktionen.", "de")).toEqual([["EU", "RU", "announced"]]);
    expect(facts("Cuba condenó las nuevas sanciones de Estados Unidos.", "es")).toEqual([["US", "CU", "announced"]]);
    expect(facts("China slammed the latest EU sanctions.", "en")).toEqual([["EU", "CN", "announced"]]);
  });

  it("keeps a target named after the sanctions", () => {
    expect(facts("Russia condemned Western sanctions on Iran.", "en")).toEqual([[null, "IR", "in_force"]]);
  });
});

describe("lists of persons that go on unnamed", () => {
  it("reads persons listed with unnamed others as a group of their country, and persons alone by name", () => {
    const withCountries = (text: string) =>
      extract(article(text, "en", "2024-06-20T10:00:00Z")).sanctions.map((s) => [s.target, s.targetCountry ?? null]);
    expect(
      withCountries("The EU imposed sanctions on Vladimir Putin, his aides and the Russian central bank."),
    ).toEqual([["RU", ["RU"]]]);
    expect(withCountries("The EU imposed sanctions on Vladimir Putin and Sergey Lavrov.")).toEqual([
      ["Vladimir Putin", ["RU"]],
      ["Sergey Lavrov", ["RU"]],
    ]);
    expect(withCountries("The EU imposed sanctions on Yahya Sinwar, the Hamas leader, on Monday.")).toEqual([
      ["Yahya Sinwar", ["PS"]],
    ]);
  });
});

describe("acts told by a noun", () => {
  it("reads the imposition or reinstatement of sanctions as the act of the one who approves it", () => {
    expect(facts("The State Department approved the reinstatement of sanctions on Cuba on Friday.", "en")).toEqual([
      ["US", "CU", "announced"],
    ]);
    expect(facts("Washington aprobó la reimposición de sanciones contra Venezuela.", "es")).toEqual([
      ["US", "VE", "announced"],
    ]);
    expect(facts("Paris a approuvé le rétablissement de sanctions contre l'Iran.", "fr")).toEqual([
      ["FR", "IR", "announced"],
    ]);
    expect(facts("Roma ha approvato la reimposizione di sanzioni contro l'Iran.", "it")).toEqual([
      ["IT", "IR", "announced"],
    ]);
    expect(facts("Berlin beschloss die Wiedereinführung von Sanktionen gegen Iran.", "de")).toEqual([
      ["DE", "IR", "announced"],
    ]);
    expect(facts("Washington menyetujui pemberlakuan kembali sanksi terhadap Kuba.", "id")).toEqual([
      ["US", "CU", "announced"],
    ]);
  });

  it("reads a list named twice in one sentence, once without its imposer, as one sanction", () => {
    expect(
      facts(
        "Marco Rubio firmó el martes la reinstauración de una lista restringida contra Cuba, y con ello una lista negra impide hacer negocios con firmas militares cubanas.",
        "es",
      ),
    ).toEqual([["US", "CU", "announced"]]);
  });
});
