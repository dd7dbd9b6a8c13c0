import { extract } from "../../../src/extraction/extract";
import { article } from "./fixtures";

/**
 * An undated meeting takes the date of a neighbouring sentence about its states, even one holding a
 * meeting word that made no meeting of its own ("at their joint summit"); never one reporting another meeting.
 */
describe("a neighbouring sentence about the meeting's states dates it", () => {
  const dateOf = (text: string, who: string) =>
    extract(article(text, "en", "2025-01-20T08:00:00Z")).meetings.find((m) => m.participants.includes(who))?.date;

  it("takes the day of the summit sentence that names the two states", () => {
    const text =
      "The presidents of Kenya and Tanzania opened a new border post on Friday during their joint summit in Namanga. " +
      "Kenyan President William Ruto received Tanzanian President Samia Suluhu Hassan at the state lodge.";
    expect(dateOf(text, "William Ruto")).toBe("2025-01-17");
  });

  it("does not take the date of a sentence that reports another meeting", () => {
    const text =
      "Kenyan President William Ruto met Ugandan President Yoweri Museveni in Kampala on Friday. " +
      "Kenyan President William Ruto received Tanzanian President Samia Suluhu Hassan at the state lodge.";
    expect(dateOf(text, "Samia Suluhu Hassan")).toBe("2025-01");
  });
});
