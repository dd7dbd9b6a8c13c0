import { extract } from "../../../src/extraction/extract";
import { article } from "./fixtures";

const meetings = (text: string, lang: string) =>
  extract(article(text, lang, "2023-07-27T09:00:00Z")).meetings.map((m) => [m.participants, m.status]);

// "also", "too", "likewise" may stand inside a phrase of being somewhere: the stay is still a visit going on.
describe("a stay abroad told with 'also' ('is also in', 'juga berada di')", () => {
  it.each([
    ["en", "Sergei Shoigu is also in Pyongyang for the celebrations."],
    ["id", "Sergei Shoigu juga berada di Pyongyang untuk perayaan itu."],
    ["de", "Sergej Schoigu weilt ebenfalls in Pjöngjang."],
    ["es", "Serguéi Shoigú también está en Pyongyang."],
    ["fr", "Sergueï Choïgou est également à Pyongyang."],
    ["it", "Sergej Shoigu è anche a Pyongyang."],
    ["pt", "Serguei Shoigu também está em Pyongyang."],
    ["pl", "Siergiej Szojgu również przebywa w Pjongjangu."],
    ["ru", "Сергей Шойгу также находится в Пхеньяне."],
  ])("%s", (lang, text) => {
    expect(meetings(text, lang)).toEqual([[["Sergei Shoigu", "KP"], "ongoing"]]);
  });
});
