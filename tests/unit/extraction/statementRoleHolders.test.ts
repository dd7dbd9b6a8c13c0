import { extract } from "../../../src/extraction/extract";
import { article } from "./fixtures";

/** A role without a name: its holder is the person the article names in that role, else the role's state speaks. */
const who = (text: string, lang: string) =>
  extract(article(text, lang)).statements.map((s) => `${s.speaker}:${s.stance}`);

describe("statement speakers named only by their role", () => {
  it("gives the words of an unnamed official to the official's state, in every language", () => {
    const cases: Array<[string, string]> = [
      ["en", "The Saudi foreign minister said the kingdom wanted calm along its borders."],
      ["fr", "Le ministre saoudien des Affaires étrangères a déclaré que le royaume voulait le calme."],
      ["es", "El canciller saudí dijo que el reino quería calma en sus fronteras."],
      ["it", "Il ministro degli Esteri saudita ha detto che il regno vuole la calma ai confini."],
      ["pt", "O chanceler saudita disse que o reino quer calma nas fronteiras."],
      ["pl", "Saudyjski minister spraw zagranicznych powiedział, że królestwo chce spokoju na granicach."],
      ["ru", "Министр иностранных дел Саудовской Аравии заявил, что королевство хочет спокойствия."],
      ["id", "Menlu Arab Saudi mengatakan kerajaan menginginkan ketenangan di perbatasannya."],
    ];
    for (const [lang, text] of cases) expect([lang, who(text, lang)]).toEqual([lang, ["SA:assert"]]);
  });

  it("gives them to the person the article names in that role, and only in that role", () => {
    const named =
      "Saudi Foreign Minister Faisal bin Farhan flew to Beijing on Monday. The Saudi foreign minister said the kingdom wanted calm along its borders.";
    expect(who(named, "en")).toEqual(["Faisal bin Farhan Al Saud:assert"]);
    const otherRole =
      "Crown Prince Mohammed bin Salman received the delegation in Riyadh. The Saudi foreign minister said the kingdom wanted calm along its borders.";
    expect(who(otherRole, "en")).toEqual(["SA:assert"]);
  });
});

describe("a minister of a named portfolio is not the foreign minister named before", () => {
  it.each([
    [
      "en",
      "French Foreign Minister Jean-Noel Barrot arrived in Beijing. The French finance minister criticised the new Chinese tariffs.",
    ],
    [
      "fr",
      "Le chef de la diplomatie française Jean-Noël Barrot est arrivé à Pékin. Le ministre français de l'Économie a regretté les nouvelles taxes chinoises.",
    ],
  ])("%s", (lang, text) => {
    const facts = extract(article(text, lang, "2025-06-02T08:00:00Z"));
    expect(facts.statements.map((s) => s.speaker)).toEqual(["FR"]);
  });
});
