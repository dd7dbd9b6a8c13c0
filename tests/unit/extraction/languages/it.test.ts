import { facts } from "./facts";

// Sentences written for these tests about real events (2023–2024), in Italian.
describe("Italian pack", () => {
  it("finds countries by name, capital, institution and adjective", () => {
    expect(
      facts("Il Cremlino e la Casa Bianca hanno risposto da Mosca e Washington; la diplomazia sudcoreana tace.", "it")
        .mentions,
    ).toEqual({
      RU: ["Cremlino", "Mosca"],
      US: ["Casa Bianca", "Washington"],
      KR: ["sudcoreana"],
    });
  });

  it("reads a meeting between two leaders introduced by their titles", () => {
    expect(
      facts(
        "Il presidente francese Emmanuel Macron ha incontrato il presidente cinese Xi Jinping a Pechino giovedì.",
        "it",
      ),
    ).toMatchObject({
      persons: [
        { name: "Emmanuel Macron", country: "FR" },
        { name: "Xi Jinping", country: "CN" },
      ],
      meetings: [
        {
          participants: ["Emmanuel Macron", "Xi Jinping"],
          location: { country: "CN", city: "Beijing" },
          date: "2024-06-20",
          status: "occurred",
        },
      ],
    });
  });

  it("reads accusations and a quote attributed after it", () => {
    expect(
      facts(
        "Il ministro degli Esteri russo Sergej Lavrov ha accusato l'Occidente di voler prolungare la guerra in Ucraina.",
        "it",
      ).statements,
    ).toEqual([{ speaker: "Sergey Lavrov", stance: "accuse" }]);
    expect(facts("«Non abbiamo mai inviato armi», ha dichiarato Antonio Tajani.", "it").statements).toEqual([
      { speaker: "Antonio Tajani", stance: "deny" },
    ]);
  });

  it("reads sanctions", () => {
    expect(facts("L'Unione europea ha adottato nuove sanzioni contro la Bielorussia.", "it").sanctions).toEqual([
      { imposer: "EU", target: "BY" },
    ]);
  });
});
