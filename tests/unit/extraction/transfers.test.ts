import { extract } from "../../../src/extraction/extract";
import { article } from "./fixtures";

const transfers = (text: string, lang: string) =>
  extract(article(text, lang)).transfers.map((t) => [t.from, t.to, t.items, t.status]);

describe("transfers", () => {
  it("reads fighter jets and warships as weapons", () => {
    expect(transfers("Indonesia membeli 42 jet tempur Rafale dari Prancis.", "id")).toEqual([
      ["FR", "ID", ["weapons"], "alleged"],
    ]);
    expect(transfers("Indonesia juga menerima dua kapal patroli dari Jepang.", "id")).toEqual([
      ["JP", "ID", ["weapons"], "alleged"],
    ]);
    expect(transfers("Germany will deliver four frigates to Egypt.", "en")).toEqual([
      ["DE", "EG", ["weapons"], "planned"],
    ]);
  });

  it("reads who sends what to whom, in several languages", () => {
    expect(transfers("North Korea has shipped artillery shells to Russia, officials in Kyiv believe.", "en")).toEqual([
      ["KP", "RU", ["ammunition"], "alleged"],
    ]);
    expect(transfers("Iran suministró drones a Rusia para la guerra.", "es")).toEqual([
      ["IR", "RU", ["weapons"], "alleged"],
    ]);
    expect(transfers("Rusia recibió millones de proyectiles de Corea del Norte.", "es")).toEqual([
      ["KP", "RU", ["ammunition"], "alleged"],
    ]);
  });

  it("never takes the accuser for an end of the transfer", () => {
    expect(transfers("Korea Selatan menuduh Korea Utara mengirim ribuan tentara ke Rusia.", "id")).toEqual([
      ["KP", "RU", ["troops"], "alleged"],
    ]);
    expect(
      transfers("North Korea, which the United States has accused of sending shells to Russia, held a parade.", "en"),
    ).toEqual([["KP", "RU", ["ammunition"], "alleged"]]);
  });

  it("reads the receiver of 'supplying X with' and the owner of a noun of sending", () => {
    expect(transfers("Belarus is supplying Russia with fuel and grain.", "en")).toEqual([
      ["BY", "RU", ["oil", "food"], "alleged"],
    ]);
    expect(transfers("Nordkorea hat Russland mit Granaten ausgerüstet.", "de")).toEqual([
      ["KP", "RU", ["ammunition"], "alleged"],
    ]);
    expect(transfers("Kyiv mencatat pasokan Iran kepada Rusia mencakup drone.", "id")).toEqual([
      ["IR", "RU", ["weapons"], "alleged"],
    ]);
  });

  it("tells planned and confirmed transfers from alleged ones", () => {
    expect(transfers("Japan pledged to send food aid to Myanmar.", "en")).toEqual([["JP", "MM", ["food"], "planned"]]);
    expect(transfers("Die USA wollen Munition an die Ukraine liefern.", "de")).toEqual([
      ["US", "UA", ["ammunition"], "planned"],
    ]);
    expect(transfers("Minsk acknowledged that Belarus sold tanks to Russia.", "en")).toEqual([
      ["BY", "RU", ["weapons"], "confirmed"],
    ]);
  });

  it("keeps troops and goods apart and reads no direction from 'between'", () => {
    expect(transfers("Pyongyang sent troops and missiles to Russia.", "en")).toEqual([
      ["KP", "RU", ["troops"], "alleged"],
      ["KP", "RU", ["missiles"], "alleged"],
    ]);
    expect(transfers("Satellite images show weapons shipped between North Korea and Russia by rail.", "en")).toEqual(
      [],
    );
  });
});

describe("transfer ends in harder sentences", () => {
  it("reads the receiver of a verb-final 'X … mit Waffen auszurüsten' across the words between", () => {
    expect(
      transfers("Washington wirft Iran vor, Russland seit Monaten heimlich mit Drohnen auszurüsten.", "de"),
    ).toEqual([["IR", "RU", ["weapons"], "alleged"]]);
  });

  it("takes a state between a verb of giving and a noun of sending for the receiver, not the noun's owner", () => {
    expect(transfers("Gedung Putih mengatakan Korea Utara pekan lalu memberi Rusia pengiriman rudal.", "id")).toEqual([
      ["KP", "RU", ["missiles"], "alleged"],
    ]);
  });

  it("counts leaders for their states and not the speakers when one end is left unsaid", () => {
    // Ukraine is named more often than either country of the summit; Kim and Putin make the pair.
    const text =
      "Kim Jong Un welcomed Vladimir Putin in Pyongyang on Wednesday. Ukraine and its allies watched the summit, " +
      "and Ukraine fears new attacks. Kim and Putin toured a factory. Russia then sent fuel by rail.";
    expect(transfers(text, "en")).toEqual([["RU", "KP", ["oil"], "alleged"]]);
  });
});

describe("troops fighting for a state", () => {
  it("gives the troops to the state they fight for, not to the land they are sent to", () => {
    expect(transfers("North Korea has sent soldiers to Ukraine to fight alongside Russian forces.", "en")).toEqual([
      ["KP", "RU", ["troops"], "alleged"],
    ]);
    expect(transfers("Korea Utara mengirim ribuan tentara ke Ukraina untuk bertempur di pihak Rusia.", "id")).toEqual([
      ["KP", "RU", ["troops"], "alleged"],
    ]);
  });
});

describe("transfers told at length", () => {
  it("finds the receiver after a long object", () => {
    // Russia leads the story, so only the "ke" after the long object can make Belarus the receiver.
    const text =
      "Rusia dan Korea Utara mempererat hubungan militer. Pyongyang juga mengirimkan sekitar 5.000 pekerja, " +
      "termasuk ratusan insinyur dan teknisi, ke wilayah Belarus.";
    expect(transfers(text, "id")).toEqual([["KP", "BY", ["workers"], "alleged"]]);
  });

  it("reads possible help as planned", () => {
    expect(transfers("The leaders discussed possible Russian help for Vietnam's satellite program.", "en")).toEqual([
      ["RU", "VN", ["technology"], "planned"],
    ]);
  });
});
