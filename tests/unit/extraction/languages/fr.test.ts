import { facts } from "./facts";

// Sentences written for these tests about real events (2023–2024), in French.
describe("French pack", () => {
  it("finds countries by name, capital, institution and gendered adjective", () => {
    expect(
      facts(
        "Pékin et la Maison-Blanche ont réagi, tandis que les autorités nord-coréennes et le gouvernement britannique se taisaient.",
        "fr",
      ).mentions,
    ).toEqual({
      CN: ["Pékin"],
      US: ["Maison-Blanche"],
      KP: ["nord-coréennes"],
      GB: ["britannique"],
    });
  });

  it("names persons with their French role titles", () => {
    expect(
      facts("Le Premier ministre japonais Fumio Kishida a rencontré le président américain Joe Biden mercredi.", "fr"),
    ).toMatchObject({
      persons: [
        { name: "Fumio Kishida", country: "JP" },
        { name: "Joe Biden", country: "US" },
      ],
      meetings: [{ participants: ["Fumio Kishida", "Joe Biden"], date: "2024-06-19", status: "occurred" }],
    });
  });

  it("reads a visit and its planned status", () => {
    expect(
      facts(
        "Emmanuel Macron se rendra en Chine en avril pour une visite d'État de trois jours.",
        "fr",
        "2024-01-10T10:00:00Z",
      ).meetings,
    ).toEqual([
      {
        participants: ["Emmanuel Macron", "CN"],
        location: { country: "CN", city: null },
        date: "2024-04",
        status: "planned",
      },
    ]);
  });

  it("reads denials, warnings and a quote attributed after it with the compound past", () => {
    expect(facts("La Chine a démenti avoir fourni des armes à la Russie.", "fr").statements).toEqual([
      { speaker: "CN", stance: "deny" },
    ]);
    expect(
      facts("Pékin a averti Washington des conséquences de nouvelles ventes d'armes à Taïwan.", "fr").statements,
    ).toEqual([{ speaker: "CN", stance: "warn" }]);
    expect(facts("« Ces accusations sont sans fondement », a déclaré Maria Zakharova.", "fr").statements).toEqual([
      { speaker: "Maria Zakharova", stance: "deny" },
    ]);
  });

  it("lets a state speak through a government noun that its adjective follows", () => {
    expect(facts("La diplomatie russe a dénoncé une provocation.", "fr").statements).toEqual([
      { speaker: "RU", stance: "accuse" },
    ]);
  });

  it("reads sanctions and who imposes them", () => {
    expect(
      facts("Les États-Unis ont imposé des sanctions contre deux entreprises nord-coréennes.", "fr").sanctions,
    ).toEqual([{ imposer: "US", target: "KP" }]);
  });
});
