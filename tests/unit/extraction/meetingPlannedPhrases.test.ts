import { extract } from "../../../src/extraction/extract";
import { article } from "./fixtures";

/** A meeting phrase that holds its own future auxiliary ("vai se reunir") is a plan, and its weekday lies ahead. */
describe("meeting phrases that hold their future auxiliary", () => {
  it.each([
    ["Lula vai se reunir com Narendra Modi na terça-feira em Brasília.", "Narendra Modi"],
    ["Lula e Narendra Modi vão se reunir na terça-feira em Brasília.", "Narendra Modi"],
  ])("%s", (text, who) => {
    const meeting = extract(article(text, "pt", "2024-06-19T08:00:00Z")).meetings.find((m) =>
      m.participants.includes(who),
    );
    expect([meeting?.status, meeting?.date]).toEqual(["planned", "2024-06-25"]);
  });
});
