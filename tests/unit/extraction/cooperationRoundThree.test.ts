import { extract } from "../../../src/extraction/extract";
import { article } from "./fixtures";

/**
 * Transfers and agreements in news nobody tuned the packs to (arms deliveries announced by their
 * sender, gas sold to a receiver in the dative, orders of fighter jets), in sentences of our own.
 */
const run = (language: string) => (text: string) => extract(article(text, language, "2024-06-12T09:00:00Z"));
const en = run("en");
const id = run("id");
const flows = (facts: ReturnType<typeof extract>) =>
  (facts.transfers ?? []).map((t) => `${t.from}>${t.to}:${t.status}`);

describe("transfers: the speaker announces its own sending", () => {
  it("reads 'X said it would supply Y' as X sending", () => {
    // A state named later in the sentence (a venue, another party) is not the sender.
    expect(
      flows(en("Canada said on Monday it would send 20 armoured vehicles to Moldova under a deal signed in Romania.")),
    ).toEqual(["CA>MD:planned"]);
    expect(
      flows(id("Jepang menyatakan akan mengirim 30 ton beras ke Filipina, setelah pertemuan dengan Vietnam di Hanoi.")),
    ).toEqual(["JP>PH:planned"]);
  });
});

describe("transfers: acknowledged by one of its ends", () => {
  it("confirms a shipment its sender's officials report", () => {
    expect(
      flows(en("Norway delivered two air defence systems to Lithuania in May, Norwegian officials said.")),
    ).toEqual(["NO>LT:confirmed"]);
    expect(
      flows(id("Australia telah mengirim 40 ribu butir amunisi ke Ukraina, kata pejabat Australia, Rabu.")),
    ).toEqual(["AU>UA:confirmed"]);
  });

  it("leaves it alleged when another state says so, or when the words are a charge", () => {
    expect(flows(en("Belarus sent artillery shells to Russia last month, British officials said."))).toEqual([
      "BY>RU:alleged",
    ]);
    expect(flows(en("Moscow dismissed as baseless the claims that Minsk had sent shells to Russia."))).not.toContain(
      "BY>RU:confirmed",
    );
  });
});

describe("transfers: a receiver in the dative (TransferWords.receiverEndings)", () => {
  const ru = run("ru");
  const pl = run("pl");

  it("reads a state in the dative after the items as the receiver, not the owner", () => {
    expect(flows(ru("Туркменистан увеличит поставки газа Китаю в следующем году."))).toEqual(["TM>CN:planned"]);
    expect(flows(pl("Litwa wznowiła dostawy amunicji Ukrainie."))).toEqual(["LT>UA:alleged"]);
  });

  it("keeps the subject of a verb of sending after an 'according to' phrase", () => {
    expect(flows(pl("Według źródeł wojskowych Wilno wysłało Kijowowi amunicję."))).toEqual(["LT>UA:alleged"]);
  });
});

describe("transfers: a plan around a verb closing its clause", () => {
  const de = run("de");
  const ru = run("ru");

  it("reads a state between the subject and the items before a clause-final verb as the receiver", () => {
    expect(flows(de("Die Niederlande schickten Litauen im Herbst zwölf Haubitzen."))).toEqual(["NL>LT:alleged"]);
    expect(flows(de("Die Niederlande hätten Litauen im Herbst zwölf Haubitzen geschickt, hieß es."))).toEqual([
      "NL>LT:alleged",
    ]);
  });

  it("reads the auxiliary right after a verb closing its clause as a plan", () => {
    expect(
      flows(de("Spanien kündigte am Montag an, dass Madrid Lettland bis Ende Mai Munition liefern werde.")),
    ).toEqual(["ES>LV:planned"]);
  });

  it("reads the future with 'будет' as a plan", () => {
    expect(flows(ru("Казахстан будет поставлять Узбекистану пшеницу по льготной цене."))).toEqual(["KZ>UZ:planned"]);
  });
});

describe("agreements: contracts, memoranda beside them, and whose sanctions end one", () => {
  const deals = (facts: ReturnType<typeof extract>) =>
    (facts.agreements ?? []).map((a) => `${[...a.parties].sort().join("+")}:${a.kind}:${a.status}`);

  it("reads a purchase contract as an agreement, and a memorandum signed beside it as another", () => {
    expect(
      deals(
        en(
          "Egypt signed a contract with France on Monday for 30 more Rafale jets, and the two defence ministers also signed a memorandum on training pilots.",
        ),
      ),
    ).toEqual(["EG+FR:agreement:signed", "EG+FR:memorandum:signed"]);
    expect(
      deals(
        id(
          "Filipina meneken kontrak dengan Korea Selatan untuk 12 jet tempur FA-50 pada Selasa, dan kedua menteri juga menandatangani nota kesepahaman tentang pelatihan pilot.",
        ),
      ),
    ).toEqual(["KR+PH:agreement:signed", "KR+PH:memorandum:signed"]);
  });

  it("does not make the state whose sanctions ended a contract its party", () => {
    expect(
      deals(
        en(
          "Manila's contract with Moscow for 16 helicopters was cancelled last year under the threat of U.S. sanctions.",
        ),
      ),
    ).toEqual(["PH+RU:agreement:cancelled"]);
    expect(
      deals(id("Kontrak Manila dengan Moskow untuk 16 helikopter dibatalkan tahun lalu akibat ancaman sanksi AS.")),
    ).toEqual(["PH+RU:agreement:cancelled"]);
  });
});

describe("transfers: orders and hand-overs", () => {
  it("reads an Indonesian order as a planned transfer from the seller", () => {
    expect(flows(id("Pemerintah Thailand resmi memesan empat kapal selam dari China."))).toEqual(["CN>TH:planned"]);
  });

  it("reads German 'überlassen' and 'weitergeben' as sending", () => {
    expect(flows(run("de")("Norwegen will Lettland acht Leopard-Panzer überlassen."))).toEqual(["NO>LV:planned"]);
    expect(flows(run("de")("Finnland darf Estland Munition weitergeben."))).toEqual(["FI>EE:alleged"]);
  });
});

describe("transfers: the state of a relative clause's antecedent", () => {
  it("reads the demonym before 'which' as the sender", () => {
    expect(
      flows(
        en(
          "Britain sanctioned two Belarusian officials and a trading firm, which helped supply artillery shells to Russia.",
        ),
      ),
    ).toEqual(["BY>RU:alleged"]);
    expect(
      flows(run("ru")("Лондон ввёл санкции против двух белорусских компаний, которые поставляли снаряды России.")),
    ).toEqual(["BY>RU:alleged"]);
  });
});

describe("agreements (pl pack): contracts", () => {
  it("reads 'kontrakt' as an agreement", () => {
    const facts = run("pl")("Węgry podpisały z Rosją nowy kontrakt na dostawy gazu.");
    expect((facts.agreements ?? []).map((a) => `${[...a.parties].sort().join("+")}:${a.kind}:${a.status}`)).toEqual([
      "HU+RU:agreement:signed",
    ]);
  });
});

describe("transfers: dual-use electronics are technology", () => {
  const items = (facts: ReturnType<typeof extract>) =>
    (facts.transfers ?? []).map((t) => `${t.from}>${t.to}:${t.items}`);

  it("reads electronics sent as technology (ru, id, pl)", () => {
    expect(items(run("ru")("Армения поставляла в Россию электронику западного производства."))).toEqual([
      "AM>RU:technology",
    ]);
    expect(items(id("Malaysia mengekspor komponen elektronik ke Rusia senilai 50 juta dolar."))).toEqual([
      "MY>RU:technology",
    ]);
    expect(items(run("pl")("Armenia zwiększyła dostawy elektroniki do Rosji."))).toEqual(["AM>RU:technology"]);
  });
});
