import { extract } from "../../../src/extraction/extract";
import { article } from "./fixtures";

/**
 * Polish and Russian sanctions words beyond the corpus (EU packages, asset freezes), in sentences of our own in the style of PAP and the Russian wires.
 */
const pl = (text: string) => extract(article(text, "pl", "2023-03-03T09:00:00Z"));
const ru = (text: string) => extract(article(text, "ru", "2023-03-03T09:00:00Z"));
const sanctions = (facts: ReturnType<typeof extract>) =>
  facts.sanctions.map((s) => `${s.imposer}>${(s.targetCountry ?? [s.target]).join("+")}:${s.status}`);

describe("pl pack: the impersonal past tells a sanctions act", () => {
  it("reads 'Sankcjami objęto' as the act of the imposer told before, on the group it names", () => {
    expect(
      sanctions(
        pl("Waszyngton nałożył w czwartek sankcje na Białoruś.\nSankcjami objęto także dwa białoruskie banki."),
      ),
    ).toEqual(["US>BY:announced", "US>BY:announced"]);
  });
});

describe("ru pack: asset freezes and earlier acts", () => {
  it("reads a freeze on officers ('офицеров') as sanctions on a group of their state", () => {
    expect(sanctions(ru("Канада заморозила активы пяти российских офицеров."))).toEqual(["CA>RU:announced"]);
  });

  it("reads 'ещё в марте ввела санкции' as sanctions already standing", () => {
    expect(sanctions(ru("Япония ещё в марте ввела санкции против российских банков."))).toEqual(["JP>RU:in_force"]);
  });
});
