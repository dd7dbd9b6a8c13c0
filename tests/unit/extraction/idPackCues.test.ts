import { extract } from "../../../src/extraction/extract";
import { article } from "./fixtures";

/** Cue words of the Indonesian pack, with sentences of our own in the style of the Indonesian press. */
const facts = (text: string, publishedAt = "2025-06-18T09:00:00+07:00") => extract(article(text, "id", publishedAt));
const people = (text: string) =>
  facts(text).persons.map((p) => `${p.name}:${p.country}:${p.roles.map((r) => r.title)}`);
const said = (text: string) => facts(text).statements.map((s) => `${s.speaker}:${s.stance}`);
const met = (text: string) =>
  facts(text).meetings.map((m) => `${[...m.participants].sort().join("+")}:${m.status}:${m.date}`);
const sanctioned = (text: string) => facts(text).sanctions.map((s) => `${s.imposer}>${s.target}:${s.status}`);
const sent = (text: string) => facts(text).transfers.map((t) => `${t.from}>${t.to}:${t.items.join(",")}:${t.status}`);

describe("id pack: ministers by their short titles", () => {
  it("reads Menkeu, Mensesneg and the deputies' Wamenhan, Wamenlu as roles before a name", () => {
    expect(people("Menkeu Rina Wulandari menepis anggapan itu.")).toEqual(["Rina Wulandari:null:Minister"]);
    expect(people("Menteri Sekretaris Negara Bima Santoso mengatakan Presiden akan berangkat besok.")).toEqual([
      "Bima Santoso:null:Minister",
    ]);
    expect(said("Wamenhan Hendra Kurniawan menampik tudingan bahwa pembelian itu membebani anggaran.")).toEqual([
      "Hendra Kurniawan:deny",
    ]);
    expect(people("Wamenlu Dimas Prasetya menegaskan Indonesia tetap netral.")).toEqual([
      "Dimas Prasetya:null:Deputy Foreign Minister",
    ]);
  });

  it("reads the US trade representative as a role of its own, not the name of the minister before", () => {
    expect(
      people(
        "Tim akan menemui Menteri Perdagangan AS Howard Lutnick dan Perwakilan Dagang AS Jamieson Greer pekan ini.",
      ),
    ).toEqual(["Howard Lutnick:US:Minister", "Jamieson Greer:US:Trade Representative"]);
  });

  it("reads the ranks below full admiral, and the armed forces as the state's", () => {
    expect(people("Laksamana Madya Erwin Santosa mengatakan kapal itu menolak pergi.")).toEqual([
      "Erwin Santosa:null:General",
    ]);
    expect(people("Panglima TNI Agus Wiratama mengatakan latihan itu berjalan lancar.")).toEqual([
      "Agus Wiratama:ID:Commander",
    ]);
  });
});

describe("id pack: a headline capitalises its verbs", () => {
  it("does not read a headline's bare verb as part of the name before it", () => {
    expect(people("Dubes Rina Hartati Kecam Serangan ke Konvoi Bantuan")).toEqual(["Rina Hartati:null:Ambassador"]);
    expect(people("Menhan Budi Darmawan Teken Kontrak Pembelian Kapal Selam")).toEqual([
      "Budi Darmawan:null:Defence Minister",
    ]);
  });

  it("reads a headline's bare verbs of imposing and visiting", () => {
    expect(sanctioned("AS Jatuhkan Sanksi terhadap Iran")).toEqual(["US>IR:announced"]);
    expect(met("Prabowo Kunjungi Jepang, Bahas Kerja Sama Energi")).toEqual(["JP+Prabowo Subianto:occurred:2025-06"]);
  });
});

describe("id pack: datelines that open with the outlet's name or carry the agency", () => {
  it("does not read the place of filing as a party to the story", () => {
    expect(sanctioned("detikNews, Jakarta - Uni Eropa menjatuhkan sanksi baru terhadap Iran.")).toEqual([
      "EU>IR:announced",
    ]);
    expect(sanctioned("Liputan6.com, Jakarta - Uni Eropa menjatuhkan sanksi baru terhadap Iran.")).toEqual([
      "EU>IR:announced",
    ]);
    expect(sanctioned("Jakarta (ANTARA) - Uni Eropa menjatuhkan sanksi baru terhadap Iran.")).toEqual([
      "EU>IR:announced",
    ]);
  });
});

describe("id pack: meetings and welcomes", () => {
  it("reads a di- passive of welcoming with its agent right after it as a meeting", () => {
    expect(
      met(
        "Presiden Prancis Emmanuel Macron tiba di Jakarta, Selasa (17/6/2025). Ia disambut Presiden Prabowo Subianto di Istana Merdeka.",
      ),
    ).toEqual(["Emmanuel Macron+Prabowo Subianto:occurred:2025-06-17"]);
  });

  it("reads welcoming a step, not a guest, as support", () => {
    const f = facts("Kementerian Luar Negeri China menyambut bergabungnya Indonesia ke BRICS.");
    expect(f.meetings).toEqual([]);
    expect(f.statements.map((s) => `${s.speaker}:${s.stance}`)).toEqual(["CN:support"]);
  });

  it("names a junta's spokesperson who speaks", () => {
    expect(said("Juru bicara junta Myanmar Zaw Min Tun membantah tuduhan itu.")).toEqual(["Zaw Min Tun:deny"]);
  });
});

describe("id pack: verbs of stance", () => {
  it("reads deploring as an accusation and opposing as a rejection", () => {
    expect(said("Menlu Sugiono menyayangkan keputusan Israel menutup perbatasan Rafah.")).toEqual(["Sugiono:accuse"]);
    expect(said("Kemlu RI menyesalkan serangan terhadap kapal bantuan itu.")).toEqual(["ID:accuse"]);
    expect(said("Moskow menentang sanksi baru terhadap Korea Utara.")).toEqual(["RU:deny"]);
  });
});

describe("id pack: calls for a ceasefire", () => {
  it("reads no agreement in a call for one", () => {
    expect(facts("Pemerintah Indonesia menyerukan gencatan senjata antara Iran dan Israel.").agreements).toEqual([]);
    expect(facts("Iran dan Israel Saling Serang, RI Desak Gencatan Senjata").agreements).toEqual([]);
  });
});

describe("id pack: sanctions", () => {
  it("reads 'sanksi serupa' as the sanctions told before, by another imposer", () => {
    expect(
      sanctioned("Uni Eropa menjatuhkan sanksi baru terhadap Iran pada Senin. Inggris menjatuhkan sanksi serupa."),
    ).toEqual(["EU>IR:announced", "GB>IR:announced"]);
  });

  it("reads sanctions imposed 'sebelumnya' as standing", () => {
    expect(sanctioned("Amerika Serikat sebelumnya telah menjatuhkan sanksi terhadap Iran.")).toEqual([
      "US>IR:in_force",
    ]);
  });

  it("reads sanctions a state risks as no sanctions", () => {
    expect(facts("Indonesia terancam sanksi AS jika membeli jet tempur Rusia.").sanctions).toEqual([]);
    expect(
      facts("Washington memperingatkan bahwa pembelian senjata dari Rusia dapat memicu sanksi terhadap Jakarta.")
        .sanctions,
    ).toEqual([]);
  });
});

describe("id pack: transfers", () => {
  it("reads an offer to buy as planned", () => {
    expect(sent("Indonesia menawarkan untuk membeli gandum dan minyak mentah dari AS.")).toEqual([
      "US>ID:food,oil:planned",
    ]);
  });

  it("reads grants, promises and acquisitions of arms", () => {
    expect(sent("Jepang menghibahkan tiga kapal patroli cepat kepada Filipina.")).toEqual(["JP>PH:weapons:alleged"]);
    expect(sent("Jerman menjanjikan tiga sistem pertahanan udara kepada Ukraina.")).toEqual(["DE>UA:weapons:planned"]);
    expect(sent("Mesir mengakuisisi 30 jet tempur Rafale dari Prancis.")).toEqual(["FR>EG:weapons:alleged"]);
  });
});
