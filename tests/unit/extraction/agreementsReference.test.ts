import { extract } from "../../../src/extraction/extract";
import { article } from "./fixtures";

const agreements = (text: string, lang: string, publishedAt?: string) =>
  extract(article(text, lang, publishedAt)).agreements.map((a) => [a.parties, a.status, a.date]);

// AgreementWords.supposed and AgreementWords.earlier, filled for all nine packs.
describe("agreements: a supposed agreement is no new one", () => {
  it.each([
    ["en", "If Israel and Lebanon sign a truce, the border crossings will reopen."],
    ["en", "Reporters asked whether Israel and Lebanon would sign a truce soon."],
    ["id", "Jika Israel dan Lebanon menandatangani gencatan senjata, perbatasan akan dibuka kembali."],
    ["de", "Wenn Israel und Libanon einen Waffenstillstand unterzeichnen, öffnet die Grenze wieder."],
    ["es", "Si Israel y Líbano firman una tregua, la frontera volverá a abrirse."],
    ["fr", "Si Israël et le Liban signent une trêve, la frontière rouvrira."],
    ["it", "Se Israele e il Libano firmeranno una tregua, il confine riaprirà."],
    ["pt", "Caso Israel e o Líbano assinem uma trégua, a fronteira será reaberta."],
    ["pl", "Jeśli Izrael i Liban podpiszą rozejm, granica zostanie otwarta."],
    ["ru", "Если Израиль и Ливан подпишут перемирие, граница откроется."],
  ])("%s: %s", (lang, text) => {
    expect(agreements(text, lang)).toEqual([]);
  });
});

describe("agreements: the previous agreement is another one", () => {
  it.each([
    ["en", "Indonesia and Australia signed a defence agreement that extends the previous agreement."],
    ["id", "Indonesia dan Australia menandatangani perjanjian pertahanan yang melanjutkan perjanjian sebelumnya."],
    ["de", "Indonesien und Australien unterzeichneten ein neues Abkommen, das das frühere Abkommen fortführt."],
    ["es", "Indonesia y Australia firmaron un acuerdo de defensa que prolonga el acuerdo anterior."],
    ["fr", "L'Indonésie et l'Australie ont signé un accord de défense qui prolonge l'accord précédent."],
    ["it", "Indonesia e Australia hanno firmato un accordo di difesa che prolunga l'accordo precedente."],
    ["pt", "Indonésia e Austrália assinaram um acordo de defesa que prolonga o acordo anterior."],
    ["pl", "Indonezja i Australia podpisały umowę obronną, która przedłuża poprzednią umowę."],
    ["ru", "Индонезия и Австралия подписали соглашение об обороне, которое продлевает предыдущее соглашение."],
  ])("%s: two agreements between the same parties", (lang, text) => {
    expect(agreements(text, lang)).toEqual([
      [["AU", "ID"], "signed", null],
      [["AU", "ID"], "signed", null],
    ]);
  });
});

describe("agreements: dates", () => {
  it("dates an agreement by the sentence that reports it", () => {
    expect(agreements("Indonesia and Australia signed a defence agreement on 29 August.", "en")).toEqual([
      [["AU", "ID"], "signed", "2023-08-29"],
    ]);
    expect(agreements("Deutschland und Frankreich unterzeichneten im Juni einen Vertrag.", "de")).toEqual([
      [["DE", "FR"], "signed", "2023-06"],
    ]);
  });

  it("tells an agreement of another month between the same parties apart", () => {
    expect(
      agreements(
        "India and China reached a consensus on border patrols on Wednesday. Both sides praised the implementation of the October agreement between India and China.",
        "en",
        "2024-12-19T10:00:00+05:30",
      ),
    ).toEqual([
      [["CN", "IN"], "signed", "2024-12-18"],
      [["CN", "IN"], "in_force", "2024-10"],
    ]);
  });
});

describe("agreements: Hamas is the Palestinian party", () => {
  it.each([
    ["en", "Israel and Hamas agreed to a ceasefire in Gaza on Wednesday."],
    ["fr", "Israël et le Hamas ont conclu une trêve mercredi."],
  ])("%s: an Israel–Hamas truce is between IL and PS", (lang, text) => {
    expect(agreements(text, lang).map(([parties]) => parties)).toEqual([["IL", "PS"]]);
  });
});
