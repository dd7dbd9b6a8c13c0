import type { CueKind } from "./cueIndex";
import { hasCue, type CueMention, type Doc, type EntityMention, type Sentence } from "./document";
import type { Stance } from "./facts";
import { cuesIn } from "./sentenceQueries";
import { isCapitalized } from "./tokenize";
import { findQuotes, quoteWords, type Quote } from "./quotes";
import { coordinated, dedupe, seatSpeaking, speakerAfter, speakerBefore, speakersOf, type Speaker } from "./speakers";
import { aboutOf, negated, stanceOf, unanswered, type Ranges, type Read } from "./statementContent";

/** One statement as read from one sentence. */
export interface Said {
  speakers: Speaker[];
  stance: Stance;
  /** The stance is marked by a word; an unmarked "assert" may be the follow-up of another statement. */
  marked: boolean;
  about: string[];
  quote: Quote | null;
  /** The sentence that reports it (the first one, when later sentences went on with it). */
  sentence: Sentence;
  /** Index of the last sentence that went on with it. */
  last: number;
  /** Only named by a claim noun ("peringatan dari AS", "US allegations"), without a quotation. */
  claimOnly?: boolean;
  /** A quotation standing alone, with no verb of its own: the previous speaker going on. */
  bare?: boolean;
}

const TRIGGERS: readonly CueKind[] = [
  "say",
  "sayInverted",
  "sayPronominal",
  "continuation",
  "accordingTo",
  "accordingToAfter",
  "claimNoun",
  "stanceVerb",
  "stancePassive",
];
/** How far before its verb a quotation may end and still be what the verb reports (`"…," Japan's foreign minister Yoko Kamikawa said`). */
const QUOTE_BEFORE_REACH = 80;
/** A subject shared by two verbs is only a few words away ("which condemned the test, have accused"). */
const SHARED_SUBJECT_REACH = 6;
/** At most this many words after a verb of saying ("said on Friday", "said in a statement") and it closes its sentence. */
const CLOSING_TAIL = 4;
/** An unattributed quotation must be a sentence, not a scare-quoted word. */
const MIN_FALLBACK_WORDS = 4;

/**
 * The statements of one sentence: one per verb of saying or stance ("mengatakan", "denied",
 * "according to", "klaim AS", "dituduh AS"), each with its speakers, its quotation, its stance and
 * what it is about. `previous` are the speakers of the statement before (for "dia", "tegasnya").
 */
export function readStatements(doc: Doc, s: Sentence, previous: Speaker[] | null): Said[] {
  const quotes = findQuotes(doc.text, s.start, s.end);
  const inQuote = (c: CueMention) => quotes.some((q) => c.start >= q.start && c.end <= q.end);
  const triggers = s.cues.filter(
    (c) =>
      c.cues.some((x) => TRIGGERS.includes(x.kind)) &&
      !inQuote(c) &&
      !announcesSanctions(s, c) &&
      !passiveSaying(doc, s, c) &&
      !retold(doc, s, c, quotes) &&
      !onlyAddressed(doc, s, c, quotes),
  );

  // Who speaks, verb by verb (a verb may share the subject of the one before).
  const found: Array<{ c: CueMention; speakers: Speaker[]; mode: Mode; reported?: Stance }> = [];
  for (const c of triggers) {
    const last = found[found.length - 1];
    // "warned that closer ties between Moscow and Pyongyang threaten …": a verb inside the reported clause is what was said,
    // its stance that of the words ("said Washington feared …" → warn).
    if (last && inReportedClause(doc, s, last.c, c)) {
      last.reported ??= c.cues.find((x) => x.kind === "stanceVerb" && x.stance !== "other")?.stance;
      continue;
    }
    // "called the US allegations \"dirty maneuvers\"": the charges a verb answers are its object, not a statement of their own.
    if (last && hasCue(c, "claimNoun") && c.t0 <= last.c.t1 + ANSWERED_REACH && answersClaims(s, last.c, quotes))
      continue;
    // "Biden said …, adding he was worried": a pronoun after a speaker of this sentence is that speaker.
    const r = speakersFor(
      doc,
      s,
      c,
      quotes,
      last?.speakers ?? openingPerson(doc, s, c) ?? previous,
      last ? { speakers: last.speakers, t1: last.c.t1 } : null,
    );
    if (r) found.push({ c, ...r });
  }
  // What each says: up to the next verb that has a speaker, plus its quotation.
  const used = new Set<Quote>();
  const out: Said[] = found.map(({ c, speakers, mode, reported }, i) => {
    const end = found[i + 1]?.c.start ?? s.end;
    const ranges: Ranges =
      mode === "whole"
        ? [[s.start, s.end]]
        : mode === "around"
          ? [
              [s.start, c.start],
              [c.end, end],
            ]
          : mode === "before"
            ? [[s.start, c.start]]
            : [[c.end, end]];
    const quote = quoteFor(quotes, used, c, end, i > 0 ? found[i - 1].c.end : s.start);
    if (quote) ranges.push([quote.start, quote.end]);
    // "Peskov called Western accusations \"unacceptable\"": a label on the other side's charges answers them.
    const read = answersClaims(s, c, quotes)
      ? { stance: "deny" as const, marked: true }
      : verbStance(doc, s, c, ranges, speakers, quote);
    // A stance verb in the reported clause ("added that …, and warned that") outranks arms merely named; a
    // denial there outranks the charges it denies ("said Zinoviev had rejected the accusations").
    const stance =
      (!read.marked || read.topical || (reported === "deny" && read.stance === "accuse")) &&
      reported &&
      !negated(doc, s, c)
        ? { stance: reported, marked: true }
        : read;
    const claimOnly = hasCue(c, "claimNoun") && !quote;
    return {
      speakers,
      ...stance,
      about: aboutOf(doc, s, ranges, speakers),
      quote,
      sentence: s,
      last: s.index,
      claimOnly,
    };
  });

  // "Secondo il ministero degli Esteri di Pechino, Wang ha esortato …": whom "according to" names is the source of another
  // speaker's words in its sentence, not a speaker of its own.
  const according = (i: number) => hasCue(found[i].c, "accordingTo") || hasCue(found[i].c, "accordingToAfter");
  if (found.some((_, i) => according(i)) && found.some((_, i) => !according(i))) {
    const own = out.filter((_, i) => !according(i));
    out.length = 0;
    out.push(...own);
  }
  // "Choe underscored the mutual support …, KCNA reported": an agency that reports someone else's words is their source.
  if (out.some((x) => !x.speakers.some((sp) => sp.agency))) {
    const own = out.filter((x) => !x.speakers.every((sp) => sp.agency));
    if (own.length < out.length) return own;
  }
  // "…," kata Daza: a quotation given to a name we do not know is someone else's words, not the previous speaker's.
  if (out.length === 0 && !triggers.some((c) => givenToUnknownName(doc, s, c)) && !s.heading && previous) {
    const q = quotes.find((x) => quoteWords(doc.text, x) >= MIN_FALLBACK_WORDS);
    // A quotation standing alone goes on with the previous speaker ("We want an honest review …").
    if (q)
      out.push({
        speakers: previous,
        ...stanceOf(doc, s, [[q.start, q.end]], undefined, previous, q),
        about: aboutOf(doc, s, [[q.start, q.end]], previous),
        quote: q,
        sentence: s,
        last: s.index,
        bare: triggers.length === 0,
      });
  }
  return out;
}

/**
 * The stance of what a verb reports. A stance verb carries its own ("membantah" → deny, "warned" →
 * warn); a claim noun reports an accusation. Two verbs give way to what was said: an urging
 * ("urged", "mendesak", "forderte") takes the stance of the words urged when they carry one ("urged
 * Pyongyang to call off the launch, saying it would violate …" → warn), else it goes by whom it
 * addresses: pressing a named party ("urged Kim not to …", "called on Pyongyang") warns it, calling
 * for something ("called for a ceasefire", "menyerukan perdamaian") supports it; a negated stance verb
 * ("tidak membantah", "nicht bestritten") reports words without that stance — and a non-denial
 * ("did not deny that …") neither asserts nor denies: "other", as is a verb of saying negated ("has
 * not responded to the accusations", "belum menanggapi", "n'a pas réagi"): no answer given.
 */
function verbStance(
  doc: Doc,
  s: Sentence,
  c: CueMention,
  ranges: Ranges,
  speakers: Speaker[],
  quote: Quote | null,
): Read {
  const verb = c.cues.find((x) => x.kind === "stanceVerb" || x.kind === "stancePassive")?.stance;
  if (negated(doc, s, c)) {
    if (verb === "deny" || (verb === undefined && hasCue(c, "say") && unanswered(doc, s, c)))
      return { stance: "other", marked: true };
    return stanceOf(doc, s, ranges, undefined, speakers, quote);
  }
  // A verb of saying or a claim noun that is itself a stance word ("declined to comment", "peringatan Washington") carries it; other claims accuse.
  const cue = c.cues.find((x) => x.kind === "stanceCue")?.stance;
  const own = verb ?? (hasCue(c, "claimNoun") ? (cue ?? "accuse") : cue);
  // A pledge said ("promised", "berjanji") supports, unless the act it pledges, right after it, is a threat ("berjanji
  // akan memburu para pelaku", "promised to punish the attackers").
  if (verb === undefined && own === "support" && pledgedThreat(doc, s, c)) return { stance: "warn", marked: true };
  // Only an urging verb ("urged", "mendesak") goes by what or whom it urges; "declined to comment" is plainly "other".
  if (verb !== "other") return stanceOf(doc, s, ranges, own, speakers, quote);
  const said = stanceOf(doc, s, ranges, undefined, speakers, quote, true);
  return said.marked ? said : { stance: addressee(s, c) ? "warn" : "support", marked: true };
}

/** How far after a verb of saying the charges it answers may stand ("called the US allegations", "menyebut tuduhan Barat"). */
const ANSWERED_REACH = 3;

/**
 * A verb of saying whose object is a charge and that labels it with a quotation ("called the US
 * allegations \"dirty maneuvers\"", "menyebut tuduhan Barat \"omong kosong\""): the speaker answers an
 * accusation, which denies it. Without the label the speaker may be the one making the charge
 * ("Blinken menyampaikan tuduhan itu", "repeated the allegations"); a warning is no charge.
 */
function answersClaims(s: Sentence, c: CueMention, quotes: Quote[]): boolean {
  if (!c.cues.some((x) => x.kind === "say") || c.cues.some((x) => x.kind.startsWith("stance"))) return false;
  return s.cues.some(
    (k) =>
      quotes.some((q) => q.start >= k.end) &&
      k.t0 >= c.t1 &&
      k.t0 <= c.t1 + ANSWERED_REACH &&
      hasCue(k, "claimNoun") &&
      !k.cues.some((x) => x.kind === "stanceCue" && x.stance === "warn"),
  );
}

/** How far after an urging its addressee may stand ("urged the EU", "called on North Korea's leader"). */
const ADDRESSEE_REACH = 2;

/** "urged Kim", "mendesak Rusia", "forderte Moskau auf": the party an urging presses. */
function addressee(s: Sentence, c: CueMention): boolean {
  return s.entities.some((m) => m.t0 >= c.t1 && m.t0 <= c.t1 + ADDRESSEE_REACH && m.entity.kind !== "pair");
}

/** At most this many words after an urging may name its addressee and end the sentence ("called on Chinese vice-president Han Zheng."). */
const ADDRESSEE_ONLY_REACH = 6;

/**
 * An urging with nothing urged: the sentence ends with the party it names ("The envoy also called on
 * Brazil's vice-president.", "mendesak Rusia."). That is a courtesy call or a bare mention,
 * not a statement; "called on Pyongyang to stop …" and "urged restraint" go on past the addressee, and
 * words quoted in the sentence are what was urged.
 */
function onlyAddressed(doc: Doc, s: Sentence, c: CueMention, quotes: Quote[]): boolean {
  if (
    !c.cues.some((x) => x.kind === "stanceVerb" && x.stance === "other") ||
    c.t1 >= s.t1 ||
    s.t1 - c.t1 > ADDRESSEE_ONLY_REACH
  )
    return false;
  // Words quoted before or after the verb are what was urged ("« L'Europe doit se réveiller », a exhorté Macron").
  if (quotes.some((q) => q.start >= c.end || (q.end <= c.start && q.start >= s.start))) return false;
  // The addressee stands right after the verb ("called on Chinese …", "called on the Thai king"), not after what is called for ("called for a ceasefire in Sudan").
  const named = s.entities.filter((m) => m.t0 >= c.t1);
  if (!named.length || named[0].t0 > c.t1 + 1) return false;
  return (
    named.reduce((a, m) => Math.max(a, m.t1), -1) === s.t1 &&
    !s.cues.some((k) => k.t0 >= c.t1 && k.cues.some((x) => x.kind.startsWith("stance")))
  );
}

/** How far after its verb the sanctions word an announcement reports may stand ("announced new sanctions on"). */
const ANNOUNCED_OBJECT_REACH = 3;

/** An inverted verb of saying followed by a capitalised word that names no one we know ("kata Daza", "said Smith"). */
function givenToUnknownName(doc: Doc, s: Sentence, c: CueMention): boolean {
  const next = doc.tokens[c.t1];
  return (
    hasCue(c, "sayInverted") &&
    c.t1 < s.t1 &&
    isCapitalized(doc.text, next.start) &&
    !s.entities.some((m) => m.t0 === c.t1)
  );
}

/** "which were announced in a statement", "a été annoncé": a verb of saying in the passive names no speaker before it. */
function passiveSaying(doc: Doc, s: Sentence, c: CueMention): boolean {
  return (
    c.cues.some((x) => x.kind === "say" || x.kind === "sayInverted") &&
    !c.cues.some((x) => x.kind === "stancePassive") &&
    // Right before it, with nothing between: "ausgebaut worden, sagte Putin" is Putin speaking.
    s.cues.some((k) => k.t1 === c.t0 && hasCue(k, "passiveAuxiliary") && !doc.text.slice(k.end, c.start).trim())
  );
}

/**
 * "Peskov menyampaikan komentar tersebut kepada wartawan", "she repeated these remarks": words already reported, now
 * given a speaker and an occasion. Without a quotation or a later verb of saying ("…, dengan mengatakan bahwa …")
 * the sentence says nothing new: no statement.
 */
function retold(doc: Doc, s: Sentence, c: CueMention, quotes: Quote[]): boolean {
  return (
    quotes.length === 0 &&
    c.cues.some((x) => x.kind === "say") &&
    s.cues.some((k) => k.t0 === c.t1 && hasCue(k, "backReference") && !doc.text.slice(c.end, k.start).trim()) &&
    !s.cues.some((k) => k.t0 > c.t1 && k.cues.some((x) => TRIGGERS.includes(x.kind)))
  );
}

/** "mengumumkan sanksi", "announced sanctions", "announced similar measures": an act, not a statement. */
function announcesSanctions(s: Sentence, c: CueMention): boolean {
  return (
    hasCue(c, "announced") &&
    s.cues.some(
      (k) =>
        k.t0 >= c.t1 &&
        k.t0 <= c.t1 + ANNOUNCED_OBJECT_REACH &&
        (hasCue(k, "sanction") || hasCue(k, "measure") || hasCue(k, "similarMeasures")),
    )
  );
}

/**
 * A stance verb inside the clause an earlier verb of saying reports: after its "that"/"bahwa", or
 * with nothing between them that would start a new clause ("Kirby mengatakan Washington khawatir
 * …": Washington's worry is what Kirby said, not a statement of its own).
 */
function inReportedClause(doc: Doc, s: Sentence, verb: CueMention, c: CueMention): boolean {
  if (
    !c.cues.some((x) => x.kind === "stanceVerb") ||
    !verb.cues.some((x) => x.kind === "say" || x.kind === "stanceVerb")
  )
    return false;
  if (s.cues.some((k) => k.t0 >= verb.t1 && k.t0 <= verb.t1 + 1 && k.t1 <= c.t0 && hasCue(k, "complementizer")))
    return true;
  const between = doc.text.slice(verb.end, c.start);
  return (
    hasCue(verb, "say") &&
    !/[,;:"“”«»]/.test(between) &&
    !s.cues.some((k) => k.t0 >= verb.t1 && k.t1 <= c.t0 && hasCue(k, "conjunction"))
  );
}

/** Where the words said lie relative to the verb: after it, around it (inverted, "according to"), before it ("X zufolge"), or anywhere (passive). */
type Mode = "after" | "around" | "before" | "whole";

function speakersFor(
  doc: Doc,
  s: Sentence,
  c: CueMention,
  quotes: Quote[],
  previous: Speaker[] | null,
  last: { speakers: Speaker[]; t1: number } | null,
): { speakers: Speaker[]; mode: Mode } | null {
  const kinds = new Set(c.cues.map((x) => x.kind));
  const result = (speakers: Speaker[] | null, mode: Mode) =>
    speakers?.length ? { speakers: dedupe(speakers), mode } : null;
  if (kinds.has("claimNoun")) return result(claimOwners(doc, s, c, previous), "after");
  if (kinds.has("stancePassive")) return result(speakerAfter(doc, s, c.t1, previous), "whole");
  if (kinds.has("accordingTo")) return result(notAgency(doc, s, accordingToWhom(doc, s, c), previous), "around");
  if (kinds.has("accordingToAfter"))
    return result(
      notAgency(
        doc,
        s,
        s.entities.find((m) => m.t1 === c.t0),
        previous,
      ),
      "before",
    );
  if (kinds.has("sayPronominal")) return result(previous, "around");
  // "…, adding that", "said … and accused": the verb goes on with the subject of the one before.
  // An auxiliary may stand between ("e ha accusato", "et a dénoncé", "and has accused").
  const auxiliary =
    c.t0 > s.t0 && /^\p{Ll}{1,3}$/u.test(doc.text.slice(doc.tokens[c.t0 - 1].start, doc.tokens[c.t0 - 1].end));
  const conjoined = s.cues.some((k) => (k.t1 === c.t0 || (auxiliary && k.t1 === c.t0 - 1)) && hasCue(k, "conjunction"));
  if (last && (kinds.has("continuation") || conjoined)) return result(last.speakers, "after");
  // A dash follows the quote in Russian and Polish ("», — заявил Лавров", "– powiedział"). Any verb of saying right
  // after a closing quotation is inverted ("», a lancé le dirigeant"), its auxiliary perhaps between.
  const before = doc.text.slice(s.start, c.start);
  const inverted =
    (kinds.has("sayInverted") && /["”“»,–—-]\s*$/.test(before)) ||
    (kinds.has("say") && /["”»]\s*,?\s*[–—-]?\s*(?:\p{Ll}{1,4}\s+)?$/u.test(before)) ||
    (kinds.has("say") && /,\s*$/.test(before) && closingPerson(doc, s, c));
  const apposed = inverted && !last ? apposedPerson(doc, s, c) : null;
  if (apposed) return result(speakersOf(doc, s, apposed, previous), "after");
  if (inverted) {
    // The speaker of an inverted verb comes before any "that": "…, said they hoped that Iran would …" names Iran in the words said.
    const that = s.cues.find((k) => k.t0 >= c.t1 && hasCue(k, "complementizer"));
    const inverted = speakerAfter(doc, s, c.t1, previous, that?.t0);
    if (inverted) return result(inverted, "around");
  }
  // "Im Kreml hieß es, …": an impersonal verb of saying right after a seat of government is that government speaking.
  const seat = s.entities.find((m) => m.t1 === c.t0 && seatSpeaking(s, m));
  if (kinds.has("sayInverted") && !kinds.has("say") && seat) return result(speakersOf(doc, s, seat, previous), "after");
  if (!kinds.has("say") && !kinds.has("stanceVerb") && !kinds.has("continuation")) return null;
  // "Türkiye has delayed its approval of Sweden's bid, accusing …": a participle with no verb before it has the subject its sentence opens with.
  // "O governo venezuelano convocou o embaixador … e acusou": a verb after "and" with no verb of saying before it has the
  // subject its sentence opens with, not the object of the verb before the "and".
  const participleSubject = !last
    ? kinds.has("continuation")
      ? openingSubject(doc, s, c, previous)
      : conjoined
        ? clauseSubject(doc, s, c, previous)
        : null
    : null;
  const subject =
    participleSubject ??
    (!last && statePronounBefore(s, c) ? clauseSubject(doc, s, c, previous) : null) ??
    purposeSubject(doc, s, c, last ? last.t1 : s.t0, previous) ??
    perfectSubject(doc, s, c, last ? last.t1 : s.t0, quotes, previous) ??
    speakerBefore(doc, s, c.t0, last ? last.t1 : s.t0, quotes, previous, kinds.has("continuation"));
  // "which condemned the test, have accused": a second verb close behind the first keeps its subject.
  const shared =
    last && c.t0 - last.t1 <= SHARED_SUBJECT_REACH && !s.entities.some((m) => m.t0 >= last.t1 && m.t1 <= c.t0)
      ? last.speakers
      : null;
  // "In a separate statement, the ministry accused Kabul …": a government noun owned by no state, right before the
  // verb, is the state that spoke just before.
  const ministry =
    !subject && !shared && previous?.every((sp) => sp.name === sp.country) && bareGovernment(s, c) ? previous : null;
  // "North Korea has delivered …, the White House said Friday.": a verb closing its sentence reports what came before it.
  const closing = !last && s.t1 - c.t1 <= CLOSING_TAIL && !s.entities.some((m) => m.t0 >= c.t1);
  return result(subject ?? shared ?? ministry, closing ? "around" : "after");
}

/** How far before a government noun the state owning it may stand ("Pakistan's foreign ministry", "Kementerian Luar Negeri Rusia"). */
const OWNER_REACH = 4;

/** A government noun right before the verb (an adverb perhaps between), with no state or body named around it. */
function bareGovernment(s: Sentence, c: CueMention): boolean {
  const noun = s.cues.find((k) => k.t1 <= c.t0 && c.t0 - k.t1 <= 1 && hasCue(k, "government"));
  return !!noun && !s.entities.some((m) => m.t1 >= noun.t0 - OWNER_REACH && m.t1 <= c.t0);
}

/** How far before its participle a perfect's auxiliary may stand ("hat am Dienstag in Berlin die Regierung in Moskau scharf kritisiert"). */
const PERFECT_REACH = 14;

/**
 * "Baerbock hat China kritisiert", "Am Dienstag hat Scholz Russland kritisiert": a participle closing a clause
 * after a finite auxiliary of the perfect (pack `perfectAuxiliaries`) has its subject before the auxiliary, or
 * right after it; the party between is its object. Null when no such auxiliary stands in the verb's clause.
 */
function perfectSubject(
  doc: Doc,
  s: Sentence,
  c: CueMention,
  from: number,
  quotes: Quote[],
  previous: Speaker[] | null,
): Speaker[] | null {
  const aux = s.cues
    .filter((k) => k.t1 <= c.t0 && k.t0 >= from && c.t0 - k.t1 <= PERFECT_REACH && hasCue(k, "perfectAuxiliary"))
    .at(-1);
  if (!aux || /[,;:"“”„«»]/.test(doc.text.slice(aux.end, c.start))) return null;
  const before = speakerBefore(doc, s, aux.t0, from, quotes, previous);
  if (before) return before;
  const after = s.entities.find((m) => m.t0 >= aux.t1 && m.t0 <= aux.t1 + 1 && m.t1 <= c.t0);
  return after ? speakersOf(doc, s, after, previous) : null;
}

/**
 * "Mao Ning, a spokesperson for China's foreign ministry, said China …", "A spokesperson for the
 * ministry, Mao Ning, said …": a person and their role, parted by a comma, before a verb after a
 * comma: the person is the subject, not a state after the verb. The person opens the sentence or is
 * the whole of the part between the two commas.
 */
function apposedPerson(doc: Doc, s: Sentence, c: CueMention): EntityMention | null {
  const head = doc.text.slice(s.start, c.start);
  const parts = head.split(",");
  if (parts.length !== 3 || parts[2].trim()) return null;
  const first = s.start + parts[0].length;
  const second = first + 1 + parts[1].length;
  const blank = (a: number, b: number) => !doc.text.slice(a, b).trim();
  return (
    s.entities.find(
      (m) =>
        m.entity.kind === "person" &&
        ((m.t0 - s.t0 <= SUBJECT_OPENING && blank(m.end, first)) ||
          (m.start > first && blank(first + 1, m.start) && blank(m.end, second))),
    ) ?? null
  );
}

/** At most this many words after the person that a closing inverted verb names ("…, poinformował doradca Jake Sullivan w sobotę."). */
const CLOSING_PERSON_TAIL = 3;

/**
 * "…, poinformował doradca ds. bezpieczeństwa Jake Sullivan.": a verb of saying after a comma whose first party after
 * it is a person closing the sentence is inverted, whatever the pack lists as inverted.
 */
function closingPerson(doc: Doc, s: Sentence, c: CueMention): boolean {
  const next = s.entities.find((m) => m.t0 >= c.t1);
  return !!next && next.entity.kind === "person" && next.t0 - c.t1 <= 10 && s.t1 - next.t1 <= CLOSING_PERSON_TAIL;
}

/** How far into its sentence a person may stand and still be its subject ("President Joe Biden …"). */
const SUBJECT_OPENING = 3;

/**
 * The party a sentence opens with, when the verb comes after them. Only titles may stand before
 * them: a party after an opening clause ("Asked about Kim, he said") is not the subject.
 */
function openingSubject(doc: Doc, s: Sentence, c: CueMention, previous: Speaker[] | null): Speaker[] | null {
  const first = s.entities[0];
  if (!first || first.t0 - s.t0 > SUBJECT_OPENING || first.t1 > c.t0) return null;
  for (let t = s.t0; t < first.t0; t++) if (!isCapitalized(doc.text, doc.tokens[t].start)) return null;
  if (/[,;:"“”«»„]/.test(doc.text.slice(s.start, first.start))) return null;
  return speakersOf(doc, s, first, previous);
}

/**
 * The party a sentence opens with, its article and government noun perhaps before it ("O governo venezuelano",
 * "Le ministère russe", "Premier Donald Tusk"): the subject of each verb of its main clause. Not after an opening clause.
 */
function clauseSubject(doc: Doc, s: Sentence, c: CueMention, previous: Speaker[] | null): Speaker[] | null {
  const first = s.entities[0];
  if (!first || first.t0 - s.t0 > SUBJECT_OPENING || first.t1 > c.t0) return null;
  if (/[,;:"“”«»„]/.test(doc.text.slice(s.start, first.start))) return null;
  return speakersOf(doc, s, first, previous);
}

/**
 * "sanctions on Hong Kong entities it said helped Iran": a state's pronoun right before the verb
 * stands for the clause's subject, the state the sentence opens with, not a state named between.
 */
const statePronounBefore = (s: Sentence, c: CueMention) =>
  s.cues.some((k) => k.t1 === c.t0 && hasCue(k, "statePronoun"));

/**
 * The person a sentence opens with: a "he" of that sentence is its own subject, not the speaker of
 * the sentence before ("President Biden imposed restrictions after the election, which he also condemned").
 */
function openingPerson(doc: Doc, s: Sentence, c: CueMention): Speaker[] | null {
  return s.entities[0]?.entity.kind === "person" ? openingSubject(doc, s, c, null) : null;
}

/** The quotation a verb reports: the first one after it, else one ending shortly before it. */
function quoteFor(quotes: Quote[], used: Set<Quote>, c: CueMention, end: number, from: number): Quote | null {
  const after = quotes.find((q) => !used.has(q) && q.start >= c.end && q.start < end);
  const before = [...quotes]
    .reverse()
    .find((q) => !used.has(q) && q.end <= c.start && q.start >= from && c.start - q.end <= QUOTE_BEFORE_REACH);
  const q = after ?? before ?? null;
  if (q) used.add(q);
  return q;
}

/** "klaim AS", "tuduhan dari Jepang, Korea Selatan …", "US allegations": whose claim it is. */
function claimOwners(doc: Doc, s: Sentence, c: CueMention, previous: Speaker[] | null): Speaker[] | null {
  const link = s.cues.find((k) => k.t0 === c.t1 && hasCue(k, "claimLink"));
  const at = link ? link.t1 : c.t1;
  const after = s.entities.filter((m) => m.t0 >= at);
  const owners: Speaker[] = [];
  // The owners stand right after the noun, listed with commas and "dan"/"and" — not across "bahwa" into what was claimed.
  for (let i = 0; i < after.length; i++) {
    const m = after[i];
    if (i === 0 ? m.t0 !== at : !coordinated(doc, s, after[i - 1], m)) break;
    const sp = speakersOf(doc, s, m, previous, true);
    if (!sp) break;
    owners.push(...sp);
  }
  // "a claim the group rejected", "a charge Paris has denied": the subject of a verb right after answers the claim.
  const answering = (k: CueMention) => hasCue(k, "stanceVerb") || hasCue(k, "say");
  const owner = after.find((m) => m.t0 === at);
  if (owners.length && owner && s.cues.some((k) => answering(k) && k.t0 >= owner.t1 && k.t0 <= owner.t1 + 2))
    return null;
  if (owners.length) return owners;
  const before = s.entities.find((m) => m.t1 === c.t0 || (m.t1 === c.t0 - 1 && doc.tokens[m.t1].norm === "s"));
  return before ? speakersOf(doc, s, before, previous) : null;
}

/** How far after "according to" a state may stand behind its government noun ("segundo os serviços de informações sul-coreanos"). */
const ACCORDING_GOVERNMENT_REACH = 6;

/**
 * Whom "according to" names: the party right after it (an article perhaps between), or a state behind the
 * government noun that leads the phrase where adjectives follow their noun ("selon les services de renseignement
 * sud-coréens", "secondo l'intelligence sudcoreana").
 */
function accordingToWhom(doc: Doc, s: Sentence, c: CueMention): EntityMention | undefined {
  const next = s.entities.find((m) => m.t0 >= c.t1);
  if (!next || next.t0 <= c.t1 + 1) return next;
  if (next.t0 > c.t1 + ACCORDING_GOVERNMENT_REACH || /[,;:"“”«»]/.test(doc.text.slice(c.end, next.start)))
    return undefined;
  // The state qualifies the noun right before it; a state further on belongs to another clause ("według polskich służb stoi rosyjski wywiad").
  return cuesIn(s, c.t1, next.t0, "government").some((k) => k.t1 === next.t0) ? next : undefined;
}

/** "according to X" where X may speak; agencies are sources, not speakers — but a paper speaks for its own reporting ("according to The New York Times"). */
function notAgency(doc: Doc, s: Sentence, m: EntityMention | undefined, previous: Speaker[] | null): Speaker[] | null {
  if (!m) return null;
  if (m.entity.kind !== "agency") return speakersOf(doc, s, m, previous);
  return speakersOf(doc, s, m, previous)?.filter((sp) => !sp.country) ?? null;
}

/**
 * A verb of a purpose clause ("Korea Selatan memanggil duta besar Rusia untuk mengkritik …", "Manila
 * summoned China's ambassador to lodge a protest") has the subject of the clause it serves: the first
 * party of the clause that can speak, not the summoned envoy right before it. Not across a comma or a
 * quotation, where another clause may begin.
 */
function purposeSubject(
  doc: Doc,
  s: Sentence,
  c: CueMention,
  from: number,
  previous: Speaker[] | null,
): Speaker[] | null {
  if (!s.cues.some((k) => k.t1 === c.t0 && hasCue(k, "purpose"))) return null;
  const first = s.entities.find((m) => m.t0 >= from && m.t1 <= c.t0 && speakersOf(doc, s, m, previous));
  if (!first || /[,;:"“”«»]/.test(doc.text.slice(first.end, c.start))) return null;
  return speakersOf(doc, s, first, previous);
}

/** How far after a verb of pledging the pledged act stands ("promised to punish", "berjanji akan segera memburu"). */
const PLEDGE_REACH = 3;

/** A warning word right after the verb c: the act it pledges is a threat. */
const pledgedThreat = (doc: Doc, s: Sentence, c: CueMention) =>
  s.cues.some(
    (k) =>
      k.t0 >= c.t1 &&
      k.t0 - c.t1 <= PLEDGE_REACH &&
      k.cues.some((x) => x.kind === "stanceCue" && x.stance === "warn") &&
      !negated(doc, s, k),
  );
