import { extract } from "../../../src/extraction/extract";
import { article } from "./fixtures";

const facts = (text: string, lang: string) =>
  extract(article(text, lang, "2024-06-20T10:00:00Z")).sanctions.map((s) => [s.imposer, s.target, s.status]);

describe("a target fronted between the verb and the sanctions word", () => {
  // The act's verb stands before "против Минска", not right before the sanctions word; the imposer is
  // its subject, not the one of the sanctions told in the sentence before.
  it.each([
    [
      "ru",
      "Канада ввела санкции против шести иранских чиновников. Лондон ввёл против Минска новые финансовые санкции.",
      ["GB", "BY", "announced"],
    ],
    [
      "es",
      "Canadá impuso sanciones a seis funcionarios iraníes. Londres impuso a Minsk nuevas sanciones financieras.",
      ["GB", "BY", "announced"],
    ],
    [
      "pl",
      "Kanada nałożyła sankcje na sześciu irańskich urzędników. Londyn nałożył na Mińsk nowe sankcje finansowe.",
      ["GB", "BY", "announced"],
    ],
  ])("%s", (lang, text, expected) => {
    expect(facts(text, lang)).toContainEqual(expected);
  });
});

describe("a sanctioning office that tells of the sanctions after the clause", () => {
  // ", the State Department said": the office speaks for the imposer of the sanctions it tells of.
  it.each([
    ["en", "Sanctions on the Venezuelan state oil company remain in place, the State Department said.", "VE"],
    ["es", "Las sanciones contra Nicolás Maduro siguen vigentes, dijo el Departamento del Tesoro.", "Nicolas Maduro"],
    ["fr", "Les sanctions contre Nicolás Maduro restent en vigueur, a indiqué le Trésor américain.", "Nicolas Maduro"],
  ])("%s", (lang, text, target) => {
    expect(facts(text, lang)).toContainEqual(["US", target, "in_force"]);
  });

  it("not an office that only comments on another's sanctions", () => {
    expect(facts("The EU's sanctions on Belarus remain in place, the State Department said.", "en")).not.toContainEqual(
      ["US", "BY", "in_force"],
    );
  });
});
