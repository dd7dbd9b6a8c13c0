import { extract } from "../../../src/extraction/extract";
import { article } from "./fixtures";

const read = (text: string, lang: string, date = "2023-05-10T08:00:00Z") => extract(article(text, lang, date));

// Office holders of 2022–2025 the news names without a title: the gazetteer gives their state, and a
// later mention by family name is them.
describe("more office holders in the gazetteer", () => {
  it.each([
    ["pl", "Mateusz Morawiecki zapowiedział w poniedziałek nowe dostawy dla Ukrainy.", "Mateusz Morawiecki", "PL"],
    ["de", "Péter Szijjártó kritisierte am Dienstag die Pläne aus Brüssel.", "Peter Szijjarto", "HU"],
    ["id", "Kais Saied menolak tawaran bantuan dari Uni Eropa, Senin.", "Kais Saied", "TN"],
    ["en", "Tsai Ing-wen accused Beijing of stepping up military pressure on the island.", "Tsai Ing-wen", "TW"],
    ["fr", "Macky Sall a dénoncé mardi les sanctions imposées au Mali.", "Macky Sall", "SN"],
    ["es", "El rey Mohamed VI acusó a Argelia de romper el diálogo.", "Mohammed VI", "MA"],
  ])("%s: %s", (lang, text, name, country) => {
    const facts = read(text, lang);
    expect(facts.persons.map((p) => [p.name, p.country])).toContainEqual([name, country]);
    expect(facts.statements.map((s) => [s.speaker, s.speakerCountry])).toContainEqual([name, country]);
  });

  it("a later mention by family name is the person named before", () => {
    const facts = read(
      "Irfaan Ali met Venezuela's Nicolas Maduro on Thursday. Later, Ali denied that his country was the aggressor.",
      "en",
    );
    expect(facts.statements.map((s) => s.speaker)).toContain("Irfaan Ali");
  });
});
