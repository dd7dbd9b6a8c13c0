import { extract } from "../../../src/extraction/extract";
import { article } from "./fixtures";

/** Words of the German, Polish and Russian packs, with sentences of our own. */
const facts = (text: string, lang: string, publishedAt = "2024-05-14T09:00:00+02:00") =>
  extract(article(text, lang, publishedAt));
const said = (text: string, lang: string) => facts(text, lang).statements.map((s) => `${s.speaker}:${s.stance}`);
const met = (text: string, lang: string) =>
  facts(text, lang).meetings.map((m) => `${[...m.participants].sort().join("+")}:${m.status}`);
const sent = (text: string, lang: string) =>
  facts(text, lang).transfers.map((t) => `${t.from}>${t.to}:${t.items.join(",")}:${t.status}`);

describe("German pack words", () => {
  it("knows the adjectives of more states than the great powers ('der slowakische Außenminister')", () => {
    const f = facts("Der slowakische Außenminister Juraj Blanár sprach am Montag in Wien.", "de");
    expect(f.persons.find((p) => p.name === "Juraj Blanár")?.country).toBe("SK");
  });

  it("reads a colleague ('Amtskollegen', 'Kollegen') as the title of the person met", () => {
    expect(
      met(
        "Der ungarische Außenminister Péter Szijjártó traf in Belgrad seinen serbischen Amtskollegen Marko Đurić.",
        "de",
      ),
    ).toEqual(["Marko Đurić+Peter Szijjarto:occurred"]);
  });

  it("reads 'kommt … zusammen' as a meeting", () => {
    expect(
      met("Am Montag kommt Bundeskanzler Olaf Scholz in Paris mit Präsident Emmanuel Macron zusammen.", "de"),
    ).toEqual(["Emmanuel Macron+Olaf Scholz:occurred"]);
  });

  it("reads holding a state responsible as an accusation ('macht … verantwortlich')", () => {
    expect(said("Polen macht Russland für die Sabotage an der Bahnstrecke verantwortlich.", "de")).toEqual([
      "PL:accuse",
    ]);
  });

  it("reads the Auswärtiges Amt as Germany speaking", () => {
    expect(said("Das Auswärtige Amt kritisierte die Festnahme des Journalisten scharf.", "de")).toEqual(["DE:accuse"]);
  });

  it("knows tanks and air-defence systems as weapons, and the subjunctive 'werde' as a plan", () => {
    expect(sent("Die Niederlande liefern zwei Patriot-Systeme an die Ukraine.", "de")).toEqual([
      "NL>UA:weapons:alleged",
    ]);
    expect(sent("Frankreich liefert Kampfpanzer an die Ukraine.", "de")).toEqual(["FR>UA:weapons:alleged"]);
    expect(sent("Frankreich werde Waffen an die Ukraine liefern, sagte Macron.", "de")).toEqual([
      "FR>UA:weapons:planned",
    ]);
  });
});

describe("Polish pack words", () => {
  it("reads a verb of saying after the words it reports ('… - poinformował minister')", () => {
    expect(
      said("Rozmowy w Brukseli były trudne - poinformował minister spraw zagranicznych Litwy Kęstutis Budrys.", "pl"),
    ).toEqual(["Kęstutis Budrys:assert"]);
  });

  it("reads a visit that may come ('może odwiedzić') as planned", () => {
    expect(met("Premier Japonii Fumio Kishida może odwiedzić Polskę jesienią.", "pl")).toEqual([
      "Fumio Kishida+PL:planned",
    ]);
  });

  it("reads the perfective future 'przekaże' as a planned sending", () => {
    expect(sent("Kanada przekaże Ukrainie kolejny pakiet pomocy wojskowej.", "pl")).toEqual(["CA>UA:weapons:planned"]);
  });
});

describe("Polish and Russian adjectives of states", () => {
  it("know the adjectives of more states ('austriacki kanclerz', 'киргизский посол')", () => {
    const pl = facts("Austriacki kanclerz Karl Nehammer przyjechał w piątek do Warszawy.", "pl");
    expect(pl.persons.find((p) => p.name === "Karl Nehammer")?.country).toBe("AT");
    const ru = facts("Киргизский посол Айбек Осмонов был вызван в МИД Казахстана.", "ru");
    expect(ru.persons.map((p) => p.country)).toEqual(["KG"]);
  });
});

describe("Russian pack words", () => {
  it("reads reminding ('напомнил') as saying, before and after the words", () => {
    expect(
      said(
        "Официальный представитель МИД Китая Линь Цзянь напомнил, что Пекин выступает за мирное урегулирование.",
        "ru",
      ),
    ).toHaveLength(1);
    expect(
      said("«Переговоры пройдут в Стамбуле», — заверил министр иностранных дел Турции Хакан Фидан.", "ru"),
    ).toEqual(["Hakan Fidan:assert"]);
  });

  it("reads the imperfective past ('ранее заявлял') as saying", () => {
    expect(
      said(
        "Ранее премьер-министр Словакии Роберт Фицо заявлял, что Братислава не будет поставлять оружие Киеву.",
        "ru",
      ),
    ).toHaveLength(1);
  });
});
