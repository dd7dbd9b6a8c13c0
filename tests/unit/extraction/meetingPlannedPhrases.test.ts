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

/** A meeting that may come is a plan, and its month lies ahead. */
describe("meetings that may come", () => {
  it.each([
    ["en", "Narendra Modi could meet Xi Jinping in Kazan in October."],
    ["en", "Narendra Modi might meet Xi Jinping in Kazan in October."],
    ["id", "Narendra Modi kemungkinan bertemu Xi Jinping di Kazan pada Oktober."],
  ])("%s: %s", (lang, text) => {
    const meeting = extract(article(text, lang, "2024-07-26T08:00:00Z")).meetings.find((m) =>
      m.participants.includes("Xi Jinping"),
    );
    expect([meeting?.status, meeting?.date]).toEqual(["planned", "2024-10"]);
  });
});
