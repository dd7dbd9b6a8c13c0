import type { MeetingFact } from "../../src/extraction/facts";
import { meetingKey } from "../../src/ingestion/factKeys";

/** The own node of a meeting report (README, Merge rules), on reports written for this test. */
const trip = (over: Partial<MeetingFact>): MeetingFact => ({
  participants: ["Kim Jong Un", "RU"],
  countries: ["KP", "RU"],
  location: { country: "RU", city: null },
  date: null,
  status: "planned",
  evidence: { text: "", start: 0, end: 0 },
  ...over,
});

describe("meeting keys", () => {
  it("keep apart undated trips of two people to one country, and join undated reports naming the same person", () => {
    const kim = meetingKey(trip({}), "RU", ["kim-jong-un", "RU"]);
    const general = meetingKey(trip({ participants: ["Pak Jong Chon", "RU"] }), "RU", ["pak-jong-chon", "RU"]);
    expect(general.group).toBe(kim.group);
    expect(general.id).not.toBe(kim.id);
    expect(meetingKey(trip({ status: "occurred" }), "RU", ["RU", "kim-jong-un"]).id).toBe(kim.id);
  });

  it("give every report of one month and host the same node, whoever it names", () => {
    const arrival = meetingKey(trip({ date: "2023-09-12" }), "RU", ["kim-jong-un", "RU"]);
    const talks = meetingKey(trip({ date: "2023-09-13" }), "RU", ["kim-jong-un", "vladimir-putin"]);
    expect(talks.id).toBe(arrival.id);
  });
});
