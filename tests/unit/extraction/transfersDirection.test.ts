import { extract } from "../../../src/extraction/extract";
import { article } from "./fixtures";

const transfers = (text: string, lang: string) =>
  extract(article(text, lang)).transfers.map((t) => [t.from, t.to, t.items, t.status]);

// Each case needs one of the TransferWords fields exchange, earlier and suppliers (all nine packs).
describe("transfers: what is given in exchange moves the other way", () => {
  it.each([
    ["en", "Russia supplied North Korea with fuel in exchange for artillery shells."],
    ["id", "Rusia memasok minyak ke Korea Utara sebagai imbalan atas peluru artileri."],
    ["de", "Russland lieferte Öl an Nordkorea im Gegenzug für Granaten."],
    ["es", "Rusia envió petróleo a Corea del Norte a cambio de proyectiles."],
    ["fr", "La Russie a livré du pétrole à la Corée du Nord en échange de munitions."],
    ["it", "La Russia ha fornito petrolio alla Corea del Nord in cambio di munizioni."],
    ["pt", "A Rússia forneceu petróleo à Coreia do Norte em troca de munições."],
    ["pl", "Rosja dostarczyła ropę do Korei Północnej w zamian za amunicję."],
    ["ru", "Россия поставила нефть в Северную Корею в обмен на боеприпасы."],
  ])("%s: oil one way, ammunition back", (lang, text) => {
    expect(transfers(text, lang)).toEqual([
      ["RU", "KP", ["oil"], "alleged"],
      ["KP", "RU", ["ammunition"], "alleged"],
    ]);
  });
});

describe("transfers: an earlier shipment is its own fact", () => {
  it.each([
    [
      "en",
      "North Korea, which was previously accused of selling rockets to Russia, delivered shells to Russia in October.",
    ],
    ["id", "Korea Utara, yang sebelumnya dituduh menjual roket ke Rusia, mengirim peluru ke Rusia pada Oktober."],
    ["de", "Nordkorea, das zuvor Raketen an Russland verkauft haben soll, lieferte im Oktober Granaten an Russland."],
    ["es", "Corea del Norte, que anteriormente vendió cohetes a Rusia, envió proyectiles a Rusia en octubre."],
    [
      "fr",
      "La Corée du Nord, qui avait précédemment vendu des roquettes à la Russie, a livré des obus à la Russie en octobre.",
    ],
    [
      "it",
      "La Corea del Nord, che in precedenza ha venduto razzi alla Russia, ha fornito proiettili alla Russia in ottobre.",
    ],
    ["pt", "A Coreia do Norte, que anteriormente vendeu foguetes à Rússia, forneceu projéteis à Rússia em outubro."],
    ["pl", "Korea Północna, która wcześniej sprzedała rakiety do Rosji, dostarczyła amunicję do Rosji w październiku."],
    ["ru", "Северная Корея, которая ранее продала ракеты в Россию, поставила снаряды в Россию в октябре."],
  ])("%s: the rockets sold before and the shells sent now", (lang, text) => {
    expect(transfers(text, lang)).toEqual([
      ["KP", "RU", ["missiles"], "alleged"],
      ["KP", "RU", ["ammunition"], "alleged"],
    ]);
  });
});

describe("transfers: whose supplier a state is receives", () => {
  it.each([
    ["en", "Belarus has become Russia's main ammunition supplier."],
    ["id", "Belarus menjadi pemasok amunisi utama Rusia."],
    ["de", "Belarus ist Russlands wichtigster Lieferant von Munition."],
    ["es", "Bielorrusia se convirtió en el principal proveedor de municiones de Rusia."],
    ["fr", "La Biélorussie est devenue le principal fournisseur de munitions de la Russie."],
    ["it", "La Bielorussia è diventata il principale fornitore di munizioni della Russia."],
    ["pt", "A Bielorrússia tornou-se o principal fornecedor de munições da Rússia."],
    ["pl", "Białoruś stała się głównym dostawcą amunicji dla Rosji."],
    ["ru", "Белоруссия стала главным поставщиком боеприпасов для России."],
  ])("%s: Belarus supplies Russia", (lang, text) => {
    expect(transfers(text, lang)).toEqual([["BY", "RU", ["ammunition"], "alleged"]]);
  });
});

describe("transfers: ends and objects", () => {
  it("reads a Portuguese article 'A' before the verb as no receiver", () => {
    expect(transfers("A Rússia forneceu petróleo à Coreia do Norte.", "pt")).toEqual([
      ["RU", "KP", ["oil"], "alleged"],
    ]);
  });

  it("reads an item word after 'to' as the receiver's, once something else is moved", () => {
    expect(transfers("Iran sold drones to the Russian army units.", "en")).toEqual([
      ["IR", "RU", ["weapons"], "alleged"],
    ]);
    expect(transfers("Belarus memasok peluru ke kelompok tentara bayaran Rusia.", "id")).toEqual([
      ["BY", "RU", ["ammunition"], "alleged"],
    ]);
  });

  it("gives the items of a noun of sending to the verb it is the object of", () => {
    expect(transfers("Pyongyang meminta bantuan makanan dari Moskow.", "id")).toEqual([
      ["RU", "KP", ["food"], "alleged"],
    ]);
  });

  it("reads the agent of a noun of sending and the possessed end after a possessive", () => {
    expect(transfers("Beijing protested the missile sales by Washington to China's Taiwan province.", "en")).toEqual([
      ["US", "TW", ["missiles"], "alleged"],
    ]);
  });

  it("reads a 'from' after the verb before one of an earlier phrase", () => {
    expect(transfers("Multas de duas firmas chinesas pela compra de drones do Irã por Moscou.", "pt")).toEqual([
      ["IR", "RU", ["weapons"], "alleged"],
    ]);
  });

  it("reads 'perangkat militer' (military equipment) as weapons", () => {
    expect(transfers("Iran diduga memasok perangkat militer kepada Rusia.", "id")).toEqual([
      ["IR", "RU", ["weapons"], "alleged"],
    ]);
  });

  it("makes a plan told after a shipment more of that shipment", () => {
    expect(
      transfers("Iran has sent drones to Russia. Kyiv says Iran will send more drones to Russia next month.", "en"),
    ).toEqual([["IR", "RU", ["weapons"], "alleged"]]);
  });
});

describe("transfers: a state right before the items, after the verb or its subject, receives them (a dative)", () => {
  it.each([
    ["pl", "Korea Północna wysłała Rosji pociski balistyczne.", ["KP", "RU", ["missiles"], "alleged"]],
    ["ru", "Иран передал России баллистические ракеты.", ["IR", "RU", ["missiles"], "alleged"]],
    ["de", "Deutschland liefert der Ukraine Panzer.", ["DE", "UA", ["weapons"], "alleged"]],
    // The auxiliary of a verb closing its clause makes a plan, however far before it ("werde … liefern").
    ["de", "Deutschland werde der Ukraine ein Patriot-System liefern.", ["DE", "UA", ["weapons"], "planned"]],
    ["de", "Polen will der Ukraine vierzehn Kampfpanzer überlassen.", ["PL", "UA", ["weapons"], "planned"]],
  ])("%s: %s", (lang, text, expected) => {
    expect(transfers(text, lang)).toEqual([expected]);
  });
});
