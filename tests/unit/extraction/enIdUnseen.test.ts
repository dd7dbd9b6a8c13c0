import { extract } from "../../../src/extraction/extract";
import { article } from "./fixtures";

/**
 * English and Indonesian words for diplomacy beyond the corpus (ASEAN, the South China Sea, the
 * Thai–Cambodian border, India–Pakistan, the Sahel), in sentences of our own in the style of the wires
 * and the Indonesian press.
 */
const en = (text: string) => extract(article(text, "en", "2025-10-27T09:00:00Z"));
const id = (text: string) => extract(article(text, "id", "2025-10-27T09:00:00+07:00"));
const said = (facts: ReturnType<typeof extract>) => facts.statements.map((s) => `${s.speaker}:${s.stance}`);
const agreed = (facts: ReturnType<typeof extract>) =>
  (facts.agreements ?? []).map((a) => `${[...a.parties].sort().join("+")}:${a.kind}:${a.status}`);

describe("en pack: institutions that speak for one state", () => {
  it("reads the MEA, Wisma Putra, Malacanang and the DFA as India, Malaysia and the Philippines", () => {
    expect(said(en("The MEA said the talks in Islamabad had been useful."))).toEqual(["IN:assert"]);
    expect(said(en("Wisma Putra said Kuala Lumpur regretted the move by Singapore."))).toEqual(["MY:accuse"]);
    expect(said(en("Malacañang said the president would bring up the shoal at the summit."))).toEqual(["PH:assert"]);
    expect(said(en("The DFA said Manila would keep resupplying its troops on the atoll."))).toEqual(["PH:assert"]);
  });

  it("reads a state's coast guard, navy and armed forces as the state speaking", () => {
    expect(said(en("China's coast guard said two Philippine boats had been expelled from the area."))).toEqual([
      "CN:assert",
    ]);
    expect(said(en("The Thai navy said its patrols along the coast would continue."))).toEqual(["TH:assert"]);
  });
});

describe("en pack: stance words of other diplomacy", () => {
  it("reads a lodged protest as an accusation", () => {
    expect(said(en("Manila lodged a diplomatic protest with Beijing after Sunday's collision."))).toEqual([
      "PH:accuse",
    ]);
  });

  it("reads an ultimatum as a warning", () => {
    expect(said(en("The African Union issued an ultimatum to the coup leaders in Niamey."))).toEqual([
      "African Union:warn",
    ]);
  });

  it("reads a tie said not to be an alliance as a denial", () => {
    expect(said(en("Albanese said the new security pact with Jakarta was not a military alliance."))).toEqual([
      "Anthony Albanese:deny",
    ]);
  });

  it("reads commitment kept to a truce as support", () => {
    expect(said(en("Thailand's foreign ministry said Bangkok remained committed to the truce."))).toEqual([
      "TH:support",
    ]);
  });

  it("reads vessels said to intrude as an accusation", () => {
    expect(said(en("Beijing said the Philippine boats intruded into its waters near the reef."))).toEqual([
      "CN:accuse",
    ]);
  });

  it("does not read the noun 'disputes' or the adjective 'disputed' as a denial", () => {
    expect(said(en("Prabowo said the region should settle its maritime disputes through talks."))).toEqual([
      "Prabowo Subianto:assert",
    ]);
    expect(
      said(en("President Ferdinand Marcos Jr. said Filipino fishermen would keep working near the disputed shoal.")),
    ).toEqual(["Ferdinand Marcos Jr.:assert"]);
  });
});

describe("en pack: agreements", () => {
  it("reads arrangements, declarations and accession protocols that states sign", () => {
    expect(agreed(en("Beijing and Manila reached a provisional arrangement on the resupply runs last year."))).toEqual([
      "CN+PH:agreement:signed",
    ]);
    expect(agreed(en("Thailand and Cambodia signed a joint declaration in Kuala Lumpur on Sunday."))).toEqual([
      "KH+TH:agreement:signed",
    ]);
    expect(agreed(en("Hungary and Sweden signed the accession protocol in Budapest."))).toEqual([
      "HU+SE:treaty:signed",
    ]);
  });

  it("reads no agreement in a truce only pressed for", () => {
    expect(agreed(en("Mediators in Cairo pressed for a new truce between Israel and Hamas on Sunday."))).toEqual([]);
    expect(agreed(en("Egypt and Qatar are pushing for a fresh truce between Israel and Hamas."))).toEqual([]);
  });
});

describe("id pack: institutions that speak for a state", () => {
  it("reads KBRI as Indonesia's embassy and Wisma Putra as Malaysia's foreign ministry", () => {
    expect(said(id("Menurut KBRI di Kairo, jalur evakuasi bagi warga sudah dibuka."))).toEqual(["ID:assert"]);
    expect(said(id("Wisma Putra menyatakan Kuala Lumpur menyesalkan langkah Singapura."))).toEqual(["MY:accuse"]);
  });
});

describe("id pack: stance words of other diplomacy", () => {
  it("reads a protest lodged as an accusation", () => {
    expect(said(id("Filipina melayangkan protes diplomatik kepada China atas insiden tabrakan itu."))).toEqual([
      "PH:accuse",
    ]);
  });

  it("reads an ultimatum as a warning", () => {
    expect(said(id("ECOWAS memberikan ultimatum kepada junta di Niamey untuk mundur."))).toEqual(["ECOWAS:warn"]);
  });

  it("reads a tie said not to be an alliance as a denial", () => {
    expect(said(id("Prabowo menegaskan kerja sama itu bukan sebuah aliansi militer."))).toEqual([
      "Prabowo Subianto:deny",
    ]);
  });

  it("reads commitment as support", () => {
    expect(said(id("Menlu Thailand mengatakan Bangkok tetap berkomitmen menjaga perdamaian di perbatasan."))).toEqual([
      "TH:support",
    ]);
  });

  it("reads vessels said to break into waters as an accusation", () => {
    expect(said(id("Beijing menyatakan kapal-kapal Filipina menerobos perairannya di dekat karang itu."))).toEqual([
      "CN:accuse",
    ]);
  });
});

describe("id pack: agreements", () => {
  it("reads a joint declaration that states sign", () => {
    expect(
      agreed(id("Thailand dan Kamboja menandatangani deklarasi bersama di Kuala Lumpur, Minggu (26/10/2025).")),
    ).toEqual(["KH+TH:agreement:signed"]);
  });

  it("reads no agreement in a truce only pushed for", () => {
    expect(agreed(id("Mesir mendorong tercapainya gencatan senjata baru antara Israel dan Hamas."))).toEqual([]);
  });
});

const met = (facts: ReturnType<typeof extract>) =>
  facts.meetings.map((m) => `${[...m.participants].sort().join("+")}:${m.status}`);

describe("en pack: meetings", () => {
  it("reads a tete-a-tete, a leaders' retreat, a luncheon and a working breakfast as meetings", () => {
    expect(met(en("Anwar Ibrahim and Prabowo Subianto held a tete-a-tete in Penang on Tuesday."))).toEqual([
      "Anwar Ibrahim+Prabowo Subianto:occurred",
    ]);
    expect(met(en("Anwar Ibrahim and Prabowo Subianto held a leaders' retreat in Langkawi on Tuesday."))).toEqual([
      "Anwar Ibrahim+Prabowo Subianto:occurred",
    ]);
    expect(met(en("Anwar Ibrahim and Prabowo Subianto had a luncheon in Putrajaya on Tuesday."))).toEqual([
      "Anwar Ibrahim+Prabowo Subianto:occurred",
    ]);
    expect(met(en("Anwar Ibrahim and Prabowo Subianto had a working breakfast in Jakarta on Tuesday."))).toEqual([
      "Anwar Ibrahim+Prabowo Subianto:occurred",
    ]);
  });

  it("reads a visit one is slated or poised to make as planned", () => {
    expect(met(en("Narendra Modi is slated to visit Beijing later this month."))).toEqual(["CN+Narendra Modi:planned"]);
    expect(met(en("Narendra Modi is poised to visit Tokyo."))).toEqual(["JP+Narendra Modi:planned"]);
  });
});

describe("id pack: meetings", () => {
  it("reads a friendly call in person as a meeting", () => {
    expect(met(id("Prabowo Subianto bersilaturahmi dengan Anwar Ibrahim di Putrajaya, Selasa (21/10/2025)."))).toEqual([
      "Anwar Ibrahim+Prabowo Subianto:occurred",
    ]);
  });
});

const sent = (facts: ReturnType<typeof extract>) =>
  (facts.transfers ?? []).map((t) => `${t.from}>${t.to}:${t.items.join(",")}:${t.status}`);

describe("en pack: transfers", () => {
  it("reads gifts and airlifts as sending", () => {
    expect(sent(en("China donated rice to Myanmar after the earthquake."))).toEqual(["CN>MM:food:alleged"]);
    expect(sent(en("Australia gifted three armoured vehicles to Fiji."))).toEqual(["AU>FJ:weapons:alleged"]);
    expect(sent(en("The United States airlifted medicines to Gaza on Tuesday."))).toEqual(["US>PS:other:alleged"]);
  });

  it("reads aid pledged as an item", () => {
    expect(sent(en("Qatar pledged $500 million in aid to Syria."))).toEqual(["QA>SY:other:planned"]);
  });

  it("reads a sale only approved as planned", () => {
    expect(sent(en("Washington's approval of arms sales to Taiwan angered Beijing."))).toEqual([
      "US>TW:weapons:planned",
    ]);
  });
});

describe("id pack: transfers", () => {
  it("reads donations, loans and disbursements as sending", () => {
    expect(sent(id("Pemerintah Indonesia menyumbangkan 10.000 ton beras kepada Myanmar setelah gempa."))).toEqual([
      "ID>MM:food:alleged",
    ]);
    expect(sent(id("China mengucurkan dana sebesar 2 miliar dollar AS kepada Laos."))).toEqual(["CN>LA:money:alleged"]);
    expect(sent(id("Jepang meminjamkan dua kapal patroli kepada Filipina."))).toEqual(["JP>PH:weapons:alleged"]);
    expect(sent(id("Vietnam mendonasikan vaksin kepada Kamboja."))).toEqual(["VN>KH:other:alleged"]);
  });

  it("reads medicines as items", () => {
    expect(sent(id("Malaysia mengirimkan obat-obatan ke Gaza melalui Mesir."))).toEqual(["MY>PS:other:alleged"]);
  });
});

describe("en pack: what is no item", () => {
  it("reads no transfer in sanctions relief sought", () => {
    expect(sent(en("Iran is seeking sanctions relief from the United States."))).toEqual([]);
  });
});

describe("en pack: more stance verbs and cues", () => {
  it("reads alarm voiced as a warning", () => {
    expect(said(en("Manila voiced alarm over the warships massing near the shoal."))).toEqual(["PH:warn"]);
  });

  it("reads an objection and a protest made on a summons as accusations", () => {
    expect(said(en("Islamabad strongly objected to New Delhi's suspension of the water treaty."))).toEqual([
      "PK:accuse",
    ]);
    expect(said(en("The Philippines summoned the Chinese envoy to protest the ramming of its boat."))).toEqual([
      "PH:accuse",
    ]);
  });

  it("reads a state that opposes a step as rejecting it, not one urged to oppose", () => {
    expect(said(en("Beijing firmly opposes the stationing of the missile system in the Philippines."))).toEqual([
      "CN:deny",
    ]);
    expect(said(en("Wang Yi urged both neighbours to oppose bloc politics in Asia."))).toEqual(["Wang Yi:support"]);
  });

  it("reads a reaffirmation as speech", () => {
    expect(said(en("Riyadh reaffirmed its support for a two-state solution."))).toEqual(["SA:support"]);
  });
});

describe("id pack: more stance verbs", () => {
  it("reads an objection voiced as an accusation", () => {
    expect(said(id("Pakistan menyatakan keberatan atas penangguhan perjanjian air oleh India."))).toEqual([
      "PK:accuse",
    ]);
  });
});

describe("id pack: urging, vows, condolences and meddling", () => {
  it("reads 'mengajak' as an urging", () => {
    expect(said(id("Indonesia mengajak negara-negara ASEAN memperkuat kerja sama maritim."))).toEqual(["ID:support"]);
  });

  it("reads a vow as speech whose words decide the stance", () => {
    expect(said(id("Iran bersumpah akan membalas serangan Israel."))).toEqual(["IR:warn"]);
  });

  it("reads condolences as support", () => {
    expect(said(id("Kemlu RI menyampaikan belasungkawa atas korban gempa di Myanmar."))).toEqual(["ID:support"]);
  });

  it("reads meddling in internal affairs as an accusation", () => {
    expect(said(id("China menyatakan langkah Jepang itu mencampuri urusan dalam negeri China."))).toEqual([
      "CN:accuse",
    ]);
    expect(said(id("China menyatakan Jepang ikut campur dalam masalah Taiwan."))).toEqual(["CN:accuse"]);
  });
});

describe("en pack: condolences and meddling", () => {
  it("reads condolences as support", () => {
    expect(said(en("Thailand's foreign ministry expressed condolences to Myanmar over the quake."))).toEqual([
      "TH:support",
    ]);
  });

  it("reads meddling as an accusation", () => {
    expect(said(en("Beijing said Tokyo was interfering in the Taiwan question."))).toEqual(["CN:accuse"]);
  });
});

describe("en pack: agreement statuses", () => {
  it("reads a signing expected, set or due as planned", () => {
    expect(agreed(en("Jakarta and Washington are expected to sign a tariff agreement next month."))).toEqual([
      "ID+US:agreement:planned",
    ]);
    expect(agreed(en("Malaysia and Singapore are set to ink a deal on the border zone."))).toEqual([
      "MY+SG:deal:planned",
    ]);
    expect(agreed(en("Vietnam and Indonesia will ink a maritime accord in Hanoi."))).toEqual([
      "ID+VN:agreement:planned",
    ]);
  });

  it("reads a treaty put in abeyance as suspended", () => {
    expect(agreed(en("New Delhi put its water treaty with Pakistan in abeyance."))).toEqual(["IN+PK:treaty:suspended"]);
  });

  it("reads a CEPA as an agreement", () => {
    expect(agreed(en("Indonesia and the EU signed the CEPA in Brussels on Monday."))).toEqual([
      "EU+ID:agreement:signed",
    ]);
  });
});

describe("id pack: agreement statuses", () => {
  it("reads a scheduled or imminent signing as planned", () => {
    expect(agreed(id("Indonesia dan Amerika Serikat dijadwalkan meneken perjanjian tarif bulan depan."))).toEqual([
      "ID+US:treaty:planned",
    ]);
    expect(agreed(id("Indonesia dan Kanada segera menandatangani kesepakatan dagang."))).toEqual([
      "CA+ID:deal:planned",
    ]);
  });

  it("reads a CEPA as an agreement", () => {
    expect(agreed(id("Indonesia dan Uni Eropa menandatangani IEU-CEPA di Bali, Senin (22/9/2025)."))).toEqual([
      "EU+ID:agreement:signed",
    ]);
  });
});

describe("en pack: goods of trade deals", () => {
  it("reads energy and farm products bought, and a commitment to buy as planned", () => {
    expect(sent(en("Vietnam committed to buying U.S. energy."))).toEqual(["US>VN:oil:planned"]);
    expect(sent(en("Vietnam agreed to purchase more American farm products."))).toEqual(["US>VN:food:planned"]);
  });

  it("reads airliners as no weapons", () => {
    expect(sent(en("Indonesia will buy 50 Boeing jets from the United States."))).toEqual(["US>ID:other:planned"]);
  });
});

describe("id pack: goods of trade deals", () => {
  it("reads energy and farm products bought, and a commitment to buy as planned", () => {
    expect(sent(id("Indonesia berkomitmen membeli energi dari AS senilai 15 miliar dolar AS."))).toEqual([
      "US>ID:oil:planned",
    ]);
    expect(sent(id("Indonesia akan membeli produk pertanian dari AS."))).toEqual(["US>ID:food:planned"]);
  });
});
