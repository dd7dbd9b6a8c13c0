import { cooperationCues, hasCooperationCue } from "./cooperationCues";
import type { CueKind } from "./cueIndex";
import { hasCue, type CueMention, type Doc, type Sentence } from "./document";
import type { Stance } from "./facts";
import type { Quote } from "./quotes";
import { codeOf, leadingCountries, negationBefore, pairCountries } from "./sentenceQueries";
import { ORGANIZATION_SEATS } from "../names/places";
import type { Speaker } from "./speakers";

/** Character ranges holding what was said: the reported clause and/or the quotation. */
export type Ranges = Array<[number, number]>;

/** A stance as read from the words; `topical` when only the story's topic (arms named) made it an accusation. */
export interface Read {
  stance: Stance;
  marked: boolean;
  topical?: boolean;
}

/** Strongest first: a denial that mentions weapons is still a denial; declining to comment says nothing else; the words of the story's topic (arms) come last. */
const PRIORITY: readonly Stance[] = ["deny", "other", "warn", "accuse", "support"];

/** Whether stance a outranks stance b ("assert" ranks below all). */
export const stronger = (a: Stance, b: Stance): boolean =>
  (PRIORITY.indexOf(a) + 1 || 99) < (PRIORITY.indexOf(b) + 1 || 99);

/**
 * The stance of what was said: the verb's own when it has one ("membantah", "warned"), else the
 * strongest stance word in the words said ("tidak ada bukti" → deny, "dukungan" → support), a
 * report of a discussion being a plain assertion; an unmarked "assert" when nothing marks it.
 */
export function stanceOf(
  doc: Doc,
  s: Sentence,
  ranges: Ranges,
  own: Stance | undefined,
  speakers: Speaker[],
  quote: Quote | null = null,
  urged = false,
): Read {
  if (own) return { stance: own, marked: true };
  const found = new Set<Stance>();
  let discussed = false;
  let topic = false;
  let obliged = false;
  let spoken: Stance | undefined;
  for (const c of s.cues) {
    if (!inside(ranges, c.start, c.end)) continue;
    if (negated(doc, s, c)) {
      // "Chiny nie dostarczają Rosji broni", "never sent weapons": arms said not to move deny the charge.
      if (hasCue(c, "stanceTopic") && !urged) found.add("deny");
      continue;
    }
    for (const cue of c.cues) {
      // "If Hezbollah breaks the truce, we will strike": a charge under a condition is a threat, not an accusation.
      if (cue.kind === "stanceCue" && cue.stance === "accuse" && conditional(doc, s, c)) found.add("warn");
      else if (cue.kind === "stanceCue" && cue.stance) found.add(cue.stance);
      if (cue.kind === "stanceTopic") topic = true;
      if (cue.kind === "obligation" && partyBefore(s, c)) obliged = true;
      if (cue.kind === "discuss") discussed = true;
      // "We condemn this launch", "Kami mengecam …": a stance verb in the speaker's own quoted words. Not a verb of
      // denying: in a quotation it rejects a policy or denies someone a thing more often than a claim ("denying
      // resources to", "rejects interference"); a denial shows in its words ("baseless", "no evidence").
      const quoted = quote && c.start >= quote.start && c.end <= quote.end;
      if (quoted && cue.kind === "stanceVerb" && cue.stance && cue.stance !== "other" && cue.stance !== "deny")
        if (!spoken || stronger(cue.stance, spoken)) spoken = cue.stance;
    }
  }
  // Not in what is urged: "urged Kim not to supply weapons" presses, it denies nothing.
  if (!urged && deniesTransfer(doc, s, ranges)) found.add("deny");
  // The speaker's own stance verb says what the words do ("we condemn this dangerous launch" accuses), unless
  // the words deny or decline ("they accuse us, but that is baseless").
  if (spoken && !found.has("deny") && !found.has("other")) return { stance: spoken, marked: true };
  // Arms in what was said accuse, unless the speaker's own state is the one helping ("Germany will help Ukraine
  // build missiles" supports; "Moscow seeks weapons to support its war" accuses).
  let strongest = PRIORITY.find((x) => found.has(x));
  // "Iran must return to the talks without delay": a party told what it must do is pressed, when nothing else marks it.
  if (!strongest && obliged) strongest = "warn";
  // "This package of sanctions is our response", "they had decided to restore sanctions on Tehran": the speaker's own
  // sanctions act accuses its target.
  if (!strongest && !urged && ownSanctions(doc, s, ranges, speakers)) strongest = "accuse";
  const topical = topic && (!strongest || (strongest === "support" && !selfNamed(doc, s, ranges, speakers)));
  if (topical) strongest = "accuse";
  // "they discussed military cooperation": a report of a discussion asserts, whatever was discussed — unless it
  // denies, or its report carries goodwill ("held constructive discussions", "membahas … secara konstruktif").
  if (discussed && strongest !== "deny" && strongest !== "support") return { stance: "assert", marked: true };
  if (topical) return { stance: "accuse", marked: true, topical };
  return strongest ? { stance: strongest, marked: true } : { stance: "assert", marked: false };
}

/**
 * The countries a statement is about: those named in what was said (states, the states of the
 * persons named, "both countries"), with the speaker's own. When the words said name no state,
 * those of the whole sentence and the article's two leading states: a statement with no country of
 * its own — or only the speaker's own state — is about the story.
 */
export function aboutOf(doc: Doc, s: Sentence, ranges: Ranges, speakers: Speaker[]): string[] {
  const named = new Set<string>();
  const all = new Set<string>();
  const speaking = new Set(speakers.map((sp) => sp.name));
  for (const m of s.entities) {
    // An agency that only reports ("dilansir dari Anadolu", "Yonhap said") is the source: its state is not what was said.
    if (m.entity.kind === "agency" && !speaking.has(m.entity.name) && !speaking.has(m.entity.country ?? "")) continue;
    // "in Brussels" is the EU's seat, not Belgium (as for the article's countries).
    if (m.entity.kind === "place" && ORGANIZATION_SEATS.has(m.entity.city)) continue;
    // The speaker's own name inside the range ("…," Mr Biden said) is who speaks, not what it is about.
    const isSpeaker =
      (m.entity.kind === "person" && speaking.has(doc.persons.get(m.entity.key)?.name ?? "")) ||
      (m.entity.kind === "country" && speaking.has(m.entity.code));
    const codes =
      m.entity.kind === "pair" && m.entity.of === "countries" ? pairCountries(doc, s, m.t0) : [codeOf(doc, m.entity)];
    for (const code of codes) {
      if (!code || !/^[A-Z]{2}$/.test(code)) continue;
      all.add(code);
      if (inside(ranges, m.start, m.end) && !isSpeaker) named.add(code);
    }
  }
  // Words that name only the speaker's own state ("Russia has called for a review") are about the story too.
  const own = new Set(speakers.map((sp) => sp.country));
  const onlyOwn = [...named].every((code) => own.has(code));
  // "Moscow denied the accusations", "membantah tuduhan tersebut": an answer to what the sentence before
  // reported is about the states it named.
  const answered = onlyOwn && all.size <= own.size ? answeredStates(doc, s) : [];
  const about = onlyOwn
    ? new Set([...named, ...all, ...(answered.length ? answered : leadingCountries(doc, 2))])
    : named;
  for (const sp of speakers) if (sp.country && /^[A-Z]{2}$/.test(sp.country)) about.add(sp.country);
  return [...about].sort();
}

/**
 * The states of the sentence before, when this one answers it: a claim, a remark or measures referred
 * back to ("the accusations", "tuduhan tersebut", "these remarks", "die Maßnahmen") right in the sentence.
 */
function answeredStates(doc: Doc, s: Sentence): string[] {
  const before = doc.sentences[s.index - 1];
  if (!before || !s.cues.some((c) => hasCue(c, "backReference") || hasCue(c, "claimNoun") || hasCue(c, "measure")))
    return [];
  const codes = new Set<string>();
  for (const m of before.entities) {
    if (m.entity.kind === "agency" || m.entity.kind === "pair") continue;
    const code = codeOf(doc, m.entity);
    if (code && /^[A-Z]{2}$/.test(code)) codes.add(code);
  }
  return [...codes];
}

/** How far before its sanctions word an act may stand ("imposed new sanctions", "package of sanctions"). */
const ACT_REACH = 3;
/** How far before a sanctions act its subject may stand ("the United States has now imposed"). */
const AUTHOR_REACH = 3;

/**
 * The words said tell a sanctions act of the speaker's own: a verb or noun of imposing or announcing
 * right before the sanctions word, with no other party named before it as its author ("the EU imposed
 * new sanctions", said by Moscow, is a report) and nothing making it a plan or a threat ("would impose",
 * "if", "preparing"), a lifting or a refusal.
 */
function ownSanctions(doc: Doc, s: Sentence, ranges: Ranges, speakers: Speaker[]): boolean {
  const said = s.cues.filter((c) => inside(ranges, c.start, c.end));
  const planned = (c: CueMention) => hasCue(c, "future") || hasCue(c, "threat") || hasCue(c, "condition");
  if (said.some(planned)) return false;
  const own = new Set(speakers.flatMap((sp) => [sp.name, sp.country]).filter(Boolean));
  return said.some((act) => {
    if (!["impose", "announced", "sanctionVerb", "listVerb"].some((k) => hasCue(act, k as CueKind))) return false;
    if (negated(doc, s, act)) return false;
    const word = said.find((w) => hasCue(w, "sanction") && w.t0 >= act.t0 && w.t0 <= act.t1 + ACT_REACH) ?? act;
    if (word === act && !hasCue(act, "sanctionVerb")) return false;
    // "decided to ease sanctions", "sanctions lifted": a lifting at the act ("restore sanctions that were lifted in 2016" restores).
    if (said.some((l) => hasCue(l, "lifted") && l.t0 >= act.t0 - ACT_REACH && l.t0 <= word.t1)) return false;
    // Its author is a party named as its subject, right before it ("the EU imposed", "Washington has now imposed").
    const author = s.entities
      .filter((m) => m.t1 <= act.t0 && m.t1 >= act.t0 - AUTHOR_REACH && inside(ranges, m.start, m.end))
      .pop();
    return (
      !author ||
      own.has(codeOf(doc, author.entity) ?? "") ||
      (author.entity.kind === "org" && own.has(author.entity.id))
    );
  });
}

/** The speaker's own state is named in the words said. */
function selfNamed(doc: Doc, s: Sentence, ranges: Ranges, speakers: Speaker[]): boolean {
  const own = new Set(speakers.map((sp) => sp.country).filter(Boolean));
  return s.entities.some((m) => inside(ranges, m.start, m.end) && own.has(codeOf(doc, m.entity)));
}

/** The quoted words, exactly. */
export function quoteText(doc: Doc, q: Quote | null): string | null {
  return q ? doc.article.text.slice(q.start, q.end) : null;
}

/**
 * "China does not supply Russia with weapons", "Pyongyang has not sent any troops": a verb of sending or
 * receiving, negated, with the items it would move in the words said, denies the transfer.
 */
function deniesTransfer(doc: Doc, s: Sentence, ranges: Ranges): boolean {
  const words = cooperationCues(doc, s).filter((w) => inside(ranges, w.start, w.end));
  const items = words.filter((w) => hasCooperationCue(w, "transferItem"));
  return words.some(
    (w) =>
      (hasCooperationCue(w, "send") || hasCooperationCue(w, "receive")) &&
      !hasCooperationCue(w, "sendNoun") &&
      // The negation right before the verb ("did not send"), not before an adverb ("directly or not directly import").
      negatedAt(doc, s, w.t0, 0) &&
      // The items are the verb's own ("without giving details" far from "the troops" is no denial of them).
      items.some((i) => Math.abs(i.t0 - w.t0) <= ITEM_REACH),
  );
}

/** How far from a verb of sending its items may stand ("does not supply Russia with weapons"). */
const ITEM_REACH = 5;

/** How far before a stance word its negation may stand ("did not support", "tidak lagi mendukung"). */
const NEGATION_REACH = 2;

/** "did not deny", "tidak membantah", "did not support Taiwan independence": the word's stance does not hold. */
export function negated(doc: Doc, s: Sentence, c: CueMention): boolean {
  // Negative concord: "non abbiamo mai", "nie … nigdy", "не … никогда" say "never" once; a negation word
  // is not cancelled by the negation before it.
  if (hasCue(c, "negation")) return false;
  return negatedAt(doc, s, c.t0);
}

/**
 * A verb of saying negated within its own clause ("has not responded", "belum menanggapi", "n'a pas
 * réagi"): no answer was given. Not a negation that ends the words reported before the verb ("…
 * не основаны ни на чем, заявил Песков").
 */
export function unanswered(doc: Doc, s: Sentence, c: CueMention): boolean {
  return !hasCue(c, "negation") && negationBefore(doc, s, c.t0, NEGATION_REACH, /["“”„«»,;:—–]/);
}

/** A negation stands right before token t0 of the sentence, not across a quotation mark ("« … ne signera pas cet accord », a averti"). */
const negatedAt = (doc: Doc, s: Sentence, t0: number, reach = NEGATION_REACH): boolean =>
  negationBefore(doc, s, t0, reach, /["“”„«»]/);

/** How far before a modal its subject may end ("Iran must", "L'Iran doit", "Rosja musi"). */
const SUBJECT_REACH = 1;

/**
 * A party named right before a modal of obligation is its subject: "Moscow must withdraw" presses Moscow,
 * while "we must deepen our cooperation" is the speaker's own pledge and presses no one.
 */
function partyBefore(s: Sentence, c: CueMention): boolean {
  return s.entities.some(
    (m) =>
      m.t1 <= c.t0 &&
      m.t1 >= c.t0 - SUBJECT_REACH &&
      (m.entity.kind === "country" || m.entity.kind === "org" || m.entity.kind === "person"),
  );
}

/** How far before a word the condition it stands under may open ("if they again violate"). */
const CONDITION_REACH = 12;

/** A condition ("if", "jika", "wenn", "si", "если") opens before the word, in the same clause (no comma between). */
function conditional(doc: Doc, s: Sentence, c: CueMention): boolean {
  return s.cues.some(
    (k) =>
      hasCue(k, "condition") &&
      k.t1 <= c.t0 &&
      k.t0 >= c.t0 - CONDITION_REACH &&
      !/[,;:]/.test(doc.text.slice(k.end, c.start)),
  );
}

const inside = (ranges: Ranges, start: number, end: number) => ranges.some(([a, b]) => start >= a && end <= b);
