import { cooperationCues, hasCooperationCue, type CooperationKind, type CooperationMention } from "./cooperationCues";
import { cooperationParty } from "./cooperationParty";
import { hasCue, type Doc, type EntityMention, type Sentence } from "./document";
import { evidenceOf } from "./entityFacts";
import type { AgreementFact, AgreementStatus } from "./facts";
import { codeOf, cuesIn, pairCountries, recentPersons } from "./sentenceQueries";
import { cooperationPair } from "./cooperationPair";
import { alignWithTense, formatDate } from "./resolveDates";
import { sentenceDates } from "./sentenceDates";

/** How far around the agreement word its status words may stand ("signed a new treaty", "the treaty was ratified"). */
const STATUS_REACH = 8;
/** How far before the agreement word a negation denies it ("no agreement was signed", "tidak ada perjanjian"). */
const NEGATION_REACH = 3;
/** How far after a verb of agreeing a sanctions word makes it a decision to sanction ("agreed to impose sanctions"). */
const SANCTION_REACH = 4;
/** How far after a word of mediation the mediators may be named ("mediation efforts by the United States and France"). */
const MEDIATOR_REACH = 7;
/** How far after an agreement's noun an adverb of earlier time before a status word may stand ("atas ICA-CEPA sebelumnya dicapai"). */
const STAGE_REACH = 5;
/** How old a year next to an agreement word makes it history ("the 1953 armistice"): more than this many years. */
const HISTORY_YEARS = 10;
/** How near an anniversary word its number stands ("70th anniversary", "peringatan 70 tahun"). */
const ANNIVERSARY_NUMBER_REACH = 2;
/** How far after the agreement word "between" and after "between" its parties stand ("the truce agreed between Israel and Hamas"). */
const BETWEEN_REACH = 4;
/** How far before the agreement word a condition or a question may open ("if Hezbollah breaks the truce"). */
const SUPPOSED_REACH = 8;

/** The strongest status word wins: ending or suspending an agreement outweighs having signed it. */
const STATUS_ORDER: Array<[CooperationKind, AgreementStatus]> = [
  ["cancelled", "cancelled"],
  ["suspended", "suspended"],
  ["ratified", "ratified"],
  ["agreementPlanned", "planned"],
  ["inForce", "in_force"],
  ["signed", "signed"],
];

/** An agreement with the sentences that report it (a statement in one of them claims it). */
export interface LocatedAgreement {
  fact: AgreementFact;
  sentences: number[];
  /** Whether a status word set the status (else it is the default, signed). */
  explicit: boolean;
}

/**
 * Agreements: each agreement noun (treaty, memorandum, deal …) in a sentence naming at least two
 * parties (states, blocs, or leaders standing for them) is an agreement between them; the status
 * words around it say what became of it (signed when none does: news reports agreements made). A
 * negated noun ("no agreement was signed") is a denial, a statement, not an agreement. Mentions that
 * share two parties are one agreement; a later mention naming fewer than two parties, or no status
 * word, belongs to the last one.
 */
export function buildAgreements(doc: Doc): LocatedAgreement[] {
  if (!doc.pack.agreements) return [];
  const out: LocatedAgreement[] = [];
  let last: LocatedAgreement | null = null;
  for (const s of doc.sentences) {
    if (s.dateline) continue;
    const words = cooperationCues(doc, s);
    for (const noun of words) {
      const kind = noun.cues.find((c) => c.kind === "agreementKind");
      if (!kind || kind.kind !== "agreementKind") continue;
      const before = words.filter((w) => w.t1 <= noun.t0 && w.t0 >= noun.t0 - NEGATION_REACH);
      if (
        cuesIn(s, noun.t0 - NEGATION_REACH, noun.t0, "negation").length ||
        before.some((w) => hasCooperationCue(w, "none"))
      )
        continue;
      // "a potential arms deal", "kemungkinan kesepakatan": speculation reports no agreement.
      if (words.some((w) => hasCooperationCue(w, "hypothetical") && Math.abs(w.t0 - noun.t0) <= STATUS_REACH)) continue;
      // "sepakat menjatuhkan sanksi", "agreed to impose sanctions": a decision to sanction, told by the sanctions.
      if (cuesIn(s, noun.t1, noun.t1 + SANCTION_REACH, "sanction").length) continue;
      // "truce talks", "perundingan gencatan senjata": talks about an agreement, not one made.
      if (s.cues.some((c) => (c.t0 === noun.t1 || c.t1 === noun.t0) && c.cues.some((x) => x.kind === "talks")))
        continue;
      const status = statusOf(words, noun);
      if (status !== "in_force" && commemorated(doc, s, words, noun)) continue;
      // "the previous treaty", "perjanjian sebelumnya": an older agreement, between the same parties
      // as the one told before when the sentence names none.
      // But "ICA-CEPA sebelumnya dicapai", "the deal earlier signed": an adverb before a status word tells an
      // earlier stage of the agreement named, the one told (its own month, not another agreement's).
      // The adverb may stand after the noun's whole phrase ("Kesepakatan politik atas ICA-CEPA sebelumnya dicapai").
      const stage = words.some(
        (w) =>
          hasCooperationCue(w, "agreementEarlier") &&
          w.t0 >= noun.t1 &&
          w.t0 - noun.t1 <= STAGE_REACH &&
          !/[,;:]/.test(doc.text.slice(noun.end, w.start)) &&
          words.some((v) => v.t0 === w.t1 && STATUS_ORDER.some(([kind]) => hasCooperationCue(v, kind))),
      );
      // "perjanjian itu", "this deal": a demonstrative points back at an agreement told.
      const pointed = s.cues.some(
        (c) => (c.t0 === noun.t1 || c.t1 === noun.t0) && c.cues.some((x) => x.kind === "demonstrative"),
      );
      const older =
        !stage && words.some((w) => hasCooperationCue(w, "agreementEarlier") && (w.t1 === noun.t0 || w.t0 === noun.t1));
      let parties = partiesOf(doc, s, words, noun);
      if (older && parties.length < 2 && last) parties = last.fact.parties;
      // "if Hezbollah breaks the agreement", "asked whether they would discuss an arms deal": a supposed
      // agreement is no new one; it may speak of the one told before.
      if (parties.length < 2 || supposed(doc, words, noun)) {
        if (last && !last.sentences.includes(s.index)) last.sentences.push(s.index);
        continue;
      }
      const date = status ? dateOf(doc, s, status === "planned") : null;
      // A later mention with no status word of its own ("the deal, brokered by …", "kesepakatan itu")
      // is the agreement told before, whoever else the sentence names; one dated to another month
      // ("the disengagement agreement of October" after December's consensus) is another agreement.
      const same: LocatedAgreement | null = older
        ? null
        : (out.find(
            (a) =>
              parties.filter((p) => a.fact.parties.includes(p)).length >= 2 &&
              (stage || !(date && a.fact.date && date.slice(0, 7) !== a.fact.date.slice(0, 7))) &&
              // "signed an energy memorandum … to discuss the free trade treaty": a different kind of
              // agreement still to be made is another agreement between the same states.
              !(
                status === "planned" &&
                !pointed &&
                a.explicit &&
                a.fact.status !== "planned" &&
                a.fact.kind !== kind.agreement
              ) &&
              // "signed a contract for 42 jets … also signed a memorandum on submarines": a memorandum and an
              // agreement of another kind, each with its own status word, are two documents.
              !(
                status &&
                !pointed &&
                a.explicit &&
                a.fact.kind !== kind.agreement &&
                (a.fact.kind === "memorandum" || kind.agreement === "memorandum")
              ),
          ) ?? (status === null ? last : null));
      if (same) {
        if (!same.sentences.includes(s.index)) same.sentences.push(s.index);
        if (!same.explicit && status) {
          same.fact.status = status;
          same.explicit = true;
        }
        if (!stage) same.fact.date ??= date;
        last = same;
        continue;
      }
      last = {
        fact: {
          parties,
          name: null,
          kind: kind.agreement,
          status: status ?? "signed",
          date: older ? null : (date ?? dateOf(doc, s, status === "planned")),
          evidence: evidenceOf(doc, s),
        },
        sentences: [s.index],
        explicit: status !== null,
      };
      out.push(last);
    }
  }
  return out;
}

/**
 * The states and blocs the sentence names (speakers aside). "The two countries", "kedua pemimpin"
 * are the article's two leading states; and a sentence naming only one of them ("Putin said the
 * treaty …") makes the other the counterparty: an agreement has two sides.
 */
function partiesOf(doc: Doc, s: Sentence, words: CooperationMention[], noun: CooperationMention): string[] {
  const parties = new Set<string>();
  const leading = cooperationPair(doc);
  // "the ceasefire agreement between Israel and Hamas", "kesepakatan antara Iran dan Arab Saudi": the
  // states after "between" are the parties, whoever else the sentence names (a state welcoming it).
  const between = s.cues.find(
    (c) => c.t0 >= noun.t1 && c.t0 <= noun.t1 + BETWEEN_REACH && c.cues.some((x) => x.kind === "between"),
  );
  if (between) {
    const named = betweenList(doc, s, between.t1)
      .map((m) => cooperationParty(doc, s, m, true))
      .filter((p): p is string => p !== null);
    if (new Set(named).size >= 2) return [...new Set(named)].sort();
  }
  const supporters = new Set<string>();
  const gatherings = new Set<string>();
  const mediation = words.filter((w) => hasCooperationCue(w, "mediation"));
  // "… signed a memorandum and discussed the situation in Ukraine": what they discussed after it is no party.
  const discussed = s.cues.find((c) => c.t0 >= noun.t1 && hasCue(c, "discuss"));
  for (const m of s.entities) {
    if (discussed && m.t0 >= discussed.t1) continue;
    // "brokered by the United States and France", "l'un des médiateurs": helpers, not parties.
    if (mediation.some((w) => m.t0 >= w.t1 && m.t0 <= w.t1 + MEDIATOR_REACH)) continue;
    // "signed at the White House", "di Pyongyang": where it was signed, not who signed it; nor the state
    // of that place after a comma ("in Brussels, Belgium").
    if (
      ((m.entity.kind === "place" || (m.entity.kind === "country" && m.entity.form !== "name")) &&
        s.cues.some((c) => c.t1 <= m.t0 && c.t1 >= m.t0 - 1 && c.cues.some((x) => x.kind === "locationPrep"))) ||
      placesState(doc, s, m)
    )
      continue;
    // "on the sidelines of the ASEAN summit", "di sela-sela KTT ASEAN": the gathering it was signed at is a
    // party only when no two others are named.
    if (m.entity.kind === "org" && s.cues.some((c) => (c.t1 === m.t0 || c.t0 === m.t1) && hasCue(c, "talks"))) {
      gatherings.add(m.entity.id);
      continue;
    }
    // "measures against Tehran", "tindakan terhadap Teheran": the target of what was agreed is no party.
    if (s.cues.some((c) => c.t1 <= m.t0 && c.t1 >= m.t0 - 1 && c.cues.some((x) => x.kind === "targetPrep"))) continue;
    // "cancelled under the threat of U.S. sanctions", "akibat ancaman sanksi AS": whose sanctions they are is no party.
    if (s.cues.some((c) => (c.t1 === m.t0 || c.t0 === m.t1) && hasCue(c, "sanction"))) continue;
    // "Indonesia welcomed the truce", "dukungan Indonesia terhadap kesepakatan": who supports an agreement
    // before it is named is not its party.
    if (supporter(s, m, noun)) {
      const p = cooperationParty(doc, s, m, true);
      if (p) supporters.add(p);
      continue;
    }
    if (m.entity.kind === "pair") for (const c of pairStates(doc, s, m, leading)) parties.add(c);
    const p = cooperationParty(doc, s, m, true);
    if (p) parties.add(p);
  }
  if (parties.size < 2) for (const g of gatherings) parties.add(g);
  // The counterparty is never one the sentence names as a supporter.
  if (parties.size === 1 && leading.length === 2 && leading.some((c) => parties.has(c)))
    for (const c of leading) if (!supporters.has(c)) parties.add(c);
  return [...parties].sort();
}

/** "in Brussels, Belgium", "di Brussel, Belgia": a state named after a comma as the country of the place before it. */
function placesState(doc: Doc, s: Sentence, m: EntityMention): boolean {
  if (m.entity.kind !== "country" || m.entity.form !== "name") return false;
  const before = s.entities.filter((e) => e.t1 <= m.t0).at(-1);
  return (
    !!before &&
    (before.entity.kind === "place" || (before.entity.kind === "country" && before.entity.form === "capital")) &&
    codeOf(doc, before.entity) === m.entity.code &&
    /^\s*,\s*$/.test(doc.text.slice(before.end, m.start))
  );
}

/**
 * The states of "the two leaders": those of the last two persons named, when they are of two states;
 * of "both countries", the two their sentence (or the one before) names (pairCountries); else the article's leading two.
 */
function pairStates(doc: Doc, s: Sentence, m: EntityMention, leading: string[]): string[] {
  if (m.entity.kind !== "pair") return leading;
  if (m.entity.of === "countries") return pairCountries(doc, s, m.t0, leading);
  const states = recentPersons(doc, s, m.t0, 2).map((k) => doc.persons.get(k)?.country ?? null);
  return states.length === 2 && states[0] && states[1] && states[0] !== states[1] ? (states as string[]) : leading;
}

/**
 * An agreement told as history: a year more than ten years before the article near the word ("the
 * July 27, 1953, armistice", "acabó en 1953 con un armisticio"), or an anniversary with its number
 * before it ("the 70th anniversary of the armistice", "peringatan 70 tahun gencatan senjata").
 */
function commemorated(doc: Doc, s: Sentence, words: CooperationMention[], noun: CooperationMention): boolean {
  const near = (t: number) => t >= Math.max(s.t0, noun.t0 - STATUS_REACH) && t < Math.min(s.t1, noun.t1 + STATUS_REACH);
  const numbered = (t: number) => /\d/.test(doc.tokens[t]?.norm ?? "");
  if (doc.ref) {
    const ref = doc.ref.year;
    for (let t = Math.max(s.t0, noun.t0 - STATUS_REACH); t < Math.min(s.t1, noun.t1 + STATUS_REACH); t++) {
      const year = /^(1[89]|20)\d\d$/.test(doc.tokens[t].norm) ? Number(doc.tokens[t].norm) : null;
      if (year !== null && year < ref - HISTORY_YEARS) return true;
    }
  }
  return words.some((w) => {
    if (!hasCooperationCue(w, "anniversary") || w.t1 > noun.t0 || !near(w.t0)) return false;
    for (let d = 1; d <= ANNIVERSARY_NUMBER_REACH; d++) if (numbered(w.t0 - d) || numbered(w.t1 - 1 + d)) return true;
    return false;
  });
}

/**
 * The names listed right after "between": by commas up to the one after "and" ("between Israel and
 * Egypt, Jordan will …" lists two).
 */
function betweenList(doc: Doc, s: Sentence, t: number): EntityMention[] {
  const after = s.entities.filter((m) => m.t0 >= t);
  if (!after.length || after[0].t0 > t + BETWEEN_REACH) return [];
  const out = [after[0]];
  for (const m of after.slice(1)) {
    const prev = out[out.length - 1];
    const joined = s.cues.some((c) => c.t0 >= prev.t1 && c.t1 <= m.t0 && c.cues.some((x) => x.kind === "conjunction"));
    if (joined && m.t0 - prev.t1 <= 2) {
      out.push(m);
      break;
    }
    if (!/^\s*,\s*$/.test(doc.text.slice(prev.end, m.start))) break;
    out.push(m);
  }
  return out;
}

/** A word of support right before or after the mention, both before the agreement word. */
function supporter(s: Sentence, m: EntityMention, noun: CooperationMention): boolean {
  if (m.t1 > noun.t0) return false;
  return s.cues.some(
    (c) =>
      c.t1 <= noun.t0 &&
      (c.t1 === m.t0 || (c.t0 >= m.t1 && c.t0 <= m.t1 + 1)) &&
      c.cues.some((x) => (x.kind === "stanceVerb" || x.kind === "stanceCue") && x.stance === "support"),
  );
}

/** A condition or a question opens before the word, in the same clause (no comma between). */
function supposed(doc: Doc, words: CooperationMention[], noun: CooperationMention): boolean {
  return words.some(
    (w) =>
      hasCooperationCue(w, "supposed") &&
      w.t1 <= noun.t0 &&
      w.t0 >= noun.t0 - SUPPOSED_REACH &&
      !/[,;:]/.test(doc.text.slice(w.end, noun.start)),
  );
}

/** How many characters may part a weekday from the full date written beside it ("Rabu (24/9/2025)"). */
const BESIDE = 12;

/**
 * The date the sentence first reporting the agreement gives ("signed on Wednesday", "im Juni
 * unterzeichnet"), on the side of the article's date its status implies; null when it gives none.
 */
function dateOf(doc: Doc, s: Sentence, planned: boolean): string | null {
  // "Rabu (24/9/2025)": the day written out beside its weekday, not the weekday read near the article's date.
  const [first, ...rest] = sentenceDates(doc, s);
  const d = first?.weekdayOnly ? (rest.find((x) => x.start - first.end <= BESIDE && !x.weekdayOnly) ?? first) : first;
  return d ? formatDate(alignWithTense(d, doc.ref, planned)) : null;
}

function statusOf(words: CooperationMention[], noun: CooperationMention): AgreementStatus | null {
  const near = words.filter((w) => w.t1 >= noun.t0 - STATUS_REACH && w.t0 <= noun.t1 + STATUS_REACH);
  // "signed a new treaty that will provide mutual aid": a future after the noun tells what the signed
  // agreement will do, not that it is yet to be signed ("the treaty will be signed" has no signing before it).
  const signedBefore = near.some((w) => w.t1 <= noun.t0 && hasCooperationCue(w, "signed"));
  const counts = (w: CooperationMention, kind: CooperationKind) =>
    hasCooperationCue(w, kind) && !(kind === "agreementPlanned" && signedBefore && w.t0 >= noun.t1);
  for (const [kind, status] of STATUS_ORDER) if (near.some((w) => counts(w, kind))) return status;
  return null;
}
