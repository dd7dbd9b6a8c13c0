import { facts } from "./facts";

// Sentences written for these tests about real events (2023–2024), in Portuguese.
describe("Portuguese pack", () => {
  it("finds countries by European and Brazilian names, capitals and adjectives", () => {
    expect(
      facts("O Irã e o Irão são o mesmo país; Pequim e Moscovo apoiam o governo norte-coreano.", "pt").mentions,
    ).toEqual({
      IR: ["Irã", "Irão"],
      CN: ["Pequim"],
      RU: ["Moscovo"],
      KP: ["norte-coreano"],
    });
  });

  it("reads a visit by a person introduced by his title", () => {
    expect(
      facts("O presidente brasileiro Luiz Inácio Lula da Silva visitou Pequim em abril de 2023.", "pt").meetings,
    ).toEqual([
      {
        participants: ["Luiz Inacio Lula da Silva", "CN"],
        location: { country: "CN", city: "Beijing" },
        date: "2023-04",
        status: "occurred",
      },
    ]);
  });

  it("reads denials and reported speech", () => {
    expect(facts("O Kremlin negou que a Rússia tenha recebido mísseis da Coreia do Norte.", "pt").statements).toEqual([
      { speaker: "RU", stance: "deny" },
    ]);
    expect(
      facts("O ministro dos Negócios Estrangeiros russo, Sergei Lavrov, disse que as acusações são infundadas.", "pt")
        .statements,
    ).toEqual([{ speaker: "Sergey Lavrov", stance: "deny" }]);
  });

  it("reads sanctions on a group by its adjective of country", () => {
    expect(facts("O Japão impôs sanções a nove entidades russas.", "pt").sanctions).toEqual([
      { imposer: "JP", target: "RU" },
    ]);
  });
});
