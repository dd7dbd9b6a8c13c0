import { extract } from "../../../src/extraction/extract";
import { article } from "./fixtures";

// Indonesian names of states that the ISO tables give in English ("Maldives") or spell otherwise.
describe("Indonesian country names", () => {
  it.each([
    ["Presiden Maladewa Mohamed Muizzu bertolak ke Beijing.", "MV"],
    ["Pemerintah Etiopia menandatangani nota kesepahaman itu.", "ET"],
    ["Menteri Luar Negeri Swedia tiba di Ankara.", "SE"],
    ["Kapal itu berlabuh di Libanon pekan lalu.", "LB"],
    ["Aljazair menolak tuduhan tersebut.", "DZ"],
  ])("%s", (text, code) => {
    expect(extract(article(text, "id", "2024-01-10T08:00:00Z")).countries.map((c) => c.code)).toContain(code);
  });
});
