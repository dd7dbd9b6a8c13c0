import { hasCue, type CueMention, type Doc, type EntityMention, type Sentence } from "./document";
import type { MeetingLocation, MeetingStatus } from "./facts";
import { MEETING_KINDS, partiesOf, type MeetingKind, type Parties } from "./meetingParties";
import {
  alignWithTense,
  compareToRef,
  findAnaphoric,
  findOffsets,
  inOtherYear,
  shiftDate,
  type DateMention,
  type DateOffset,
} from "./resolveDates";
import { sentenceDates } from "./sentenceDates";
import { normalizeWord } from "./tokenize";
import {
  codeOf,
  cueJustBefore,
  cuesIn,
  entitiesIn,
  firstAfter,
  isPerson,
  isPlace,
  negationBefore,
  recentPersons,
} from "./sentenceQueries";

/** The cue kinds that are meeting words. */
const MEETING_WORDS: ReadonlySet<string> = new Set(MEETING_KINDS);

/** One mention of a meeting, before the mentions of one meeting are merged. */
export interface MeetingDraft {
  persons: string[];
  countries: string[];
  location: MeetingLocation;
  date: DateMention | null;
  /** The date is the day someone arrived or began a visit (a multi-day visit may still be going on). */
  fromArrival: boolean;
  /** The day of talks held on a later day of that visit (laterInVisit): the meeting's own day, once merged. */
  heldOn?: DateMention;
  /** Told by a word of meeting someone (met, talks, hosted), not of travelling. */
  encounter?: boolean;
  /** Other sentences that tell more of this meeting without a mention of their own ("The talks lasted …"). */
  describedIn?: number[];
  days: number | null;
  status: MeetingStatus;
  /** "KTT itu", "that summit": the mention points back to a meeting told before. */
  refersBack: boolean;
  /** Told in another year without a month ("met in Osaka in 2019", "tahun lalu"): the news month does not date it. */
  otherYear?: boolean;
  sentence: Sentence;
}

/** How far from its meeting word "cancelled"/"dibatalkan" may stand; further on it ends something else ("… and a planned signing was called off"). */
const CANCEL_REACH = 10;
/** How many characters may separate a verb of saying from the date it is dated by ("said on Friday"). */
const SAID_ON_REACH = 4;
/** How close before a meeting word "ready to", "siap" must stand: "ready to hold talks", "siap untuk bertemu". */
const WILLING_REACH = 2;
/** How close before a meeting word "akan", "will", "expected to" must stand to make it future. */
const STATUS_REACH = 3;
/** How close before a verb a place may stand ("… in Peking getroffen hatten"). */
const PLACE_BEFORE_REACH = 3;
/** How far after the meeting word its place may stand; further on, "in Ukraine" is about something else. */
const PLACE_AFTER_REACH = 8;

interface Word {
  c: CueMention;
  kind: MeetingKind;
  from: number;
  to: number;
}

/** Where the sentence's phone words start and end (token indices), read once per sentence. */
function remoteEdges(s: Sentence): { starts: Set<number>; ends: Set<number> } {
  const starts = new Set<number>(),
    ends = new Set<number>();
  for (const c of s.cues) {
    if (!hasCue(c, "remote")) continue;
    starts.add(c.t0);
    ends.add(c.t1);
  }
  return { starts, ends };
}

/**
 * Reads every meeting word of every sentence. A sentence may report several meetings ("Blinken
 * arrived in Kyiv … days after the summit between …"), so each word reads only its stretch — from
 * the previous meeting word to the next — and each date goes to the meeting word nearest to it.
 */
export function meetingDrafts(doc: Doc): MeetingDraft[] {
  const drafts: MeetingDraft[] = [];
  for (const s of doc.sentences) {
    if (s.dateline) continue;
    const words: Word[] = [];
    const calls = remoteEdges(s);
    for (const c of s.cues) {
      let kind = c.cues.find((x) => MEETING_WORDS.has(x.kind))?.kind as MeetingKind | undefined;
      // "la visite de Kim", "da visita de Kim": a word that is both verb and noun is the noun after an
      // article or before a genitive.
      if (
        kind === "visit" &&
        hasCue(c, "visitNoun") &&
        (cueJustBefore(s, c.t0, "determiner", 0) || s.cues.some((x) => x.t0 === c.t1 && hasCue(x, "claimLink")))
      )
        kind = "visitNoun";
      // "la rencontre du Premier ministre … avec …", "l'incontro di …": likewise a meeting noun.
      if (kind === "meet" && hasCue(c, "talks") && cueJustBefore(s, c.t0, "determiner", 0)) kind = "talks";
      // "his hosts", "the host": a noun, not the verb "hosts".
      if (!kind || (kind === "host" && cueJustBefore(s, c.t0, "determiner", 0))) continue;
      // A meeting word that is also a verb of urging ("called on X"): an urging when "to"/"for" follows its object.
      if (kind === "meet" && c.cues.some((x) => x.kind === "stanceVerb") && urged(s, c)) continue;
      // "urged Russia and Ukraine to return to talks", "mendesak … untuk kembali ke perundingan": a call for talks.
      if (calledFor(s, c)) continue;
      // "ready to meet", "siap bertemu": an offer to meet, not a meeting.
      if (cueJustBefore(s, c.t0, "willing", WILLING_REACH)) continue;
      // "did not meet", "has no plans to meet", "не намерена вести переговоры": a meeting denied is none.
      if (negatedMeeting(doc, s, c)) continue;
      // "a phone conversation with", "received a phone call from", "conversación telefónica": a call, not a meeting.
      if (calls.ends.has(c.t0) || calls.ends.has(c.t0 - 1) || calls.starts.has(c.t1) || calls.starts.has(c.t1 + 1))
        continue;
      words.push({ c, kind, from: 0, to: 0 });
    }
    if (words.length === 0) continue;
    words.forEach((w, i) => {
      w.from = i > 0 ? words[i - 1].c.t1 : s.t0;
      w.to = i < words.length - 1 ? words[i + 1].c.t0 : s.t1;
      // "ha incontrato a Hiroshima, a margine del vertice del G7, il presidente Zelensky": a meeting noun
      // set off by commas right after a verb of meeting is the setting; the one met comes after it.
      if ((w.kind === "meet" || w.kind === "host") && settingAside(doc, s, w, words[i + 1]))
        w.to = i < words.length - 2 ? words[i + 2].c.t0 : s.t1;
    });
    // Words that name no meeting ("at the invitation of") take no date; a bare meeting noun may describe one.
    const parties = words.map((w) => partiesOf(doc, s, w.c, w.kind, w.from, w.to));
    const dated = words.filter((w, i) => parties[i] || w.kind === "talks");
    const offsets = measuringOffsets(doc, s, findOffsets(doc.text, s.start, s.end, doc.pack));
    // chrono may read "a month" of "a month after" as a date of its own.
    const found = sentenceDates(doc, s).filter((d) => !offsets.some((o) => o.start < d.end && d.start < o.end));
    // "said on Friday he will meet Putin … next Friday", "will travel to Beijing, the State Department said on
    // Wednesday": the day of saying is not the meeting's (a meeting told before it took place is dated
    // by the saying only when it is planned).
    const saidOn = (d: DateMention, c: CueMention) =>
      hasCue(c, "say") && c.end <= d.start && d.start - c.end <= SAID_ON_REACH;
    const plannedBefore = (c: CueMention) =>
      words.some((w) => w.c.end <= c.start) && s.cues.some((p) => p.end <= c.start && hasCue(p, "planned"));
    const said = found.filter((d) => !s.cues.some((c) => saidOn(d, c) && (found.length > 1 || plannedBefore(c))));
    const dates = said.filter((d) => !sinceDate(s, d, words) && !asideDate(doc, s, d, words));
    const datesOf = assignDates(doc, dated, dates, offsets);
    offsetDates(doc, dated, dates, offsets, datesOf);
    anaphoricDates(doc, s, dated, offsets, datesOf, drafts);
    const own: MeetingDraft[] = [];
    const invitations = new Set<MeetingDraft>();
    words.forEach((w, i) => {
      const p = pairOfMeeting(doc, s, parties[i], w.kind === "talks" ? null : pairMet(drafts, own, s));
      const k = dated.indexOf(w);
      const details = {
        location: locationOf(doc, s, w, p),
        ...timing(doc, s, w, k >= 0 ? datesOf[k] : []),
        encounter: w.kind === "meet" || w.kind === "talks" || w.kind === "host",
      };
      // "… dijadwalkan mengunjungi Beijing bulan depan untuk bertemu Wang Yi": a purpose shares the tense and date of its meeting.
      const before = own[own.length - 1];
      // "a invité Modi à se rendre à Paris", "ha invitato Modi a visitare Roma": after an invitation, the
      // preposition before a verb of travelling is its purpose too.
      const invitedTo =
        !!before &&
        invitations.has(before) &&
        (w.kind === "visit" || w.kind === "arrive") &&
        cueJustBefore(s, w.c.t0, "destinationPrep", 0);
      const purpose = !!before && (purposeBefore(s, w.c.t0) || invitedTo);
      if (purpose) {
        // "… is expected to arrive … on Wednesday for a two-day visit": the day lies on the side of the plan.
        if (before.status === "planned" && details.status !== "planned" && details.date)
          details.date = alignWithTense(details.date, doc.ref, true);
        details.status = before.status;
        details.date ??= before.date;
      }
      // "tiba di Tokyo … untuk pertemuan puncak dengan PM Kishida", "arrived in Tokyo for a summit with …":
      // the visit is that meeting, the visitor one of its parties.
      // "invited Kim to visit Moscow", "accepted Kim's invitation to visit North Korea": the visit is the
      // invitation's, its visitor the guest (not the person named just before the verb).
      if (
        purpose &&
        p &&
        invitations.has(before) &&
        (w.kind === "visit" || w.kind === "visitNoun" || w.kind === "arrive")
      ) {
        const place = p.destination ? codeOf(doc, p.destination.entity) : null;
        if (place) {
          before.countries = [
            place,
            ...before.countries.filter(
              (c) => c !== place && !(before.location.country && c === before.location.country),
            ),
          ];
          if (!before.location.country || before.location.country !== place) before.location = details.location;
        }
        // "… to visit Rome in June": the trip's date is the invitation's.
        before.date ??= details.date;
        return;
      }
      if (purpose && p && p.persons.length > 0 && before.fromArrival && (w.kind === "talks" || w.kind === "meet")) {
        for (const x of p.persons) if (!before.persons.includes(x)) before.persons.push(x);
        before.date ??= details.date;
        return;
      }
      // "met for talks on Friday", "… namun pertemuan itu dibatalkan": a meeting noun without parties
      // of its own, or pointing back, describes the meeting just named.
      const refersBack =
        cueJustBefore(s, w.c.t0, "demonstrative", 1) ||
        s.cues.some((x) => x.t0 === w.c.t1 && hasCue(x, "demonstrative"));
      const pointsBack = w.kind === "talks" && refersBack;
      // "during the trip, which begins on Sunday", "Selama kunjungannya", "…, the first such visit since
      // 2023": a visit noun with no visitor or place of its own is the visit already told.
      const sameVisit =
        w.kind === "visitNoun" &&
        (!p?.destination || codeOf(doc, p.destination.entity) === before?.location.country) &&
        (refersBack || determinerBefore(s, w.c.t0) || !p) &&
        !firstAfter(s, w.c.t1, isPerson, w.c.t1 + 5);
      const told =
        before ?? (details.date && visitDuring(drafts, s, details.date)) ?? recent(drafts, s, details.status);
      if (before && w.kind === "talks" && (!p || pointsBack)) describe(doc, before, details, s);
      // "Pertemuan itu berlangsung … pada Jumat (31/10/2025)", "The talks lasted …": a meeting noun without
      // parties of its own, in a sentence that names no other meeting, tells more of the one just reported.
      else if (!before && !p && w.kind === "talks" && told) describe(doc, told, details, s);
      else if (sameVisit && told) describe(doc, told, details, s);
      // "The two ministers' meeting discussed …" after "X met Y": the pair is the two just met, not
      // whoever was named last (a president whose visit they planned).
      else if (p?.fromPair && w.kind === "talks" && pairMet(drafts, own, s))
        describe(doc, pairMet(drafts, own, s)!, details, s);
      else if (p && p.travellers.length > 0) {
        const place = p.countries[0];
        for (const t of p.travellers) {
          const party =
            "person" in t
              ? { persons: [t.person], countries: [place] }
              : { persons: [], countries: [place, t.country] };
          own.push({ ...party, ...details, refersBack, sentence: s });
        }
      } else if (p && bilateralGuests(s, w, p)) {
        // "mengadakan pertemuan bilateral dengan A dan B", "met A and B separately": one meeting with each.
        const guests = bilateralGuests(s, w, p)!;
        const head = p.persons.find((x) => !guests.includes(x))!;
        for (const o of guests)
          own.push({
            persons: [head, o],
            countries: p.countries,
            ...details,
            location: { ...details.location },
            refersBack,
            sentence: s,
          });
      } else if (p) {
        own.push({ persons: p.persons, countries: p.countries, ...details, refersBack, sentence: s });
        if (w.kind === "invite" || w.kind === "invitation") invitations.add(own[own.length - 1]);
      }
    });
    shareSentenceDate(own);
    drafts.push(...own);
  }
  return drafts;
}

/** How far after an urging verb its "to"/"for" may stand: a role and a name ("called on Russian President Vladimir Putin to"). */
const URGED_REACH = 8;

/** "called on Moscow to …", "called on the world for …": a purpose word follows the verb within its clause. */
function urged(s: Sentence, c: CueMention): boolean {
  return s.cues.some((x) => x.t0 >= c.t1 && x.t0 <= c.t1 + URGED_REACH && hasCue(x, "purpose"));
}

/** How near after an urging verb's "to" a meeting word must stand to be what is urged ("to return to talks"). */
const CALLED_REACH = 4;

/** A meeting word that is the purpose of an urging verb before it ("urged X to hold talks"): asked for, not held. */
function calledFor(s: Sentence, c: CueMention): boolean {
  return s.cues.some(
    (u) =>
      u.t1 <= c.t0 &&
      u.cues.some((x) => x.kind === "stanceVerb" && x.stance === "other") &&
      s.cues.some(
        (p) =>
          p.t0 >= u.t1 &&
          p.t0 <= u.t1 + URGED_REACH &&
          p.t1 <= c.t0 &&
          c.t0 - p.t1 <= CALLED_REACH &&
          hasCue(p, "purpose"),
      ),
  );
}

/** How near its meeting word "bilateral" or "separately" must stand. */
const BILATERAL_REACH = 2;

/** The persons after a meeting word marked "bilateral"/"separately", when one person before meets two or more of them. */
function bilateralGuests(s: Sentence, w: Word, p: Parties): string[] | null {
  if (
    p.persons.length < 3 ||
    !cuesIn(s, Math.max(w.from, w.c.t0 - BILATERAL_REACH), Math.min(w.to, w.c.t1 + BILATERAL_REACH), "bilateral").length
  )
    return null;
  const mentions = entitiesIn(s, w.c.t1, w.to, isPerson);
  const after = [...new Set(mentions.flatMap((m) => (m.entity.kind === "person" ? [m.entity.key] : [])))];
  // A list of guests ends in "and" ("A dan B", "A, B and C"); "the Saudi minister, Prince Faisal" is one guest twice named.
  const listed =
    mentions.length >= 2 &&
    cuesIn(s, mentions[mentions.length - 2].t1, mentions[mentions.length - 1].t0, "conjunction").length > 0;
  return listed &&
    after.length >= 2 &&
    p.persons.length - after.length === 1 &&
    after.every((x) => p.persons.includes(x))
    ? after
    : null;
}

/** How many words may stand between "for"/"untuk" and its meeting word: "for a two-day visit". */
const PURPOSE_REACH = 3;

/** A purpose word before token t, with only determiners and durations between ("for a two-day visit"). */
function purposeBefore(s: Sentence, t: number): boolean {
  const p = s.cues.filter((c) => c.t1 <= t && c.t1 >= t - PURPOSE_REACH && hasCue(c, "purpose")).at(-1);
  if (!p) return false;
  // "is expected to meet", "plans to visit": the "to" of a plan word is its verb's, not a trip's purpose
  // ("invitation to visit" stays the invitation's trip).
  const plan = s.cues.find((c) => c.t1 === p.t0 && hasCue(c, "planned"));
  if (plan && !hasCue(plan, "invitation") && !hasCue(plan, "invite")) return false;
  const covered = new Set<number>();
  for (const c of s.cues)
    if (c.t0 >= p.t1 && c.t1 <= t && c.cues.every((x) => x.kind === "determiner" || x.kind === "duration"))
      for (let i = c.t0; i < c.t1; i++) covered.add(i);
  // Up to two adjectives besides ("for an annual summit with Putin", "for high-level talks"), but not before
  // others' meeting ("a follow-up to their rare summit of last year").
  let adjectives = 0;
  for (let i = p.t1; i < t; i++) {
    if (covered.has(i)) continue;
    if (s.cues.some((c) => c.t0 <= i && i < c.t1)) return false;
    adjectives++;
  }
  return adjectives === 0 || (adjectives <= PURPOSE_ADJECTIVES && cuesIn(s, t + 1, t + 2, "between").length === 0);
}

const PURPOSE_ADJECTIVES = 2;

/** How many sentences back a party-less meeting noun may point to the meeting it describes. */
const DESCRIBE_REACH = 2;

/**
 * The meeting reported last, at most DESCRIBE_REACH sentences before s; of those, the last one in the
 * same tense ("Pertemuan ini berlangsung … 22 Januari" after a planned visit was named: the talks held).
 */
function recent(drafts: MeetingDraft[], s: Sentence, status: MeetingStatus): MeetingDraft | null {
  let last: MeetingDraft | null = null;
  for (let i = drafts.length - 1; i >= 0 && s.index - drafts[i].sentence.index <= DESCRIBE_REACH; i--) {
    if (drafts[i].status === status) return drafts[i];
    last ??= drafts[i];
  }
  return last;
}

/** The last visit begun by an arrival, at most DESCRIBE_REACH sentences before s, that `d` falls on a later day of. */
function visitDuring(drafts: MeetingDraft[], s: Sentence, d: DateMention): MeetingDraft | null {
  for (let i = drafts.length - 1; i >= 0 && s.index - drafts[i].sentence.index <= DESCRIBE_REACH; i--)
    if (laterInVisit(drafts[i], d)) return drafts[i];
  return null;
}

/** The last meeting of exactly two persons reported at most DESCRIBE_REACH sentences before s, or in s. */
function pairMet(drafts: MeetingDraft[], own: MeetingDraft[], s: Sentence): MeetingDraft | null {
  const two = (d: MeetingDraft) => d.persons.length === 2;
  const here = own.filter(two).at(-1);
  if (here) return here;
  for (let i = drafts.length - 1; i >= 0 && s.index - drafts[i].sentence.index <= DESCRIBE_REACH; i--)
    if (two(drafts[i])) return drafts[i];
  return null;
}

/**
 * "Park Jin met Hayashi … President Yoon … The two leaders last held talks in Phnom Penh": "the two"
 * are the two of the meeting just told when both are among the persons named last, not the last two named.
 */
function pairOfMeeting(doc: Doc, s: Sentence, p: Parties | null, met: MeetingDraft | null): Parties | null {
  if (!p?.fromPair || !met || p.persons.length !== 2 || met.persons.every((x) => p.persons.includes(x))) return p;
  const recent = recentPersons(doc, s, s.t1, 3);
  return met.persons.every((x) => recent.includes(x)) ? { ...p, persons: [...met.persons] } : p;
}

/** How many words a "since" clause may run before its date ("sejak menteri itu menjabat pada Maret 2021"). */
const SINCE_REACH = 12;

/** A date in a "since" clause, no meeting word between: where a span starts, not when a meeting was held. */
function sinceDate(s: Sentence, d: DateMention, words: Word[]): boolean {
  const since = s.cues.filter((c) => hasCue(c, "since") && c.end <= d.start).at(-1);
  if (!since) return false;
  const t = s.cues.findIndex((c) => c.start >= d.start);
  const dateToken = t >= 0 ? s.cues[t].t0 : s.t1;
  return !words.some((w) => w.c.start >= since.end && w.c.end <= d.start) && dateToken - since.t1 <= SINCE_REACH + 1;
}

const asideWords = new WeakMap<Doc["pack"], Set<string>>();

/**
 * "Orban, whose government took over the EU presidency on July 1, travelled to Kyiv last Tuesday": a date
 * in an aside opened by a relative word after a comma and closed by a comma, with no meeting word in it,
 * dates what the aside tells about someone, not the meeting.
 */
function asideDate(doc: Doc, s: Sentence, d: { start: number; end: number }, words: Word[]): boolean {
  let openers = asideWords.get(doc.pack);
  if (!openers) {
    const list = [...doc.pack.references.relativePronouns, ...(doc.pack.meeting.asideOpeners ?? [])];
    asideWords.set(doc.pack, (openers = new Set(list.map(normalizeWord))));
  }
  const open = doc.text.lastIndexOf(",", d.start - 1);
  if (open < s.start) return false;
  const first = /^\s*([\p{L}\p{M}]+)/u.exec(doc.text.slice(open + 1, d.start));
  if (!first || !openers.has(normalizeWord(first[1]))) return false;
  const close = doc.text.indexOf(",", d.end);
  if (close < 0 || close >= s.end) return false;
  return !words.some((w) => w.c.start > open && w.c.end <= close);
}

/** Each date to the meeting word closest to it (after it preferred) among those whose stretch holds it. */
function assignDates(doc: Doc, words: Word[], dates: DateMention[], offsets: DateOffset[]): DateMention[][] {
  const out: DateMention[][] = words.map(() => []);
  for (const d of dates) {
    let best = -1;
    let bestDistance = Infinity;
    words.forEach((w, i) => {
      const lo = doc.tokens[w.from]?.start ?? 0;
      const hi = doc.tokens[w.to - 1]?.end ?? doc.text.length;
      if (d.start < lo || d.end > hi) return;
      // "met Putin on Thursday (30/6), a day after visiting Kyiv": a date before an offset phrase is what the
      // phrase measures from, not the date of the word the phrase measures (offsetDates dates that one).
      if (d.end <= w.c.start && offsets.some((o) => o.start >= d.end && o.end <= w.c.start)) return;
      const distance = d.start >= w.c.end ? d.start - w.c.end : (w.c.start - d.end) * 1.5 + 1;
      if (distance < bestDistance) [best, bestDistance] = [i, distance];
    });
    if (best >= 0) out[best].push(d);
  }
  return out;
}

/**
 * "Lavrov's visit came a month after Kim's trip to Russia", "four months after Blinken called off a
 * planned visit": a meeting word after an offset phrase in its stretch is dated from the event the
 * phrase measures from — the last date before the phrase, else the article's — unless a date of its
 * own follows the phrase.
 */
function offsetDates(
  doc: Doc,
  words: Word[],
  dates: DateMention[],
  offsets: DateOffset[],
  datesOf: DateMention[][],
): void {
  if (offsets.length === 0) return;
  words.forEach((w, k) => {
    const lo = doc.tokens[w.from]?.start ?? 0;
    const o = offsets.filter((x) => x.start >= lo && x.end <= w.c.start).at(-1);
    if (!o) return measuredAfter(doc, w, k, dates, offsets, datesOf);
    const own = datesOf[k].filter((d) => d.start >= o.end);
    const anchor = dates.filter((d) => d.end <= o.start).at(-1) ?? doc.ref;
    if (own.length) datesOf[k] = own;
    else if (anchor) datesOf[k] = [{ ...shiftDate(anchor, o), measured: true }];
  });
}

/**
 * "met … on the eve of the NATO summit on Tuesday", "a day before the vote on 5 May": an offset phrase
 * after the meeting word, in its stretch, measures the meeting from the event it names, and the first date
 * after the phrase is that event's (it may lie in the event's own stretch): the meeting lies the phrase's
 * span before (after) it. A date of the meeting's own before the phrase wins. A weekday keeps its freedom
 * to move a week with the tense.
 */
function measuredAfter(
  doc: Doc,
  w: Word,
  k: number,
  dates: DateMention[],
  offsets: DateOffset[],
  datesOf: DateMention[][],
): void {
  const hi = doc.tokens[w.to - 1]?.end ?? doc.text.length;
  const o = offsets.find((x) => x.start >= w.c.end && x.end <= hi);
  if (!o || datesOf[k].some((d) => d.end <= o.start)) return;
  const event = dates.find((d) => d.start >= o.end);
  if (!event) return;
  const day = shiftDate(event, { ...o, count: -o.count });
  datesOf[k] = [
    {
      ...day,
      yearCertain: event.yearCertain,
      weekdayOnly: event.weekdayOnly && day.day !== null,
      measured: true,
    },
  ];
}

/** How many sentences back the event may be told that "a day earlier" counts from. */
const ANAPHORIC_REACH = 3;
/** The sentences that make a story's lead (a dateline may be one). */
const LEAD_SENTENCES = 2;

/**
 * "Sehari sebelumnya, Kim juga menggelar pembicaraan dengan Putin", "The day before, …": an undated
 * meeting word in the stretch of such a phrase is dated from the last meeting dated to the day, at
 * most ANAPHORIC_REACH sentences before, or further on from the event the lead dates. Not when a noun
 * follows the phrase ("la veille du sommet", "накануне саммита": the eve of that event, not of the one
 * told before).
 */
function anaphoricDates(
  doc: Doc,
  s: Sentence,
  words: Word[],
  offsets: DateOffset[],
  datesOf: DateMention[][],
  drafts: MeetingDraft[],
): void {
  const phrases = findAnaphoric(doc.text, s.start, s.end, doc.pack).filter(
    (a) => !offsets.some((o) => o.start < a.end && a.start < o.end) && !beforeNoun(doc, s, a.end),
  );
  if (phrases.length === 0) return;
  let anchor: DateMention | null = null;
  for (let i = drafts.length - 1; i >= 0 && !anchor && s.index - drafts[i].sentence.index <= ANAPHORIC_REACH; i--)
    if (drafts[i].date?.day != null) anchor = drafts[i].date;
  // Further on, the story's own event: the one its lead dates to the day.
  anchor ??= drafts.find((d) => d.sentence.index <= LEAD_SENTENCES && d.date?.day != null)?.date ?? null;
  if (!anchor) return;
  const from = anchor;
  words.forEach((w, k) => {
    // chrono may read "a day earlier" itself, from the article's date.
    datesOf[k] = datesOf[k].filter((d) => !phrases.some((a) => a.start < d.end && d.start < a.end));
    if (datesOf[k].length) return;
    const lo = doc.tokens[w.from]?.start ?? 0;
    const hi = doc.tokens[w.to - 1]?.end ?? doc.text.length;
    const a = phrases.find((x) => x.start >= lo && x.end <= hi);
    if (a) datesOf[k] = [{ ...shiftDate(from, a), measured: true }];
  });
}

/**
 * "au lendemain d'une visite à Jaipur", "the day after the summit": a phrase that dates by the event told
 * before ("le lendemain", DateWords.anaphoric), followed by the noun of another event, measures that event
 * from the sentence's date, as "un jour après" does: the event lay the phrase's span before it.
 */
function measuringOffsets(doc: Doc, s: Sentence, offsets: DateOffset[]): DateOffset[] {
  const measuring = findAnaphoric(doc.text, s.start, s.end, doc.pack)
    .filter(
      (a) => a.count !== 0 && !offsets.some((o) => o.start < a.end && a.start < o.end) && eventAfter(doc, s, a.end),
    )
    .map((a) => ({ ...a, count: -a.count }));
  return measuring.length ? [...offsets, ...measuring].sort((a, b) => a.start - b.start) : offsets;
}

/** A noun phrase or meeting word follows character `end`, perhaps after an elided preposition ("d'une visite"). */
function eventAfter(doc: Doc, s: Sentence, end: number): boolean {
  if (beforeNoun(doc, s, end)) return true;
  const t = doc.tokens.findIndex((x, i) => i >= s.t0 && i < s.t1 && x.start >= end);
  const elided = t >= 0 && t + 1 < s.t1 && /^\s*$/.test(doc.text.slice(end, doc.tokens[t].start));
  return (
    elided &&
    /^['’]$/.test(doc.text.slice(doc.tokens[t].end, doc.tokens[t + 1].start)) &&
    beforeNoun(doc, s, doc.tokens[t].end + 1)
  );
}

/** How many words an aside holding the setting of a meeting may run ("on the sidelines of the G7 summit"). */
const SETTING_REACH = 8;

/** `next` is a meeting noun in an aside between commas right after the verb `w`, with no person met before it. */
function settingAside(doc: Doc, s: Sentence, w: Word, next: Word | undefined): boolean {
  if (!next || next.kind !== "talks" || next.c.t0 - w.c.t1 > SETTING_REACH) return false;
  if (entitiesIn(s, w.c.t1, next.c.t0, isPerson).length) return false;
  const open = doc.text.slice(w.c.end, next.c.start).lastIndexOf(",");
  if (open < 0) return false;
  const tail =
    s.t1 > next.c.t1 ? doc.text.slice(next.c.end, doc.tokens[Math.min(s.t1, next.c.t1 + SETTING_REACH) - 1].end) : "";
  const close = tail.indexOf(",");
  return close >= 0 && !entitiesIn(s, next.c.t1, s.t1, isPerson).some((m) => m.end <= next.c.end + close);
}

/** The word after character `end` opens a noun phrase or is a meeting word ("of", "du", "саммита"). */
function beforeNoun(doc: Doc, s: Sentence, end: number): boolean {
  let t = s.t0;
  while (t < s.t1 && doc.tokens[t].start < end) t++;
  if (t >= s.t1 || /[,.;:]/.test(doc.text.slice(end, doc.tokens[t].start))) return false;
  return s.cues.some(
    (c) =>
      c.t0 === t && c.cues.some((x) => x.kind === "claimLink" || x.kind === "determiner" || MEETING_WORDS.has(x.kind)),
  );
}

/** Where: the destination, else a place introduced by "di"/"in"/"at" after the word (or just before a verb), else the host's country. */
function locationOf(doc: Doc, s: Sentence, w: Word, parties: Parties | null): MeetingLocation {
  // A site may sit deeper in its phrase ("di halaman istana Kremlin") than a country or city ("di Rusia").
  // A seat of government is where it stands ("at the Élysée", "di Istana Kremlin"), as a site is.
  const seat = (m: EntityMention) => m.entity.kind === "country" && m.entity.form === "institution";
  // "met … to discuss the situation in Myanmar", "untuk membahas situasi di Myanmar": after a verb of
  // discussing past the meeting word comes its topic, not where it is held.
  const topic = s.cues.find((c) => c.t0 >= w.c.t1 && c.t1 <= w.to && hasCue(c, "discuss"));
  const marked = (m: EntityMention) =>
    (isPlace(m) || seat(m)) &&
    !m.inRole &&
    !(topic && m.t0 >= topic.t1) &&
    (cueJustBefore(s, m.t0, "locationPrep", m.entity.kind === "place" ? 4 : 2) ||
      (!seat(m) && cueJustBefore(s, m.t0, "destinationPrep", 2)));
  const verb = w.kind === "meet" || w.kind === "host" || w.kind === "hostNoun";
  // In the verb's own clause, a place may stand anywhere after its subject ("Scholz ist am Dienstag in Peking mit Xi zusammengekommen").
  const subject = verb ? entitiesIn(s, Math.max(w.from, w.c.t0 - CLAUSE_REACH), w.c.t0, isPerson)[0] : null;
  const clause =
    subject && !doc.text.slice(subject.end, w.c.start).includes(",") ? subject.t1 : w.c.t0 - PLACE_BEFORE_REACH - 1;
  const before = verb
    ? firstAfter(s, Math.max(w.from, Math.min(clause, w.c.t0 - PLACE_BEFORE_REACH - 1)), marked, w.c.t0)
    : null;
  // The reach counts from the end of the person met ("bertemu dengan Menteri Luar Negeri Rusia Sergei Lavrov di Moskow").
  const object = firstAfter(s, w.c.t1, (m) => m.entity.kind === "person", w.c.t1 + PLACE_AFTER_REACH);
  const at =
    parties?.destination ??
    firstAfter(s, w.c.t1, marked, Math.min(w.to, (object?.t1 ?? w.c.t1) + PLACE_AFTER_REACH)) ??
    before;
  if (!at) return { country: parties?.host ? codeOf(doc, parties.host.entity) : null, city: null };
  const e = at.entity;
  const city = e.kind === "place" ? e.city : e.kind === "country" && e.form === "capital" ? (e.city ?? null) : null;
  return { country: codeOf(doc, e), city };
}

/** How far after a meeting noun its verb of cancelling may stand. */
const CANCEL_NOUN_REACH = 20;

function timing(doc: Doc, s: Sentence, w: Word, dates: DateMention[]) {
  let status: MeetingStatus | null = null;
  const invited = w.kind === "invite" || w.kind === "invitation";
  // "Pertemuan Prabowo dengan … Narendra Modi yang semula dijadwalkan Kamis (16/1/2025) batal": a long
  // relative clause may part the meeting noun from its verb of cancelling.
  const after = w.kind === "talks" || w.kind === "visitNoun" ? CANCEL_NOUN_REACH : CANCEL_REACH;
  if (cuesIn(s, Math.max(w.from, w.c.t0 - CANCEL_REACH), Math.min(w.to, w.c.t1 + after), "cancelled").length)
    status = "cancelled";
  else if (
    invited ||
    w.c.cues.some((c) => c.kind === "planned") ||
    cueJustBefore(s, w.c.t0, "planned", STATUS_REACH) ||
    auxiliaryPlan(doc, s, w) ||
    plannedPurpose(doc, s, w) ||
    invitedAfter(doc, s, w)
  )
    status = "planned";
  else if (w.c.cues.some((c) => c.kind === "ongoing") || cueJustBefore(s, w.c.t0, "ongoing", STATUS_REACH))
    status = "ongoing";
  const picked = pickDate(dates, w.c);
  if (status === null && picked && (planBeforeDate(doc, s, w, picked) || soonAhead(doc, picked))) status = "planned";
  const aligned = picked ? alignWithTense(picked, doc.ref, status === "planned") : null;
  // What is going on now began this month at the earliest in its report; an older date ("the 1953 armistice") is another event's.
  const date =
    aligned && status === "ongoing" && doc.ref && compareToRef({ ...aligned, day: null }, { ...doc.ref, day: null }) < 0
      ? null
      : aligned;
  const side = date && doc.ref ? compareToRef(date, doc.ref) : 0;
  if (status === null) status = side > 0 ? "planned" : "occurred";
  else if (status === "planned" && !invited && side < 0) status = "occurred";
  const days = cuesIn(s, w.from, w.to, "duration")[0]?.cues.find((c) => c.kind === "duration")?.days ?? null;
  const otherYear = !date && toldInOtherYear(doc, s, w);
  return { date, status, days, fromArrival: w.kind === "arrive" || w.kind === "visit", otherYear };
}

/**
 * The meeting's clause places it in another year without a month ("held talks in New Delhi in 2019", "im
 * vergangenen Jahr"): from the clause's start (its last comma before the word) to any "since" after the word
 * ("the first talks since 2019" are this year's; "last year" is a span's start only for sanctions), the dates
 * read left out ("the July 27, 1953, armistice" is dated by its own date).
 */
function toldInOtherYear(doc: Doc, s: Sentence, w: Word): boolean {
  const stretchStart = doc.tokens[w.from]?.start ?? s.start;
  // Searched within the stretch only: a text with no comma would be read back to its start for every word.
  const before = doc.text.slice(stretchStart, w.c.start);
  const start = stretchStart + Math.max(before.lastIndexOf(","), before.lastIndexOf(";")) + 1;
  const since = cuesIn(s, w.c.t1, w.to, "since").find(
    (c) => !inOtherYear(doc.text.slice(c.start, c.end), doc.pack, null),
  );
  const end = since?.start ?? doc.tokens[w.to - 1]?.end ?? s.end;
  const told = sentenceDates(doc, s).reduce(
    (text, d) => (d.end <= start || d.start >= end ? text : text.replace(doc.text.slice(d.start, d.end), " ")),
    doc.text.slice(start, end),
  );
  return inOtherYear(told, doc.pack, doc.ref);
}

/** How many words may stand between a determiner and its noun ("the first such visit"). */
const DETERMINER_REACH = 3;

/** A determiner before token t, with only plain words (no name, no cue) between ("the visit", "the first such visit"). */
function determinerBefore(s: Sentence, t: number): boolean {
  const d = s.cues.filter((c) => c.t1 <= t && c.t1 >= t - DETERMINER_REACH && hasCue(c, "determiner")).at(-1);
  return !!d && !s.cues.some((c) => c.t0 >= d.t1 && c.t1 <= t) && !s.entities.some((m) => m.t0 >= d.t1 && m.t1 <= t);
}

/** How far before a meeting word its negation may stand ("does not intend to hold talks"). */
const NEGATION_REACH = 3;

/** A negation of the clause right before the meeting word, with no comma between. */
const negatedMeeting = (doc: Doc, s: Sentence, c: CueMention) =>
  negationBefore(doc, s, c.t0, NEGATION_REACH, /[,;:"“”«»]/);

/** How many words after a meeting noun a plan word may stand before the noun's date ("talks, which are scheduled to begin on"). */
const PLAN_AFTER_REACH = 6;

/**
 * "the summit, set to begin on 20 April", "KTT yang dijadwalkan pada 20 April", "la cumbre prevista
 * para el 20 de abril": a plan word between a meeting noun and its date makes the meeting planned.
 * Only with a date after it: "the visit is expected to deepen ties" says nothing of when the visit is.
 */
function planBeforeDate(doc: Doc, s: Sentence, w: Word, d: DateMention): boolean {
  if ((w.kind !== "talks" && w.kind !== "visitNoun") || d.start < w.c.end) return false;
  // The reach counts from the end of the noun's parties ("talks between Iranian Foreign Minister Abbas Araghchi
  // and U.S. envoy Steve Witkoff, scheduled for Saturday").
  let end = w.c.t1;
  for (const m of s.entities) if (m.t0 >= end && m.t0 <= end + PARTY_GAP && m.end <= d.start) end = m.t1;
  return s.cues.some(
    (c) => c.t0 >= w.c.t1 && c.t0 <= end + PLAN_AFTER_REACH && c.end <= d.start && hasCue(c, "planned"),
  );
}

/** Words between one party of a meeting noun and the next ("between", "and U.S. envoy"). */
const PARTY_GAP = 4;

/** How many days ahead of the article a day without its year may lie and still be read as ahead. */
const SOON_DAYS = 45;

/**
 * "negotiations … on August 14" in an article of 9 August: a day and month without a year, a few weeks
 * ahead of the article, is that day ahead (a planned meeting), not the same day a year before; news
 * that tells a meeting of last year names the year.
 */
function soonAhead(doc: Doc, d: DateMention): boolean {
  const ref = doc.ref;
  if (!ref || ref.day === null || d.yearCertain || d.weekdayOnly || d.day === null || d.measured) return false;
  const days = (Date.UTC(d.year, d.month - 1, d.day) - Date.UTC(ref.year, ref.month - 1, ref.day)) / 86_400_000;
  return days > 0 && days <= SOON_DAYS;
}

/** How far before its verb a plan word may open the verb's clause ("Putin werde im Juni Nordkorea besuchen"). */
const CLAUSE_REACH = 10;
/** How far before its verb the subject of a plan word may stand. */
const AUXILIARY_REACH = 16;

/**
 * A plan word between a verb and its subject, within one clause (no comma between): "Scholz wird
 * nächste Woche nach Peking reisen", "Xi will in the coming weeks travel to Moscow". A comma ends
 * the search, so "Blinken, who will arrive Monday, met Qin" stays a past meeting.
 */
function auxiliaryPlan(doc: Doc, s: Sentence, w: Word): boolean {
  if (w.kind === "invitation") return false;
  // "der Kanzler werde das Thema in seinem Gespräch mit Modi ansprechen", "le président aura un entretien avec
  // Modi": a meeting noun in the clause of a person's future auxiliary is to come.
  if (w.kind === "talks" || w.kind === "visitNoun") return nounPlan(doc, s, w);
  // A verb-final clause puts its auxiliary right after the verb: "wo sie Wang Yi treffen will", "besuchen wird".
  if (s.cues.some((c) => c.t0 === w.c.t1 && hasCue(c, "planned") && !/[,;]/.test(doc.text.slice(w.c.end, c.start))))
    return true;
  // A verb-final clause may hold a long object ("Scholz wird am Freitag den türkischen Präsidenten Recep Tayyip
  // Erdogan in Berlin empfangen").
  const subject = entitiesIn(s, Math.max(w.from, w.c.t0 - AUXILIARY_REACH), w.c.t0, isPerson)[0];
  if (!subject) return false;
  const between = cuesIn(s, subject.t1, w.c.t0, "planned");
  return between.length > 0 && !doc.text.slice(subject.end, w.c.start).includes(",");
}

/** How far before a meeting noun the future auxiliary of its clause may stand ("werde das Thema in seinem Gespräch"). */
const NOUN_AUXILIARY_REACH = 6;

function nounPlan(doc: Doc, s: Sentence, w: Word): boolean {
  const aux = cuesIn(s, Math.max(w.from, w.c.t0 - NOUN_AUXILIARY_REACH), w.c.t0, "planned").at(-1);
  if (!aux || /[,;]/.test(doc.text.slice(aux.end, w.c.start))) return false;
  const subject = entitiesIn(s, Math.max(w.from, aux.t0 - 2), aux.t0, isPerson).at(-1);
  return !!subject && subject.t1 === aux.t0 && !/[,;]/.test(doc.text.slice(subject.end, aux.start));
}

/** How far after a meeting noun a verb-final clause's verb of inviting may stand ("zu einem Besuch nach Neu-Delhi eingeladen"). */
const INVITED_AFTER_REACH = 8;

/**
 * "Modi hat Scholz zu einem Besuch nach Neu-Delhi eingeladen", "lud … zu Gesprächen ein": a visit or
 * talks that a verb of inviting in the same clause governs are to come. Not the noun after a
 * preposition: "the visit took place at the invitation of Putin" happened.
 */
function invitedAfter(doc: Doc, s: Sentence, w: Word): boolean {
  if (w.kind !== "visitNoun" && w.kind !== "talks") return false;
  return s.cues.some((c) =>
    c.t0 >= w.c.t1
      ? c.t0 <= w.c.t1 + INVITED_AFTER_REACH &&
        (hasCue(c, "invite") || (hasCue(c, "invitation") && !nounAfterPreposition(s, c))) &&
        !/[,;]/.test(doc.text.slice(w.c.end, c.start))
      : // "lud Scholz zu einem Besuch … ein": the verb of a separable particle stands before.
        // It governs the first meeting word after it ("mengundangnya untuk mengunjungi Moskow selama
        // pertemuan": the visit, not the talks).
        c.t1 <= w.c.t0 &&
        c.t1 >= w.c.t0 - INVITED_AFTER_REACH &&
        hasCue(c, "invite") &&
        !/[,;]/.test(doc.text.slice(c.end, w.c.start)) &&
        !s.cues.some((k) => k.t0 >= c.t1 && k.t1 <= w.c.t0 && k.cues.some((x) => MEETING_WORDS.has(x.kind))),
  );
}

/** "at the invitation of", "auf Einladung": the noun after a preposition tells on whose invitation it happened. */
const nounAfterPreposition = (s: Sentence, c: CueMention) =>
  cueJustBefore(s, c.t0, "locationPrep", 2) || cueJustBefore(s, c.t0, "comitative", 2);

/** How far before a meeting noun of purpose its clause's plan word may stand ("will dispatch a delegation to Jeddah for talks"). */
const PURPOSE_PLAN_REACH = 14;

/**
 * "will send a delegation to Jeddah for consultations", "akan berangkat ke Beijing untuk pembicaraan":
 * a meeting noun that is the purpose of a planned act is planned too. The plan word stands in the
 * same clause (no comma between) before the purpose word.
 */
function plannedPurpose(doc: Doc, s: Sentence, w: Word): boolean {
  if ((w.kind !== "talks" && w.kind !== "visitNoun") || !purposeBefore(s, w.c.t0)) return false;
  const plan = s.cues
    .filter((c) => c.t1 <= w.c.t0 && c.t0 >= Math.max(w.from, w.c.t0 - PURPOSE_PLAN_REACH) && hasCue(c, "planned"))
    .at(-1);
  return !!plan && !doc.text.slice(plan.end, w.c.start).includes(",");
}

/** The nearest date, or a more exact one right beside it ("Senin (16/10/2023)"). */
function pickDate(dates: DateMention[], cue: CueMention): DateMention | null {
  if (dates.length === 0) return null;
  const distance = (d: DateMention) => (d.start >= cue.end ? d.start - cue.end : (cue.start - d.end) * 1.5 + 1);
  const exactness = (d: DateMention) => (d.day !== null ? 2 : 1) + (d.yearCertain ? 1 : 0) - (d.weekdayOnly ? 0.5 : 0);
  let best = dates.reduce((a, b) => (distance(b) < distance(a) ? b : a));
  for (const d of dates) {
    const beside = Math.abs(d.start - best.end) <= 12 || Math.abs(best.start - d.end) <= 12;
    if (beside && exactness(d) > exactness(best)) best = d;
  }
  return best;
}

function describe(
  doc: Doc,
  draft: MeetingDraft,
  details: Pick<MeetingDraft, "location" | "date" | "days" | "status">,
  s: Sentence,
): void {
  if (s !== draft.sentence) (draft.describedIn ??= []).push(s.index);
  if (details.status === "cancelled") draft.status = "cancelled"; // "… namun pertemuan itu dibatalkan"
  if (!draft.location.country) draft.location = details.location;
  // "… to meet Qin Gang during the trip, which begins on Sunday": the day lies on the side of the meeting told.
  const date =
    details.date && draft.status === "planned" && details.status === "occurred"
      ? alignWithTense(details.date, doc.ref, true)
      : details.date;
  const side = date && doc.ref ? compareToRef(date, doc.ref) : 0;
  if (!draft.date && date && (details.status === draft.status || (draft.status === "planned" && side > 0)))
    draft.date = date;
  // "arrived on Friday for a three-day visit. The talks were held on Saturday": the meeting is the talks,
  // on their day; the day of arrival was only the visit's start.
  // The arrival keeps dating the visit while the mentions merge (buildMeetings); the talks' day replaces it after.
  else if (date && details.status === draft.status && laterInVisit(draft, date, details.days)) draft.heldOn ??= date;
  draft.days ??= details.days;
}

/** How many days after an arrival of a visit whose length is not told its talks may still be held. */
const VISIT_DAYS = 3;

/**
 * A day after the day `visit` began by an arrival, within its days (VISIT_DAYS when unsaid): the day of
 * talks held during the visit.
 */
export function laterInVisit(
  visit: Pick<MeetingDraft, "date" | "fromArrival" | "days">,
  d: Pick<DateMention, "year" | "month" | "day">,
  days: number | null = null,
): boolean {
  const v = visit.date;
  if (!visit.fromArrival || !v || v.day === null || d.day === null) return false;
  const after = (Date.UTC(d.year, d.month - 1, d.day) - Date.UTC(v.year, v.month - 1, v.day)) / 86_400_000;
  return after > 0 && after < (visit.days ?? days ?? VISIT_DAYS);
}

/**
 * An undated mention takes the date of a dated one in the same sentence that shares a person and a
 * tense ("Scholz, der am Montag … eingetroffen war, lobte seinen Gastgeber Macron").
 */
function shareSentenceDate(own: MeetingDraft[]): void {
  for (const d of own) {
    if (d.date) continue;
    // A date measured from another event ("a month after Kim's trip") is that event's alone.
    const dated = own.filter(
      (o) => o.date && !o.date.measured && o.status === d.status && o.persons.some((p) => d.persons.includes(p)),
    );
    if (dated.length && dated.every((o) => o.date!.start === dated[0].date!.start)) d.date = dated[0].date;
  }
}
