import { hasCue, type CueMention, type Doc, type Sentence } from "./document";
import type { SanctionStatus } from "./facts";
import { sentenceDates } from "./sentenceDates";
import { cueJustBefore, cuesIn } from "./sentenceQueries";

/** Verbs that make a lifting a demand or a word rather than a deed ("called for the lifting"). */
const DEMANDS = ["stanceVerb", "say", "threat"] as const;

/**
 * A lifting only demanded or spoken of ("called for the lifting", "said lifting sanctions …"), not one
 * the speaker promises to do ("said it would ease", "said he would lift": a pronoun after the verb of saying).
 */
export function isDemandedLifting(s: Sentence, k: CueMention): boolean {
  const own = s.cues.some(
    (say) =>
      hasCue(say, "say") &&
      say.t1 <= k.t0 &&
      say.t1 >= k.t0 - OWN_REACH &&
      s.cues.some((p) => p.t0 >= say.t1 && p.t1 <= k.t0 && (hasCue(p, "pronoun") || hasCue(p, "statePronoun"))),
  );
  return !own && DEMANDS.some((kind) => cueJustBefore(s, k.t0, kind, 2));
}
/** How far after a verb of saying the speaker's own lifting may stand ("said it would lift"). */
const OWN_REACH = 3;

/** How far a target fronted before the sanctions word may end from it ("против Минска новые санкции"). */
const FRONTED_REACH = 3;

/**
 * Where the verb of the act ends at the latest: the sanctions word's start, or the start of a target
 * phrase fronted between them ("Лондон ввёл против Минска новые санкции", "impuso a Caracas nuevas
 * sanciones", "nałożył na Mińsk nowe sankcje"): the verb stands before that phrase.
 */
export function actSlot(s: Sentence, c: CueMention, doc?: Doc): number {
  const slot = fronted(s, c);
  return doc ? beforeTimePhrase(doc, s, slot) : slot;
}

/** How many words may stand between a time phrase and the slot ("depuis fin juillet de lourdes sanctions"). */
const TIME_GAP = 3;

/**
 * A time phrase right before the slot, between the verb and its object ("La Cedeao maintient depuis fin
 * juillet de lourdes sanctions", "impuso el lunes sanciones"): the verb stands before it, with the
 * preposition that opens it. Only modifiers between the phrase and the slot, no name.
 */
function beforeTimePhrase(doc: Doc, s: Sentence, slot: number): number {
  for (const d of sentenceDates(doc, s)) {
    let first = -1;
    let last = -1;
    for (let t = s.t0; t < slot; t++) {
      if (doc.tokens[t].start >= d.start && doc.tokens[t].end <= d.end) {
        if (first < 0) first = t;
        last = t;
      }
    }
    if (first < 0 || slot - (last + 1) > TIME_GAP) continue;
    if (s.entities.some((m) => m.t0 > last && m.t0 < slot)) continue;
    if (s.cues.some((k) => k.t0 > last && k.t0 < slot && k.cues.some((x) => !MODIFIER_KINDS.has(x.kind)))) continue;
    // The preposition opening it ("depuis", "since", "on"), when it has a cue of its own and is no name.
    const opener = s.cues.some(
      (k) => k.t1 === first && k.t1 - k.t0 === 1 && k.cues.some((x) => OPENER_KINDS.has(x.kind)),
    );
    return opener && !s.entities.some((m) => m.t1 === first) ? first - 1 : first;
  }
  return slot;
}
const OPENER_KINDS: ReadonlySet<string> = new Set(["since", "originPrep", "locationPrep", "targetPrep"]);
const MODIFIER_KINDS: ReadonlySet<string> = new Set(["determiner", "fresh", "originPrep", "claimLink"]);

function fronted(s: Sentence, c: CueMention): number {
  const named = s.entities.find(
    (m) => m.t1 <= c.t0 && c.t0 - m.t1 <= FRONTED_REACH && m.entity.kind !== "pronoun" && m.entity.kind !== "org",
  );
  if (!named) return c.t0;
  const prep = s.cues.find(
    (k) =>
      hasCue(k, "targetPrep") &&
      (k.t1 === named.t0 || (k.t1 === named.t0 - 1 && cueJustBefore(s, named.t0, "determiner", 0))),
  );
  // Nothing but modifiers between the name and the word: no other verb, no other sanctions word.
  if (
    !prep ||
    s.cues.some(
      (k) => k.t0 >= named.t1 && k.t1 <= c.t0 && k.cues.some((x) => x.kind !== "fresh" && x.kind !== "determiner"),
    )
  )
    return c.t0;
  return prep.t0;
}

/** How far from the sanctions word a lifting word or a date may stand. */
const NEAR = 5;
/** How far a verb-final "angekündigt"/"verhängt" may stand after the sanctions word. */
const LATE_VERB_REACH = 8;
/** How far a year ("in 2006", "sejak 2006") may stand from the sanctions word to date it. */
const YEAR_REACH = 8;

/**
 * Whether the sanctions stand (in_force), were just announced or imposed (announced), lifted, or
 * vetoed. A sanctions act that the article reports as its news — "the EU imposed new sanctions on",
 * "Amerika Serikat menjatuhkan sanksi kepada", "X was sanctioned", "announced sanctions" — is
 * `announced`; sanctions told as background — "is under sanctions", "UN sanctions", "sanctions
 * imposed on X", "since 2006", "violating sanctions" — are `in_force`.
 */
export function sanctionStatus(doc: Doc, s: Sentence, c: CueMention, passive: boolean): SanctionStatus {
  const near = (kind: "lifted" | "announced" | "fresh", reach: number) =>
    cuesIn(s, c.t0 - reach, c.t1 + reach, kind).length > 0;
  if (cuesIn(s, s.t0, s.t1, "notLifted").length) return "in_force";
  if (cuesIn(s, s.t0, s.t1, "vetoed").length) return "vetoed";
  // "restore sanctions … that were lifted": the act is the imposing; "called for / menuntut the
  // lifting of sanctions": a demand, the sanctions stand.
  const lifting = cuesIn(s, c.t0 - NEAR, c.t1 + NEAR, "lifted").filter((k) => !isDemandedLifting(s, k));
  if (lifting.length && !cueJustBefore(s, c.t0, "impose", 3)) return "lifted";
  // "new sanctions", "sanksi baru", "weitere Sanktionen": announced, whatever else the sentence says.
  const fresh = cuesIn(s, c.t0 - 2, c.t1 + 1, "fresh").length > 0 || near("announced", 1);
  if ((!fresh && isStanding(s, c)) || isDatedBefore(doc, s, c)) return "in_force";
  // The act itself: "X imposed/announced sanctions", "X sanctioned Y", "Y was sanctioned", or a
  // verb-final "… Sanktionen gegen Iran verhängt". Not a participle right after the word
  // ("sanctions imposed on Russia", a reduced relative clause that tells what stands).
  const late = (kind: "impose" | "announced") =>
    s.cues.some((k) => k.t0 > c.t1 && k.t0 <= c.t1 + LATE_VERB_REACH && hasCue(k, kind));
  const slot = actSlot(s, c, doc);
  const act =
    hasCue(c, "sanctionVerb") ||
    passive ||
    cueJustBefore(s, slot, "impose", 3) ||
    cueJustBefore(s, slot, "future", 3) ||
    cueJustBefore(s, c.t0, "announced", NEAR) ||
    fresh ||
    late("impose") ||
    late("announced");
  return act ? "announced" : "in_force";
}

/**
 * Sanctions told as a standing state of affairs: "X is under / faces sanctions", sanctions that someone
 * violates or maintains, or that were imposed before the news ("previously imposed", "bereits verhängt").
 */
const isStanding = (s: Sentence, c: CueMention): boolean =>
  underOrBroken(s, c) || cueJustBefore(s, c.t0, "maintain", 3) || earlierAct(s, c);

/** Sanctions a state is under or someone violates ("is under sanctions", "in violation of sanctions"). */
export const underOrBroken = (s: Sentence, c: CueMention): boolean =>
  cueJustBefore(s, c.t0, "under", 6) || cueJustBefore(s, c.t0, "violation", 3);

/** How far a verb of announcing may stand after the sanctions word ("hatten bereits … Sanktionen angekündigt"). */
const ANNOUNCE_REACH = 8;

/** "previously imposed", "bereits verhängt" — not "had already announced" (an announcement is still news). */
function earlierAct(s: Sentence, c: CueMention): boolean {
  const adverb = s.cues.find((k) => hasCue(k, "earlier") && k.t1 <= c.t0 && k.t1 >= c.t0 - 4);
  return !!adverb && !cuesIn(s, adverb.t1, c.t1 + ANNOUNCE_REACH, "announced").length;
}

/** Sanctions dated before the news, even new ones: "since 2006", "in 2017", "fresh sanctions … last year". */
function isDatedBefore(doc: Doc, s: Sentence, c: CueMention): boolean {
  if (cuesIn(s, c.t0 - YEAR_REACH, c.t1 + YEAR_REACH, "since").length) return true;
  // "Since the invasion began, Japan has imposed sanctions …": a sentence opening with "since" tells a standing state.
  const start = doc.sentences[s.index].t0;
  if (s.cues.some((k) => k.t0 === start && hasCue(k, "since"))) return true;
  const year = doc.ref?.year;
  if (!year) return false;
  // "Sanksi terhadap …, wakil menteri Lithuania, diumumkan pada Agustus 2022", told in 2023: a date of an
  // earlier year near the word, past the target and its verb too.
  const lo = doc.tokens[Math.max(s.t0, c.t0 - YEAR_REACH)].start;
  const hi = doc.tokens[Math.min(s.t1, c.t1 + 2 * YEAR_REACH) - 1].end;
  if (sentenceDates(doc, s).some((d) => d.yearCertain && d.year < year && d.start >= lo && d.end <= hi)) return true;
  for (let t = Math.max(s.t0, c.t0 - YEAR_REACH); t < Math.min(s.t1, c.t1 + YEAR_REACH); t++) {
    // "in 2006", "pada 2019": a year that dates the act, not one that names a thing ("a 2015 nuclear accord").
    const w = doc.tokens[t].norm;
    if (
      /^(19|20)\d\d$/.test(w) &&
      Number(w) < year &&
      s.cues.some((k) => k.t1 === t && (hasCue(k, "locationPrep") || hasCue(k, "since")))
    )
      return true;
  }
  return false;
}
