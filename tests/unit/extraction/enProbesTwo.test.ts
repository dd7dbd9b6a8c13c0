import { extract } from "../../../src/extraction/extract";
import { article } from "./fixtures";

/**
 * English words met on a second round of news we wrote ourselves (India–Canada, Orbán's trips, Biden in
 * Hanoi, the Houthis, China–Australia trade, Japan–Korea): each test is a sentence of our own, not one
 * of the held-out texts.
 */
const en = (text: string) => extract(article(text, "en", "2024-05-15T09:00:00Z"));
const said = (facts: ReturnType<typeof extract>) => facts.statements.map((s) => `${s.speaker}:${s.stance}`);
const sanctions = (facts: ReturnType<typeof extract>) =>
  facts.sanctions.map((s) => `${String(s.imposer)}>${String(s.target)}:${s.status}`);
const meetings = (facts: ReturnType<typeof extract>) =>
  facts.meetings.map((m) => `${[...m.participants].sort().join("+")}:${m.status}`);
const agreed = (facts: ReturnType<typeof extract>) =>
  (facts.agreements ?? []).map((a) => `${[...a.parties].sort().join("+")}:${a.kind}:${a.status}`);

describe("en pack: sanctions that are not called sanctions", () => {
  it("reads a terrorism list as a sanctions list", () => {
    expect(sanctions(en("In 2015 the State Department removed Cuba from its terrorism list."))).toEqual([
      "US>CU:lifted",
    ]);
  });

  it("reads a designation as a global terrorist as a listing by the state that designates", () => {
    expect(
      sanctions(
        en("Washington on Monday designated Sudan's Rapid Support Forces as specially designated global terrorists."),
      ),
    ).toEqual(["US>Rapid Support Forces:announced"]);
  });

  it("reads punitive measures imposed on a state as sanctions", () => {
    expect(sanctions(en("Ankara has imposed punitive measures on Sweden over the protests."))).toEqual([
      "TR>SE:announced",
    ]);
  });

  it("reads punitive tariffs as trade sanctions", () => {
    expect(sanctions(en("Beijing on Friday dropped its punitive tariffs on Australian coal."))).toEqual([
      "CN>AU:lifted",
    ]);
  });
});

describe("en pack: stances of other diplomacy", () => {
  it("reads a step said to be aimed at no one as a denial", () => {
    expect(said(en("Manila said the joint patrols with Tokyo were not aimed at any third country."))).toEqual([
      "PH:deny",
    ]);
  });

  it("reads an attack said to have no justification as an accusation", () => {
    expect(said(en("Qatar's foreign ministry said there was no justification for the raid on Doha."))).toEqual([
      "QA:accuse",
    ]);
  });

  it("reads what a party should do as a warning to it", () => {
    expect(said(en("Wang Wenbin said Manila should stop sending vessels to the shoal."))).toEqual(["Wang Wenbin:warn"]);
  });

  it("reads states that should be partners rather than rivals as support", () => {
    expect(said(en("Li Qiang said China and Japan should be partners rather than rivals."))).toEqual([
      "Li Qiang:support",
    ]);
  });

  it("reads concerns conveyed, by a government's account, as the leader's", () => {
    expect(
      said(
        en("According to the Japanese government's readout, Kishida conveyed serious concerns over the missile tests."),
      ),
    ).toEqual(["Fumio Kishida:warn"]);
  });

  it("reads a party urged, after a comma, as a warning by the one urging", () => {
    expect(
      said(
        en(
          '"We want no quarrel," Albanese told reporters in Perth, adding that he was urging Beijing to act responsibly.',
        ),
      ),
    ).toEqual(["Anthony Albanese:warn"]);
    expect(said(en("Macron spoke to Xi Jinping on Monday, urging him to press Moscow to end the war."))).toHaveLength(
      1,
    );
  });
});

describe("en pack: charges and places", () => {
  it("reads credible evidence as an accusation and no credible evidence as a denial", () => {
    expect(said(en("Ottawa said it held credible evidence tying Indian agents to the plot."))).toEqual(["CA:accuse"]);
    expect(said(en("New Delhi said Ottawa had offered no credible evidence."))).toEqual(["IN:deny"]);
  });

  it("reads intent disowned as a denial", () => {
    expect(said(en("Tehran said it had no intention of building a nuclear bomb."))).toEqual(["IR:deny"]);
  });

  it("reads what a state will not accept as a warning and a breach charged as an accusation", () => {
    expect(said(en("Riyadh said it would not accept any meddling by Ottawa."))).toEqual(["SA:warn"]);
    expect(said(en("Pretoria called the raid a flagrant breach of the charter."))).toEqual(["ZA:accuse"]);
  });

  it("reads appeasement decried and a mandate denied as accusations", () => {
    expect(said(en("Kaja Kallas said appeasement only emboldens Moscow."))).toEqual(["Kaja Kallas:accuse"]);
    expect(said(en("Madrid said the envoy had no mandate to speak for Spain."))).toEqual(["ES:accuse"]);
  });

  it("reads British Columbia as Canada, not Britain", () => {
    expect(
      en("The activist was shot dead in Surrey, British Columbia, last June.").countries.map((c) => c.code),
    ).toEqual(["CA"]);
  });
});

describe("en pack: meetings and agreements", () => {
  it("reads a leader due in a capital as a planned visit", () => {
    expect(meetings(en("Prime Minister Anwar Ibrahim is due in Canberra next week for an ASEAN summit."))).toEqual([
      "AU+Anwar Ibrahim:planned",
    ]);
  });

  it("reads a trip flown unannounced as a visit of its own", () => {
    const facts = en(
      "Blinken visited Riyadh on Monday and then flew unannounced to Baghdad on Tuesday for talks with Prime Minister Mohammed Shia al-Sudani.",
    );
    expect(facts.meetings.map((m) => `${[...m.participants].sort().join("+")}@${String(m.location?.country)}`)).toEqual(
      ["Antony Blinken+SA@SA", "Antony Blinken+Mohammed Shia al-Sudani@IQ"],
    );
  });

  it("reads a comprehensive strategic partnership two states establish as an agreement", () => {
    expect(agreed(en("Indonesia and Brazil established a comprehensive strategic partnership on Tuesday."))).toEqual([
      "BR+ID:agreement:signed",
    ]);
  });

  it("makes no agreement of a way to a truce nor of consent withheld", () => {
    expect(agreed(en('"We came to Ankara to see how a truce can be reached," Scholz said.'))).toEqual([]);
    expect(agreed(en("Kyiv said the trip to Moscow was made without Ukraine's agreement."))).toEqual([]);
  });
});
