import { extract } from "../../../src/extraction/extract";
import { article } from "./fixtures";

const found = (text: string, lang: string) =>
  extract(article(text, lang, "2024-06-01")).persons.map((p) => [p.name, p.country]);

describe("persons named outright or listed by their countries", () => {
  it("reads the name after a naming word, with the country just before it", () => {
    expect(found("AS menjatuhkan sanksi kepada seorang warga Armenia bernama Levon Hakobyan.", "id")).toEqual([
      ["Levon Hakobyan", "AM"],
    ]);
    expect(found("Treasury sanctioned a Turkish businessman named Kemal Aydin.", "en")).toEqual([
      ["Kemal Aydin", "TR"],
    ]);
  });

  it("reads leaders listed with their countries, and gives a role read before the list its country", () => {
    expect(
      found(
        "KTT dihadiri Presiden Julius Maada Bio dari Sierra Leone, George Weah dari Liberia dan Umaro Embalo dari Guinea-Bissau.",
        "id",
      ),
    ).toEqual([
      ["Julius Maada Bio", "SL"],
      ["George Weah", "LR"],
      ["Umaro Embalo", "GW"],
    ]);
    expect(
      found("Also present were George Weah of Liberia, Julius Maada Bio of Sierra Leone and others.", "en"),
    ).toEqual([
      ["George Weah", "LR"],
      ["Julius Maada Bio", "SL"],
    ]);
  });

  it("reads a list of two joined by a conjunction at a sentence's start", () => {
    expect(found("George Weah dari Liberia dan Julius Maada Bio dari Sierra Leone hadir di Abuja.", "id")).toEqual([
      ["George Weah", "LR"],
      ["Julius Maada Bio", "SL"],
    ]);
  });

  it("does not take a capitalised title before a country for a person", () => {
    expect(found("Washington reincorporó a Cuba en la Lista Negra de Cuba este lunes.", "es")).toEqual([]);
  });
});
