import { extract } from "../../../src/extraction/extract";
import { article } from "./fixtures";

const statements = (text: string, lang: string) =>
  extract(article(text, lang)).statements.map((s) => ({
    speaker: s.speaker,
    speakerCountry: s.speakerCountry,
    stance: s.stance,
    about: s.about,
    quote: s.quote,
  }));

describe("statements", () => {
  it("reads a direct quote attributed after it, and keeps the exact words", () => {
    expect(
      statements(
        '"Kami tidak pernah mengirim senjata ke Rusia," kata juru bicara Kementerian Luar Negeri Korea Utara Kim Son Gyong.',
        "id",
      ),
    ).toEqual([
      {
        speaker: "Kim Son Gyong",
        speakerCountry: "KP",
        stance: "deny",
        about: ["KP", "RU"],
        quote: "Kami tidak pernah mengirim senjata ke Rusia",
      },
    ]);
  });

  it("reads reported speech and its stance: denial, accusation, warning, support", () => {
    expect(statements("Kremlin membantah bahwa Rusia membeli amunisi dari Korea Utara.", "id")).toEqual([
      { speaker: "RU", speakerCountry: "RU", stance: "deny", about: ["KP", "RU"], quote: null },
    ]);
    expect(statements("Gedung Putih mengatakan Korea Utara telah mengirim rudal ke Rusia.", "id")[0]).toMatchObject({
      speaker: "US",
      stance: "accuse",
    });
    expect(statements("Jepang memperingatkan bahwa uji coba rudal berikutnya akan dibalas.", "id")[0]).toMatchObject({
      speaker: "JP",
      stance: "warn",
    });
    expect(statements("Beijing said it supports dialogue between the two Koreas.", "en")[0]).toMatchObject({
      speaker: "CN",
      stance: "support",
    });
    expect(
      statements("Russia's foreign ministry said there was no proof of any arms deal with Pyongyang.", "en")[0],
    ).toMatchObject({ speaker: "RU", stance: "deny" });
  });

  it("reads an urging by whom it addresses unless the words urged carry a stance, and a non-denial as 'other'", () => {
    // Pressing a named party warns it; calling for something supports it.
    expect(statements("Japan urged China to resume talks on fisheries.", "en")[0]).toMatchObject({
      speaker: "JP",
      stance: "warn",
    });
    expect(statements("Brazil called for a ceasefire in Sudan.", "en")[0]).toMatchObject({
      speaker: "BR",
      stance: "support",
    });
    expect(statements("Malaysia menyerukan gencatan senjata di Sudan.", "id")[0]).toMatchObject({
      speaker: "MY",
      stance: "support",
    });
    expect(statements("Frankreich forderte Russland auf, die Angriffe einzustellen.", "de")[0]).toMatchObject({
      speaker: "FR",
      stance: "warn",
    });
    expect(
      statements("Jepang mendesak Korea Utara membatalkan uji coba itu karena akan melanggar resolusi PBB.", "id")[0],
    ).toMatchObject({ speaker: "JP", stance: "warn" });
    expect(statements("The Kremlin did not deny that Iranian drones had reached Russia.", "en")[0]).toMatchObject({
      speaker: "RU",
      stance: "other",
    });
  });

  it("takes 'no evidence' as a denial and 'accused' as an accusation", () => {
    expect(statements("Peskov said there was no evidence for the claims.", "en")[0]).toMatchObject({
      speaker: "Dmitry Peskov",
      stance: "deny",
    });
    expect(statements("The United States accused Iran of supplying drones to Russia.", "en")[0]).toMatchObject({
      speaker: "US",
      stance: "accuse",
      about: ["IR", "RU", "US"],
    });
  });

  it("finds the speaker of 'according to' and of a passive accusation", () => {
    expect(statements("Menurut Lavrov, hubungan kedua negara berkembang pesat.", "id")[0]).toMatchObject({
      speaker: "Sergey Lavrov",
      stance: "assert",
    });
    expect(
      statements("Korea Utara, yang dituduh AS memasok peluru ke Rusia, tidak menanggapi.", "id")[0],
    ).toMatchObject({ speaker: "US", stance: "accuse" });
  });

  it("reads the owners of a claim that others deny", () => {
    expect(statements("Kedua negara membantah klaim Jepang bahwa mereka bertukar teknologi rudal.", "id")).toEqual(
      expect.arrayContaining([
        expect.objectContaining({ speaker: "JP", stance: "accuse" }),
        expect.objectContaining({ stance: "deny" }),
      ]),
    );
  });

  it("does not make states named as modifiers into speakers", () => {
    expect(statements("Media pemerintah Rusia melaporkan bahwa pertemuan berlangsung lama.", "id")).toEqual([]);
    expect(statements("Russian news agencies reported that the talks ended.", "en")).toEqual([]);
    expect(statements("Iran, days after the watchdog said it was investigating, launched a satellite.", "en")).toEqual(
      [],
    );
    expect(statements("Experts in Seoul said the deal would not last.", "en")).toEqual([]);
  });

  it("joins an introduction and the quote that follows it", () => {
    const out = statements(
      'Utusan Korea Selatan untuk PBB, Hwang Joon-kook, mengecam uji coba rudal Korut. "Ini provokasi terang-terangan," tegasnya.',
      "id",
    );
    expect(out).toEqual([
      {
        speaker: "Hwang Joon-kook",
        speakerCountry: "KR",
        stance: "accuse",
        about: ["KP", "KR"],
        quote: "Ini provokasi terang-terangan",
      },
    ]);
  });

  it("gives an unattributed quotation to the speaker just before it", () => {
    // In a paragraph of its own: in the same paragraph it goes on with the quotation before (statementClauseSubjects.test).
    const out = statements('"The panel was biased," Nebenzia said.\n"Russia wants an honest review every year."', "en");
    expect(out.map((s) => [s.speaker, s.quote])).toEqual([
      ["Vassily Nebenzia", "The panel was biased"],
      ["Vassily Nebenzia", "Russia wants an honest review every year."],
    ]);
  });

  it("leaves an agency that only reports out of what a statement is about", () => {
    const en =
      '"The soldiers must go back to their barracks," Nigerian President Bola Tinubu said of the coup in Niger, Anadolu Agency reported.';
    expect(statements(en, "en").map((x) => [x.speaker, x.about])).toEqual([["Bola Ahmed Tinubu", ["NE", "NG"]]]);
    const id =
      '"Para tentara harus kembali ke barak," kata Presiden Nigeria Bola Tinubu tentang kudeta di Niger, dilansir dari Anadolu Agency.';
    expect(statements(id, "id").map((x) => [x.speaker, x.about])).toEqual([["Bola Ahmed Tinubu", ["NE", "NG"]]]);
  });
});
