import { describeStatement, statementNodes, type StatementReport } from "../../src/graph/statementEvents";
import type { StatementFact } from "../../src/extraction/facts";
import { statementKey, statementWords } from "../../src/ingestion/factKeys";

// Reports of one speaker (a Finnish minister, speaker country FI) written for this test: a remark on
// Baltic Sea cables of 12 March 2025, told in English and Spanish, and others that are not it.
// `state` is Finland speaking as a state, `minister` the minister as a person.
const state = { country: "FI", person: false };
const minister = { country: "FI", person: true };
const report = (article: string, over: Partial<StatementReport> = {}): StatementReport => ({
  article,
  own: `own-${article}`,
  from: "2025-03-12",
  to: "2025-03-12",
  stance: "accuse",
  about: ["FI", "RU"],
  words: statementWords("The damage to the undersea cables was deliberate sabotage", []),
  language: "en",
  quote: "deliberate sabotage",
  ...over,
});
const english = report("en");
const spanish = report("es", {
  language: "es",
  from: "2025-03-13",
  to: "2025-03-13",
  words: statementWords("El daño a los cables submarinos fue un sabotaje deliberado", []),
});
const nodeOf = (nodes: Map<string, string>, r: StatementReport) => nodes.get(`${r.article}|${r.own}`);

describe("statementWords: stems comparable across languages", () => {
  it("keeps four-letter stems of long words and numbers, not names", () => {
    expect(statementWords("Finland reported 1,000 deliberate sabotage incidents", ["Finland"])).toEqual([
      "1000",
      "deli",
      "inci",
      "repo",
      "sabo",
    ]);
  });
});

describe("statementWords: what was said, not who said it or when", () => {
  // Two remarks of one president on one Tuesday, in our own words: the role, the verb and the day are the same.
  const jamming = "President Sauli Niinisto accused Russia on Tuesday of jamming satellite signals over Lapland";
  const migrants = "President Sauli Niinisto accused Russia on Tuesday of pushing migrants across the eastern frontier";
  const names = ["Sauli Niinisto", "Russia"];

  it("leaves out the language's roles, verbs of saying or stance and weekdays", () => {
    expect(statementWords(jamming, names, "en")).toEqual(["#satellite", "jamm", "lapl", "sign"]);
    const shared = (language: string | null) =>
      statementWords(jamming, names, language).filter((w) => statementWords(migrants, names, language).includes(w));
    expect(shared(null)).toEqual(["accu", "pres", "tues"]);
    expect(shared("en")).toEqual([]);
  });

  it("leaves out whole frame words only: 'continued' goes, 'containers' stays", () => {
    expect(statementWords("The shipments continued", [], "en")).toEqual(["#delivery"]);
    expect(statementWords("The shipments of containers", [], "en")).toEqual(["#container", "#delivery"]);
  });
});

describe("statementKey: a report's own statement", () => {
  const actorId = (name: string) => (name === "RU" ? name : name.toLowerCase().replace(/ /g, "-"));
  const fact = (text: string): StatementFact => ({
    speaker: "Sauli Niinisto",
    speakerCountry: "FI",
    stance: "accuse",
    about: ["FI", "RU"],
    quote: null,
    summary: null,
    evidence: { text, start: 0, end: text.length },
  });
  const key = (text: string, article: string) =>
    statementKey(fact(text), actorId, "2025-02-04", "2025-02", article, statementWords(text, ["Sauli Niinisto"], "en"));

  it("keeps two unquoted remarks of one speaker, day, stance and countries apart, in one article or two", () => {
    const jamming = "Niinisto accused Russia of jamming satellite signals over Lapland";
    const migrants = "Niinisto accused Russia of pushing migrants across the eastern frontier";
    expect(key(jamming, "a").id).not.toBe(key(migrants, "a").id);
    expect(key(jamming, "a").id).not.toBe(key(migrants, "b").id);
    expect(key(jamming, "a").id).toBe(key(jamming, "b").id);
    expect(key(jamming, "a").group).toBe("sauli-niinisto");
  });
});

describe("statementNodes: which reports of one speaker are one statement", () => {
  it("makes the same remark told in two languages a day apart one node", () => {
    const nodes = statementNodes([english, spanish], state);
    expect(nodeOf(nodes, english)).toBe(nodeOf(nodes, spanish));
    expect(nodeOf(nodes, english)).toBe("own-en");
  });

  it("keeps reports apart when published more than three days apart", () => {
    const later = { ...spanish, from: "2025-03-17", to: "2025-03-17" };
    const nodes = statementNodes([english, later], state);
    expect(nodeOf(nodes, english)).not.toBe(nodeOf(nodes, later));
  });

  it("keeps reports of two calendar months apart, a day apart or not (a speaker's month is decided whole)", () => {
    const lastDay = { ...english, from: "2025-03-31", to: "2025-03-31" };
    const firstDay = { ...spanish, from: "2025-04-01", to: "2025-04-01" };
    const nodes = statementNodes([lastDay, firstDay], state);
    expect(nodeOf(nodes, lastDay)).not.toBe(nodeOf(nodes, firstDay));
    const sameMonth = { ...spanish, from: "2025-03-30", to: "2025-03-30" };
    expect(nodeOf(statementNodes([lastDay, sameMonth], state), sameMonth)).toBe(nodeOf(nodes, lastDay));
  });

  it("keeps a denial apart from an accusation, and assertions with no stem in common apart", () => {
    const denial = { ...spanish, stance: "deny" };
    const other = report("de", {
      stance: "assert",
      words: statementWords("Die Fischereiquoten werden neu verhandelt", []),
    });
    const nodes = statementNodes([english, denial, other], state);
    expect(new Set([english, denial, other].map((r) => nodeOf(nodes, r))).size).toBe(3);
  });

  it("keeps two accusations of the same state that share no stem apart (a stance and a country are not a remark)", () => {
    const finnish = report("fi", { language: "fi", words: statementWords("Kaapelivauriot olivat tahallisia", []) });
    expect(nodeOf(statementNodes([english, finnish], state), finnish)).toBe("own-fi");
  });

  // The minister's remark in Finnish shares no stem with the English one: a translation.
  const finnish = report("fi", {
    language: "fi",
    from: "2025-03-13",
    to: "2025-03-13",
    words: statementWords("Kaapelivauriot olivat tahallisia", []),
  });

  it("makes a person's one remark in each of two articles in two languages one node, without a shared stem", () => {
    expect(finnish.words.filter((w) => english.words.includes(w))).toEqual([]);
    const nodes = statementNodes([english, finnish], minister);
    expect(nodeOf(nodes, finnish)).toBe("own-en");
  });

  it("keeps a person's two remarks of one day in one language apart when their words share no stem", () => {
    const ships = report("en2", { words: statementWords("Navies must patrol the shipping lanes around Gotland", []) });
    const nodes = statementNodes([english, ships], minister);
    expect(nodeOf(nodes, ships)).toBe("own-en2");
  });

  it("does not match two paraphrases across languages without words: one of them must quote the person", () => {
    const paraphrase = { ...finnish, quote: null };
    expect(nodeOf(statementNodes([{ ...english, quote: null }, paraphrase], minister), paraphrase)).toBe("own-fi");
  });

  it("matches across languages without words only when each article tells one remark of the person", () => {
    const ships = { ...english, own: "own-en-ships", words: statementWords("Navies must patrol the lanes", []) };
    const nodes = statementNodes([english, ships, finnish], minister);
    expect(nodeOf(nodes, finnish)).toBe("own-fi");
  });

  it("matches a translation without words to neither of two remarks of that day it could be", () => {
    const guards = report("en2", { words: statementWords("Russia keeps testing our border guards", []) });
    const nodes = statementNodes([english, guards, finnish], minister);
    expect(nodeOf(nodes, finnish)).toBe("own-fi");
    expect(nodeOf(nodes, guards)).toBe("own-en2");
  });

  it("keeps translated remarks apart when the stance, the countries or the numbers differ", () => {
    const cases: Array<Partial<StatementReport>> = [
      { stance: "warn" },
      { about: ["FI", "EE"] },
      { words: statementWords("Kaapelivaurioita oli 3", []) },
    ];
    for (const over of cases) {
      const other = { ...finnish, ...over };
      const counted = { ...english, words: statementWords("The 2 damaged cables were sabotaged", []) };
      expect(nodeOf(statementNodes([counted, other], minister), other)).toBe("own-fi");
    }
  });

  it("never makes two statements of one article one node", () => {
    const second = { ...english, own: "own-en-second" };
    const nodes = statementNodes([english, second, spanish], state);
    expect(nodeOf(nodes, english)).not.toBe(nodeOf(nodes, second));
  });

  it("joins a report dated only by its month to the one node it fits, and leaves an undated one alone", () => {
    const monthly = report("it", { from: "2025-03-01", to: "2025-03-31" });
    const undated = report("fr", { from: null, to: null });
    const nodes = statementNodes([english, spanish, monthly, undated], state);
    expect(nodeOf(nodes, monthly)).toBe("own-en");
    expect(nodeOf(nodes, undated)).toBe("own-fr");
  });

  it("gives the same nodes whatever order the reports come in", () => {
    const reports = [
      english,
      spanish,
      report("pt", { from: "2025-03-14", to: "2025-03-14", stance: "assert" }),
      report("de", { from: "2025-03-20", to: "2025-03-20" }),
      report("it", { from: "2025-03-01", to: "2025-03-31" }),
    ];
    const reference = [...statementNodes(reports, state)].sort();
    for (const order of [
      [4, 3, 2, 1, 0],
      [2, 0, 4, 1, 3],
      [3, 1, 0, 4, 2],
    ])
      expect(
        [
          ...statementNodes(
            order.map((i) => reports[i]),
            state,
          ),
        ].sort(),
      ).toEqual(reference);
  });
});

describe("describeStatement", () => {
  it("takes text and date from the earliest report and the stance most reports give", () => {
    const described = describeStatement([
      { article: "b", own: "o2", day: "2025-03-13", stance: "accuse", about: ["RU"], text: "later", quote: null },
      { article: "a", own: "o1", day: "2025-03-12", stance: "assert", about: ["FI"], text: "first", quote: "q" },
      { article: "c", own: "o3", day: null, stance: "accuse", about: [], text: "undated", quote: null },
    ]);
    expect(described).toEqual({ text: "first", quote: "q", date: "2025-03-12", stance: "accuse", about: ["FI", "RU"] });
  });
});
