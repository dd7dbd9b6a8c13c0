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

// Japan speaking as a state on the day a North Korean missile flew over it (4 October 2022), told
// in English and Indonesian in our own words: the two share concepts, not a single stem.
describe("statementNodes: one remark in two languages through concepts", () => {
  const japan = { country: "JP", person: false };
  // The names of the countries and their capitals, as the article's extraction would list them.
  const names = ["Japan", "Jepang", "North Korean", "Korea Utara", "Washington", "Pyongyang", "Moscow", "Moskow"];
  const told = (article: string, language: string, text: string, over: Partial<StatementReport> = {}) =>
    report(article, {
      from: "2022-10-04",
      to: "2022-10-04",
      stance: "assert",
      about: ["JP", "KP"],
      language,
      quote: null,
      words: statementWords(text, names, language),
      ...over,
    });
  const overflight = told("en", "en", "Japan said the North Korean ballistic missile flew over its territory");
  const melintas = told("id", "id", "Jepang mengatakan rudal balistik Korea Utara terbang melintasi wilayahnya");
  const launches = told("en2", "en", "Japan said repeated missile launches threaten peace in the region");
  const sanctions = told("en3", "en", "Japan said it would weigh tougher sanctions on North Korea");

  it("makes the remark one node when the two reports share concepts and no stem", () => {
    expect(overflight.words.filter((w) => !w.startsWith("#") && melintas.words.includes(w))).toEqual([]);
    const nodes = statementNodes([overflight, melintas], japan);
    expect(nodeOf(nodes, melintas)).toBe("own-en");
  });

  it("keeps a state's other remarks of that day apart, in one language or two, though one shares a concept", () => {
    expect(launches.words.filter((w) => melintas.words.includes(w))).toEqual(["#missile"]);
    const nodes = statementNodes([overflight, melintas, launches, sanctions], japan);
    expect(nodeOf(nodes, melintas)).toBe("own-en");
    expect(nodeOf(nodes, launches)).toBe("own-en2");
    expect(nodeOf(nodes, sanctions)).toBe("own-en3");
    // Without the remark it tells, the translation joins neither of the others.
    const alone = statementNodes([melintas, launches, sanctions], japan);
    expect(new Set([melintas, launches, sanctions].map((r) => nodeOf(alone, r))).size).toBe(3);
  });

  it("takes one concept from a person quoted, not from a state nor from two paraphrases", () => {
    const minister = { country: "JP", person: true };
    const one = told("en4", "en", "Japan said the missile was a grave provocation");
    const satu = told("id4", "id", "Jepang menyebut rudal itu tindakan serius");
    expect(nodeOf(statementNodes([one, satu], japan), satu)).toBe("own-id4");
    expect(nodeOf(statementNodes([one, satu], minister), satu)).toBe("own-id4");
    const quoted = { ...one, quote: "a grave provocation" };
    expect(nodeOf(statementNodes([quoted, satu], minister), satu)).toBe("own-en4");
  });

  // The United States accusing North Korea of arms deliveries in October 2023, in our own words: an
  // English article tells two accusations, an Indonesian one retells one of them.
  const us = { country: "US", person: false };
  const october = { from: "2023-10-16", to: "2023-10-16", stance: "accuse", about: ["KP", "RU"] };
  const shells = told("us-en", "en", "Washington said Pyongyang shipped artillery shells to Moscow by train", october);
  const wagner = {
    ...told("us-en", "en", "Washington said Pyongyang had earlier sold ammunition to the Wagner group", october),
    own: "own-us-en-wagner",
  };
  const amunisi = told("us-id", "id", "Washington mengatakan Pyongyang mengirim amunisi ke Moskow", october);

  it("matches a retelling on concepts to neither of two remarks of one article it could nearly equally be", () => {
    expect(nodeOf(statementNodes([shells, amunisi], us), amunisi)).toBe("own-us-en");
    const nodes = statementNodes([shells, wagner, amunisi], us);
    expect(nodeOf(nodes, amunisi)).toBe("own-us-id");
  });

  it("lets a month-dated article's two statements join no node when both fit it alike", () => {
    const monthly = { from: "2023-10-01", to: "2023-10-31" };
    const first = { ...amunisi, ...monthly, article: "us-month", own: "own-us-month-1" };
    const second = { ...first, own: "own-us-month-2" };
    expect(nodeOf(statementNodes([shells, first], us), first)).toBe("own-us-en");
    const nodes = statementNodes([shells, first, second], us);
    expect([nodeOf(nodes, first), nodeOf(nodes, second)]).toEqual(["own-us-month-1", "own-us-month-2"]);
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

  it("prefers a pointed stance to a plain assertion when as many reports give each", () => {
    const described = describeStatement([
      { article: "a", own: "o1", day: "2025-03-12", stance: "assert", about: ["RU"], text: "first", quote: null },
      { article: "b", own: "o2", day: "2025-03-13", stance: "deny", about: ["RU"], text: "later", quote: null },
    ]);
    expect(described.stance).toBe("deny");
  });
});
