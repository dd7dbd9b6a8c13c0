import { extract } from "../../../src/extraction/extract";
import { article } from "./fixtures";

/**
 * Indonesian press forms met on unseen stories (Indonesia in BRICS, the WTO nickel dispute, the ICJ
 * hearings on Palestine, IEU-CEPA, Jokowi's Kyiv–Moscow trip), in sentences of our own.
 */
const id = (text: string) => extract(article(text, "id", "2025-03-12T09:00:00+07:00"));
const said = (facts: ReturnType<typeof extract>) => facts.statements.map((s) => `${s.speaker}:${s.stance}`);
const persons = (facts: ReturnType<typeof extract>) => facts.persons.map((p) => `${p.name}:${p.country}`);
const met = (facts: ReturnType<typeof extract>) =>
  facts.meetings.map((m) => `${m.participants.join("+")}@${m.location?.country ?? "-"}:${m.status}`);
const agreed = (facts: ReturnType<typeof extract>) =>
  (facts.agreements ?? []).map((a) => `${[...a.parties].sort().join("+")}:${a.status}`);

describe("id pack: who speaks", () => {
  it("reads '…,\" demikian keterangan X' as X's words", () => {
    expect(
      said(id('"Kami akan terus memantau situasi di Myanmar," demikian keterangan Kementerian Luar Negeri Thailand.')),
    ).toEqual(["TH:assert"]);
    expect(said(id('"Kami mengecam serangan itu," demikian pernyataan Kemenlu Malaysia.'))).toEqual(["MY:accuse"]);
  });

  it("reads an argument put forward ('berdalih', 'beralasan') and a hope voiced ('berharap') as said", () => {
    expect(said(id("Washington berdalih kebijakan tarif itu melindungi pekerja Amerika."))).toEqual(["US:assert"]);
    expect(said(id("Pemerintah Jepang berharap perundingan dengan Seoul bisa dilanjutkan bulan depan."))).toEqual([
      "JP:support",
    ]);
  });

  it("reads 'menurutnya' as the words of the person just named", () => {
    expect(
      said(
        id(
          "Menlu Sugiono bertemu Menlu Singapura Vivian Balakrishnan di Jakarta. Menurutnya, kedua negara sepakat mempercepat perundingan.",
        ),
      ),
    ).toEqual(["Sugiono:assert"]);
  });

  it("reads what one says of oneself ('mengaku') as said", () => {
    expect(said(id("Presiden Ferdinand Marcos Jr mengaku telah menghubungi Presiden Prabowo pekan lalu."))).toEqual([
      "Ferdinand Marcos Jr.:assert",
    ]);
  });

  it("reads scholars and analysts as persons who speak", () => {
    const f = id("Guru Besar Hubungan Internasional Dewi Larasati mengkritik keputusan itu.");
    expect(persons(f)).toEqual(["Dewi Larasati:null"]);
    expect(said(f)).toEqual(["Dewi Larasati:accuse"]);
    expect(said(id("Pengamat hubungan internasional Bagas Pratama mengatakan Manila perlu berhati-hati."))).toEqual([
      "Bagas Pratama:assert",
    ]);
    expect(persons(id("Peneliti senior CSIS Laras Wibisono mengatakan tarif itu merugikan eksportir."))).toEqual([
      "Laras Wibisono:null",
    ]);
  });

  it("reads Indonesia-only offices (coordinating minister, energy and mineral resources) as Indonesia's", () => {
    expect(persons(id("Menteri Koordinator Bidang Pangan Hendra Kusuma mengatakan stok beras aman."))).toEqual([
      "Hendra Kusuma:ID",
    ]);
    expect(persons(id("Menteri ESDM Rudi Hartanto menyebut ekspor bauksit tetap dilarang."))).toEqual([
      "Rudi Hartanto:ID",
    ]);
  });

  it("reads a coordinating minister's short portfolio as no part of the name", () => {
    expect(persons(id("Menko Polhukam Yudha Pranata meninjau lokasi banjir di Demak."))).toEqual(["Yudha Pranata:ID"]);
  });

  it("reads Indonesia's police chief and an attorney general as the persons they introduce", () => {
    expect(persons(id("Kapolri Bambang Hendarso Prabowo mengatakan pengamanan pelantikan sudah siap."))).toEqual([
      "Bambang Hendarso Prabowo:ID",
    ]);
    expect(persons(id("Jaksa Agung Rahmat Santoso mengatakan berkas perkara itu sudah lengkap."))).toEqual([
      "Rahmat Santoso:null",
    ]);
  });

  it("reads offices only Indonesia's cabinet and House have as Indonesia's", () => {
    expect(persons(id("Mensesneg Arya Wiranata menyebut jadwal Presiden belum berubah."))).toEqual([
      "Arya Wiranata:ID",
    ]);
    expect(persons(id("Anggota Komisi I DPR Citra Maharani meminta Kemlu memanggil duta besar itu."))).toEqual([
      "Citra Maharani:ID",
    ]);
  });

  it("reads a director general's region as the post's, not the holder's state", () => {
    expect(
      persons(id("Dirjen Amerika dan Eropa Kemlu RI Galih Permana mengatakan forum itu digelar bulan depan.")),
    ).toEqual(["Galih Permana:ID"]);
  });

  it("reads the brief of an envoy ('Bidang Iklim') as no part of the name", () => {
    expect(persons(id("Utusan Khusus Presiden Bidang Iklim Raka Santosa menghadiri konferensi itu."))).toEqual([
      "Raka Santosa:null",
    ]);
  });

  it("reads the first lady as a person", () => {
    expect(persons(id("Ibu Negara Ratna Kusumawati meninjau posko pengungsi di Cianjur."))).toEqual([
      "Ratna Kusumawati:null",
    ]);
  });
});

describe("id pack: stance", () => {
  it("reads 'harus segera dihentikan' as a warning", () => {
    expect(said(id("Menlu Sugiono mengatakan serangan di Rafah harus segera dihentikan."))).toEqual(["Sugiono:warn"]);
  });

  it("reads a claim said to have no legal basis, and an implication rejected, as denials", () => {
    expect(said(id("Kemlu Vietnam menyatakan klaim itu tidak memiliki dasar hukum."))).toEqual(["VN:deny"]);
    expect(
      said(id("Menlu Sugiono menegaskan latihan bersama itu tidak berarti Indonesia memihak salah satu blok.")),
    ).toEqual(["Sugiono:deny"]);
  });
});

describe("id pack: stance, more", () => {
  it("reads a report called misleading or inaccurate as a denial", () => {
    expect(said(id("Kremlin mengatakan laporan media Barat itu menyesatkan."))).toEqual(["RU:deny"]);
    expect(said(id("Kemlu Thailand menyebut data korban yang beredar tidak akurat."))).toEqual(["TH:deny"]);
  });

  it("reads disappointment voiced at another's act as an accusation", () => {
    expect(said(id("Pemerintah Filipina menyatakan kekecewaan atas sikap Beijing."))).toEqual(["PH:accuse"]);
  });
});

describe("id pack: sanctions", () => {
  it("reads businessmen as a designated group of their state", () => {
    expect(
      id("Inggris membekukan aset tiga pengusaha Iran.").sanctions.map((x) => [x.imposer, x.targetCountry ?? null]),
    ).toEqual([["GB", ["IR"]]]);
  });
});

describe("id pack: meetings and agreements", () => {
  it("reads attending an event in a place as a visit there", () => {
    expect(met(id("Presiden Prabowo Subianto menghadiri upacara pelantikan di Brasilia pada Sabtu."))).toEqual([
      "Prabowo Subianto+BR@BR:occurred",
    ]);
    expect(met(id("Menlu Sugiono menghadiri Sidang Majelis Umum PBB di New York pada Selasa."))).toEqual([
      "Sugiono+US@US:occurred",
    ]);
  });

  it("reads a law of 'pengesahan' passed as a ratification", () => {
    expect(
      agreed(id("DPR mengesahkan RUU tentang Pengesahan Perjanjian Ekstradisi antara Indonesia dan Singapura.")),
    ).toEqual(["ID+SG:ratified"]);
  });

  it("dates 'sehari setelahnya', 'dua hari kemudian' from the meeting told before", () => {
    const dates = (text: string) => id(text).meetings.map((m) => m.date);
    expect(
      dates(
        "Menlu Sugiono bertemu Menlu Turki Hakan Fidan di Ankara, Senin (3/3). Sehari setelahnya, Sugiono bertemu Presiden Recep Tayyip Erdogan di Ankara.",
      ),
    ).toEqual(["2025-03-03", "2025-03-04"]);
    expect(
      dates(
        "Menlu Sugiono bertemu Menlu Turki Hakan Fidan di Ankara, Senin (3/3). Dua hari kemudian, Sugiono bertemu Menlu Yordania Ayman Safadi di Amman.",
      ),
    ).toEqual(["2025-03-03", "2025-03-05"]);
  });

  it("reads concluded negotiations as an agreement reached, not one still planned", () => {
    expect(agreed(id("Indonesia dan Kanada resmi menuntaskan perundingan ICA-CEPA di Ottawa pada Selasa."))).toEqual([
      "CA+ID:signed",
    ]);
  });
});

describe("id pack: transfers", () => {
  const moved = (facts: ReturnType<typeof extract>) =>
    (facts.transfers ?? []).map((t) => `${t.from}>${t.to}:${t.items.join("+")}`);

  it("reads aid poured out ('menggelontorkan', 'digelontorkan X') as sent", () => {
    expect(moved(id("Kanada menggelontorkan bantuan militer senilai 300 juta dolar kepada Ukraina."))).toEqual([
      "CA>UA:weapons",
    ]);
    expect(moved(id("Amunisi yang digelontorkan Norwegia sudah tiba di Ukraina."))).toEqual(["NO>UA:ammunition"]);
  });
});
