import { extract } from "../../../src/extraction/extract";
import { article } from "./fixtures";

// A word of a person's name is no cue: "Séjourné" holds "séjourne" (is staying), which made a
// meeting of the day before "ongoing".
describe("a cue inside a person's name", () => {
  it("is no word of staying", () => {
    const facts = extract(
      article(
        "Stéphane Séjourné s'est entretenu mardi à Kiev avec son homologue ukrainien Dmytro Kuleba.",
        "fr",
        "2024-02-14T08:00:00Z",
      ),
    );
    expect(facts.meetings.map((m) => [m.participants, m.status, m.date])).toEqual([
      [["Stephane Sejourne", "Dmytro Kuleba"], "occurred", "2024-02-13"],
    ]);
  });
});
