import { type Anchor, describeMeeting, floatTarget, type MeetingMention } from "../../src/graph/meetingEvents";

const isPerson = (id: string) => /[a-z]/.test(id);
// Kim Jong Un in Russia, Sept 2023; Lavrov and Putin in Pyongyang, Oct 2023 and June 2024 (group KP,RU).
const kimInRussia: Anchor = {
  id: "kim-in-russia",
  host: "RU",
  month: "2023-09",
  participants: ["kim-jong-un", "vladimir-putin"],
  cities: ["Vostochny"],
  statuses: ["occurred"],
};
const lavrovInPyongyang: Anchor = {
  id: "lavrov-in-pyongyang",
  host: "KP",
  month: "2023-10",
  participants: ["KP", "kim-jong-un", "sergey-lavrov"],
  cities: ["Pyongyang"],
  statuses: ["occurred"],
};
const putinInPyongyang: Anchor = {
  id: "putin-in-pyongyang",
  host: "KP",
  month: "2024-06",
  participants: ["kim-jong-un", "vladimir-putin"],
  cities: [],
  statuses: ["occurred", "planned"],
};
const anchors = [kimInRussia, lavrovInPyongyang, putinInPyongyang];
const mention = (over: Partial<MeetingMention>): MeetingMention => ({
  own: "own",
  host: null,
  month: null,
  participants: [],
  city: null,
  status: null,
  ...over,
});

describe("floatTarget: the anchor a report without host or date joins", () => {
  it("joins a report with a month but no host to the anchor of that month", () => {
    const met = mention({ month: "2023-09", participants: ["kim-jong-un", "sergei-shoigu"] });
    expect(floatTarget(met, anchors, isPerson)).toBe("kim-in-russia");
  });

  it("joins an undated plan to the one anchor in that host country whose reports name its visitor", () => {
    const plan = mention({ host: "KP", participants: ["vladimir-putin", "KP"] });
    expect(floatTarget(plan, anchors, isPerson)).toBe("putin-in-pyongyang");
  });

  it("keeps an undated report its own node when two anchors fit (Kim and Putin met, where and when unsaid)", () => {
    const vague = mention({ participants: ["kim-jong-un", "vladimir-putin"] });
    expect(floatTarget(vague, anchors, isPerson)).toBe("own");
  });

  it("keeps an undated report its own node when it names another city (a planned trip to Moscow)", () => {
    const moscow = mention({ host: "RU", participants: ["kim-jong-un", "RU"], city: "Moscow" });
    expect(floatTarget(moscow, anchors, isPerson)).toBe("own");
    expect(floatTarget({ ...moscow, city: "Vostochny" }, anchors, isPerson)).toBe("kim-in-russia");
  });

  it("keeps a cancellation apart from a visit its anchors say was held, and a held visit apart from a cancelled one", () => {
    const declined = mention({ host: "KP", participants: ["vladimir-putin", "KP"], status: "cancelled" });
    expect(floatTarget(declined, anchors, isPerson)).toBe("own");
    expect(floatTarget({ ...declined, status: "planned" }, anchors, isPerson)).toBe("putin-in-pyongyang");
    const calledOff: Anchor = { ...putinInPyongyang, statuses: ["cancelled"] };
    const held = mention({ host: "KP", participants: ["vladimir-putin", "KP"], status: "occurred" });
    expect(floatTarget(held, [kimInRussia, lavrovInPyongyang, calledOff], isPerson)).toBe("own");
    expect(floatTarget({ ...declined }, [kimInRussia, lavrovInPyongyang, calledOff], isPerson)).toBe(
      "putin-in-pyongyang",
    );
  });

  it("keeps a dated report with no anchor in its month its own node", () => {
    expect(floatTarget(mention({ month: "2023-11", participants: ["kim-jong-un"] }), anchors, isPerson)).toBe("own");
  });
});

describe("describeMeeting: a node from its reports, whatever their order", () => {
  const reports = [
    {
      article: "b",
      publishedMs: 2,
      date: "2023-10-19",
      status: "occurred",
      city: "Pyongyang",
      host: "KP",
      participants: ["sergey-lavrov", "kim-jong-un"],
    },
    {
      article: "a",
      publishedMs: 1,
      date: "2023-10-18",
      status: "planned",
      city: null,
      host: "KP",
      participants: ["sergey-lavrov", "KP"],
    },
    {
      article: "c",
      publishedMs: 2,
      date: "2023-10",
      status: "ongoing",
      city: "Pyongyang",
      host: "KP",
      participants: [],
    },
  ];

  it("dates a visit by its first day, takes the latest report's status and everyone any report names", () => {
    expect(describeMeeting(reports)).toEqual({
      date: "2023-10-18",
      datePrecision: "day",
      status: "ongoing",
      city: "Pyongyang",
      host: "KP",
      participants: ["KP", "kim-jong-un", "sergey-lavrov"],
    });
  });

  it("gives the same node for the reports in any order", () => {
    const reversed = [...reports].reverse();
    expect(describeMeeting(reversed)).toEqual(describeMeeting(reports));
  });
});
