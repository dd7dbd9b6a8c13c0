import { extract } from "../../../src/extraction/extract";
import { article } from "./fixtures";

/**
 * Statements in news nobody tuned the extractor to (round three): charges traded both ways, a charge its
 * target rejects in a relative clause, details withheld, words posted on social media and deals declared
 * void, in English and Indonesian sentences of our own.
 */
const en = (text: string) => extract(article(text, "en", "2025-03-12T09:00:00Z"));
const id = (text: string) => extract(article(text, "id", "2025-03-12T09:00:00+07:00"));
const said = (facts: ReturnType<typeof extract>) => facts.statements.map((s) => `${s.speaker}:${s.stance}`);

describe("charges traded both ways", () => {
  it("reads 'saling tuding' and 'saling tuduh' as each party of the subject accusing", () => {
    expect(said(id("Vietnam dan China saling tuding atas tabrakan dua kapal nelayan pada Minggu.")).sort()).toEqual([
      "CN:accuse",
      "VN:accuse",
    ]);
    expect(said(id("Sudan dan Chad saling tuduh mendukung kelompok bersenjata di perbatasan.")).sort()).toEqual([
      "SD:accuse",
      "TD:accuse",
    ]);
  });
});

describe("a charge its target rejects in a relative clause", () => {
  it("reads 'tuduhan yang ditolak X' as X denying, but not a visa turned down", () => {
    expect(said(id("Rusia menuduh Ukraina menyerang pembangkit listrik, tuduhan yang ditolak Kyiv.")).sort()).toEqual([
      "RU:accuse",
      "UA:deny",
    ]);
    expect(said(id("Permohonan visa wartawan itu ditolak pihak imigrasi Rusia pekan lalu."))).toEqual([]);
  });

  it("reads 'ditepis' with its agent as a denial", () => {
    expect(said(id("Klaim bahwa Iran memasok rudal ke Rusia ditepis Teheran pada Senin."))).toContain("IR:deny");
  });
});

describe("details withheld", () => {
  it("reads 'enggan mengungkapkan' and 'menolak merinci' as no comment", () => {
    expect(
      said(
        id("Menteri Luar Negeri Jepang Takeshi Iwaya enggan mengungkapkan isi pertemuannya dengan duta besar China."),
      ),
    ).toEqual(["Takeshi Iwaya:other"]);
    expect(
      said(id("Kementerian Luar Negeri Australia menolak merinci tuntutan yang diajukan kepada Beijing.")),
    ).toEqual(["AU:other"]);
  });
});

describe("words posted on social media", () => {
  it("reads '…,' tulis X as X speaking after the quotation", () => {
    const facts = id('"Kami siap membantu kedua pihak berdamai," tulis Menteri Luar Negeri Turki Hakan Fidan di X.');
    expect(said(facts)).toEqual(["Hakan Fidan:support"]);
  });
});

describe("deals declared void", () => {
  it("reads 'null and void' and 'batal demi hukum' as a denial", () => {
    expect(said(en('Guyana declared the oil concession granted by Venezuela "null and void".'))).toEqual(["GY:deny"]);
    expect(said(id("Pemerintah Guyana menyatakan konsesi minyak yang diberikan Venezuela batal demi hukum."))).toEqual([
      "GY:deny",
    ]);
  });
});

describe("a speaker set off from the verb by a role between commas", () => {
  it("reads an unknown name before the insertion as the speaker, not the leader the role names", () => {
    const facts = en("Marta Kowalczyk, senior adviser to Donald Tusk, said Warsaw would not reopen the crossing.");
    expect(said(facts)).toEqual(["Marta Kowalczyk:assert"]);
    expect(facts.persons.map((p) => p.name)).toContain("Marta Kowalczyk");
  });

  it("reads the person before the comma as the speaker when the role holds a known leader", () => {
    const facts = id(
      "Bambang Hartono, penasihat senior di kantor Presiden Prabowo Subianto, mengatakan Jakarta tidak memihak.",
    );
    expect(said(facts)).toEqual(["Bambang Hartono:assert"]);
  });
});

describe("officials at a seat of government closing the sentence", () => {
  it("reads '…, officials in Tehran said' as Iran even after another state earlier in the sentence", () => {
    expect(said(en("The foreign minister will fly to Cairo later this month, officials in Tehran said."))).toEqual([
      "IR:assert",
    ]);
    expect(said(en("Talks with Jordan resumed on Sunday after a long pause, officials in Ankara said."))).toEqual([
      "TR:assert",
    ]);
  });

  it("keeps an embassy owned by the state before it", () => {
    expect(said(en("China's embassy in Washington said the report was false."))).toEqual(["CN:deny"]);
  });
});

describe("a pledge of punishment", () => {
  it("reads a pledge whose act is a threat as a warning, any other pledge as support", () => {
    expect(said(en("President Ruto promised to punish those behind the attack on the convoy."))).toEqual([
      "William Ruto:warn",
    ]);
    expect(said(en("President Ruto promised to visit Kigali before the end of the year."))).toEqual([
      "William Ruto:support",
    ]);
    expect(said(id("Presiden Ruto berjanji akan menghukum para pelaku serangan terhadap konvoi itu."))).toEqual([
      "William Ruto:warn",
    ]);
    expect(said(id("Presiden Ruto berjanji akan berkunjung ke Kigali sebelum akhir tahun."))).toEqual([
      "William Ruto:support",
    ]);
  });
});

describe("its own conduct said to be lawful", () => {
  it("reads 'acted lawfully' and 'bertindak sesuai hukum' against a charge as a denial", () => {
    expect(
      said(
        en(
          "Vietnam accused China of ramming a fishing boat, while Beijing insisted its coast guard had acted lawfully.",
        ),
      ),
    ).toEqual(["VN:accuse", "CN:deny"]);
    expect(
      said(
        id(
          "Vietnam menuduh China menabrak kapal nelayan, sementara Beijing bersikeras penjaga pantainya bertindak sesuai hukum.",
        ),
      ),
    ).toEqual(["VN:accuse", "CN:deny"]);
  });
});
