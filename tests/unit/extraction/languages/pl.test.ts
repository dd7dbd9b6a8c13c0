import { facts } from "./facts";

// Sentences written for these tests about real events (2023–2024), in Polish.
describe("Polish pack", () => {
  it("finds countries in any case by their stem: names, capitals, institutions and adjectives", () => {
    expect(
      facts(
        "Rosja, Rosji, Rosję i Rosją. Władze w Pjongjangu, Kremla i Białego Domu milczą. Rosyjskiego i północnokoreańskiej.",
        "pl",
      ).mentions,
    ).toEqual({
      RU: ["Rosja", "Rosji", "Rosję", "Rosją", "Kremla", "Rosyjskiego"],
      KP: ["Pjongjangu", "północnokoreańskiej"],
      US: ["Białego Domu"],
    });
    expect(facts("Sankcje objęły firmy w Chinach, Indiach i Stanach Zjednoczonych.", "pl").countries).toEqual([
      "CN",
      "IN",
      "US",
    ]);
  });

  it("does not take the given name Kuba for Cuba", () => {
    expect(facts("Kuba Nowak pojechał na Kubę.", "pl").mentions).toEqual({ CU: ["Kubę"] });
  });

  it("finds gazetteer persons in their Polish spelling and case", () => {
    expect(facts("Prezydent Rosji Władimir Putin spotkał się w Pjongjangu z Kim Dzong Unem.", "pl")).toMatchObject({
      persons: [
        { name: "Vladimir Putin", country: "RU" },
        { name: "Kim Jong Un", country: "KP" },
      ],
      meetings: [
        {
          participants: ["Vladimir Putin", "Kim Jong Un"],
          location: { country: "KP", city: "Pyongyang" },
          status: "occurred",
        },
      ],
    });
    expect(facts("Premier Donald Tusk rozmawiał z prezydentem Ukrainy Wołodymyrem Zełenskim.", "pl").persons).toEqual([
      { name: "Donald Tusk", country: "PL" },
      { name: "Volodymyr Zelensky", country: "UA" },
    ]);
  });

  it("reads denials, warnings and a quote attributed after a dash", () => {
    expect(facts("Władze Korei Północnej zaprzeczyły, że dostarczały broń Rosji.", "pl").statements).toEqual([
      { speaker: "KP", stance: "deny" },
    ]);
    expect(facts("Kreml ostrzegł Stany Zjednoczone przed konsekwencjami.", "pl").statements).toEqual([
      { speaker: "RU", stance: "warn" },
    ]);
    expect(facts("„Te oskarżenia są bezpodstawne” – powiedziała Maria Zacharowa.", "pl").statements).toEqual([
      { speaker: "Maria Zakharova", stance: "deny" },
    ]);
  });

  it("reads sanctions", () => {
    expect(facts("Stany Zjednoczone nałożyły sankcje na rosyjskie banki.", "pl").sanctions).toEqual([
      { imposer: "US", target: "RU" },
    ]);
  });

  it("keeps a mid-article 'Zobacz także' from cutting off the rest of the article", () => {
    expect(
      facts("Korea Północna wysłała amunicję.\n\nZobacz także\n\nUE chce nałożyć sankcje na firmy w Chinach.", "pl")
        .countries,
    ).toEqual(["KP", "CN"]);
  });
});
