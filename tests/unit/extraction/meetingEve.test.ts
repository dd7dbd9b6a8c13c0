import { extract } from "../../../src/extraction/extract";
import { article } from "./fixtures";

/**
 * "on the eve of the summit on Thursday": the date after the phrase is the summit's, and the meeting
 * told before the phrase was held the day before it. Articles of Wednesday 2025-01-15.
 */
describe("a meeting on the eve of a dated event", () => {
  it.each([
    ["en", "Emmanuel Macron met Olaf Scholz in Brussels on the eve of the European Council summit on Thursday."],
    ["fr", "Emmanuel Macron a rencontré Olaf Scholz à Bruxelles à la veille du sommet européen de jeudi."],
    ["it", "Emmanuel Macron ha incontrato Olaf Scholz a Bruxelles alla vigilia del vertice europeo di giovedì."],
    ["es", "Emmanuel Macron se reunió con Olaf Scholz en Bruselas en vísperas de la cumbre europea del jueves."],
    ["de", "Emmanuel Macron traf Olaf Scholz in Brüssel am Vorabend des EU-Gipfels am Donnerstag."],
    ["pl", "Emmanuel Macron spotkał się z Olafem Scholzem w Brukseli w przeddzień szczytu UE w czwartek."],
  ])("%s", (lang, text) => {
    const meeting = extract(article(text, lang, "2025-01-15T08:00:00Z")).meetings.find((m) =>
      m.participants.includes("Olaf Scholz"),
    );
    expect(meeting?.date).toBe("2025-01-15");
  });

  it("keeps the meeting's own date told before the phrase", () => {
    const text = "Emmanuel Macron met Olaf Scholz on Monday, on the eve of the summit in Brussels on 14 January.";
    const meeting = extract(article(text, "en", "2025-01-15T08:00:00Z")).meetings[0];
    expect(meeting?.date).toBe("2025-01-13");
  });
});
