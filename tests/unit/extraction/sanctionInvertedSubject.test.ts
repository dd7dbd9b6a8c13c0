import { extract } from "../../../src/extraction/extract";
import { article } from "./fixtures";

const sanctions = (text: string, lang: string) =>
  extract(article(text, lang, "2024-05-10T08:00:00Z")).sanctions.map((s) => [s.imposer, s.target]);

// Russian and Polish front the sanctions and put their imposer after the verb.
describe("an imposer right behind its verb, the sanctions fronted", () => {
  it.each([
    ["ru", "Новые санкции против Ирана ввела Великобритания.", ["GB", "IR"]],
    ["ru", "Ограничительные меры и санкции против Белоруссии продлила Канада.", ["CA", "BY"]],
    ["pl", "Nowe sankcje wobec Iranu nałożyła Kanada.", ["CA", "IR"]],
  ])("%s: %s", (lang, text, expected) => {
    expect(sanctions(text, lang)).toContainEqual(expected);
  });
});
