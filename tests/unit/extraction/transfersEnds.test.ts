import { extract } from "../../../src/extraction/extract";
import { article } from "./fixtures";

const transfers = (text: string, lang: string) =>
  extract(article(text, lang)).transfers.map((t) => [t.from, t.to, t.items, t.status]);

// Iran ships drones to Russia; the drones then strike Ukraine, which the story names more often than
// Russia. A later mention naming only the sender goes to the receiver told before, not to the story's
// other leading state (without it: a second flow, Iran to Ukraine).
describe("transfers: a mention naming one end takes the other from the flow told before", () => {
  it.each([
    [
      "en",
      "Iran shipped drones to Russia in August. Since then the drones have struck Ukraine, and cities in Ukraine are dark. The drones Iran supplied later struck targets across Ukraine.",
    ],
    [
      "id",
      "Iran mengirim drone ke Rusia pada Agustus. Sejak itu drone tersebut menghantam Ukraina, dan kota-kota di Ukraina gelap. Iran juga memasok rudal yang kemudian menghantam sasaran di seluruh Ukraina.",
    ],
    [
      "de",
      "Iran lieferte im August Drohnen an Russland. Seitdem treffen die Drohnen die Ukraine, und Städte in der Ukraine sind dunkel. Die Drohnen, die Iran lieferte, trafen später Ziele in der ganzen Ukraine.",
    ],
    [
      "es",
      "Irán envió drones a Rusia en agosto. Desde entonces los drones han golpeado Ucrania, y las ciudades de Ucrania están a oscuras. Los drones que Irán suministró golpearon después objetivos en toda Ucrania.",
    ],
    [
      "fr",
      "L'Iran a livré des drones à la Russie en août. Depuis, ces drones frappent l'Ukraine, et les villes de l'Ukraine sont dans le noir. Les drones que l'Iran a fournis ont ensuite frappé des cibles dans toute l'Ukraine.",
    ],
    [
      "it",
      "L'Iran ha fornito droni alla Russia in agosto. Da allora i droni colpiscono l'Ucraina, e le città dell'Ucraina sono al buio. I droni che l'Iran ha fornito hanno poi colpito obiettivi ucraini.",
    ],
    [
      "pt",
      "O Irã forneceu drones à Rússia em agosto. Desde então os drones atingem a Ucrânia, e as cidades da Ucrânia estão no escuro. Os drones que o Irã forneceu atingiram depois alvos ucranianos.",
    ],
    [
      "pl",
      "Iran dostarczył drony do Rosji w sierpniu. Od tego czasu drony uderzają w Ukrainę, a miasta Ukrainy są bez prądu. Drony, które Iran dostarczył, uderzyły potem w cele w całej Ukrainie.",
    ],
    [
      "ru",
      "Иран поставил дроны в Россию в августе. С тех пор эти дроны бьют по Украине, и города Украины без света. Иран также поставил ракеты, которые потом поразили цели по всей Украине.",
    ],
  ])("%s: the drones that hit Ukraine are still Russia's", (lang, text) => {
    expect(transfers(text, lang).filter(([, to]) => to !== "RU")).toEqual([]);
    expect(
      transfers(text, lang).map(([from, to, items, status]) => [from, to, (items as string[])[0], status]),
    ).toEqual([["IR", "RU", "weapons", "alleged"]]);
  });
});

// Without the stop, "to" after the sanctions word named Iran the receiver and Russia (the other leading
// state) the sender of drones.
describe("transfers: a 'to' after a sanctions word belongs to the sanctions", () => {
  it.each([
    [
      "en",
      "Iran shipped drones to Russia in August. The EU froze the assets of three people responsible for the drone deliveries and extended sanctions to four Iranian entities.",
    ],
    [
      "id",
      "Iran mengirim drone ke Rusia pada Agustus. Uni Eropa membekukan aset tiga orang yang bertanggung jawab atas pengiriman drone dan memperluas sanksi ke empat entitas Iran.",
    ],
    [
      "es",
      "Irán envió drones a Rusia en agosto. La UE congeló los bienes de los responsables del envío de drones y extendió las sanciones a cuatro entidades iraníes.",
    ],
    [
      "fr",
      "L'Iran a livré des drones à la Russie en août. L'UE a gelé les avoirs des responsables des livraisons de drones et étendu les sanctions à quatre entités iraniennes.",
    ],
  ])("%s: no drones from Russia to Iran", (lang, text) => {
    expect(transfers(text, lang)).toEqual([["IR", "RU", ["weapons"], "alleged"]]);
  });
});

describe("transfers: who sends", () => {
  it("id: an item right after a 'to' set apart from the verb is the receiver (supplies to the troops)", () => {
    expect(
      transfers("Misi rutin pasokan Filipina ke pasukan Filipina di kapal itu dihadang kapal China.", "id"),
    ).toEqual([]);
  });

  it("en: a state a preposition introduces is not the subject", () => {
    expect(transfers("The United States, after talks in Beijing, sold missiles to Taiwan.", "en")).toEqual([
      ["US", "TW", ["missiles"], "alleged"],
    ]);
  });

  it("en: a possessive owns a list of roles ending in 'supplier'", () => {
    const text =
      "The United States moved its embassy from Taipei to Beijing in 1979 but remained Taiwan's main partner and its biggest arms supplier.";
    expect(transfers(text, "en")).toEqual([["US", "TW", ["weapons"], "alleged"]]);
  });

  it.each([
    ["id", "Menurut laporan itu, rudal yang dikirim Korea Utara sudah dipakai Rusia di Ukraina."],
    ["ru", "По данным Киева, ракеты, поставленные КНДР, уже использовала Россия."],
  ])("%s: the state right after a passive with no preposition is its agent, the sender", (lang, text) => {
    expect(transfers(text, lang).map(([from, to]) => [from, to])).toEqual([["KP", "RU"]]);
  });
});

describe("transfers: places and firms of oil move no oil", () => {
  it.each([
    ["en", "The United States sanctioned two Chinese oil refineries for buying Iranian oil."],
    ["id", "Amerika Serikat menjatuhkan sanksi terhadap dua kilang minyak China karena membeli minyak Iran."],
  ])("%s", (lang, text) => {
    expect(extract(article(text, lang)).transfers.map((t) => [t.from, t.to])).toEqual([["IR", "CN"]]);
  });
});

describe("an end named before a trailing attribution", () => {
  it("is an end, not the speaker: the attribution after the comma has its own subject", () => {
    expect(
      extract(
        article(
          "The German government has approved the sale of 40 fighter jets to Turkey, a government spokesman said.",
          "en",
        ),
      ).transfers.map((t) => [t.from, t.to]),
    ).toEqual([["DE", "TR"]]);
  });
});

describe("a verb of sending in a relative clause on a noun", () => {
  it("has that noun for subject: no state sends, none is inferred", () => {
    expect(
      transfers("The US Treasury imposed sanctions on five companies that supplied drone components to Iran.", "en"),
    ).toEqual([]);
    expect(
      transfers(
        "AS menjatuhkan sanksi terhadap lima perusahaan yang dituding memasok komponen drone kepada Iran.",
        "id",
      ),
    ).toEqual([]);
    expect(transfers("Iran, which supplied drones to Russia, denied it.", "en")).toEqual([
      ["IR", "RU", ["weapons"], "alleged"],
    ]);
  });
});
