import type { Doc, EntityMention } from "./document";
import { governedState } from "./sentenceQueries";
import { evidenceOf } from "./entityFacts";
import { roleKindOf } from "./roleKinds";
import type { MeetingFact } from "./facts";
import { laterInVisit, meetingDrafts, type MeetingDraft } from "./meetingDrafts";
import { alignWithTense, compareToRef, formatDate, type DateMention } from "./resolveDates";
import { sentenceDates } from "./sentenceDates";

/**
 * Meetings and visits: the mentions read by meetingDrafts, merged so that one meeting reported in
 * three sentences is one fact, then completed (a multi-day visit that began by the article's date
 * is ongoing) and kept only when at least two parties take part.
 */
export function buildMeetings(doc: Doc): MeetingFact[] {
  const merged: MeetingDraft[] = [];
  /** The sentences that report each merged meeting. */
  const told = new Map<MeetingDraft, number[]>();
  // A mention with neither date nor place cannot tell which meeting it is until the others are read: it
  // comes last, and joins of the meetings it can be the one nearest the article's date ("Kim and Putin
  // sign a pact" in an article that also recalls Kim's trip a year before is today's meeting: background
  // is dated, the news often is not).
  const drafts = meetingDrafts(movementsAsStates(doc));
  const vague = (x: MeetingDraft) => !x.date && !x.location.country && !x.otherYear;
  for (const d of [...drafts.filter((x) => !vague(x)), ...drafts.filter(vague)]) {
    const candidates = merged.filter((m) => sameMeeting(doc, m, d));
    const same = vague(d) ? nearestToArticle(doc, candidates) : candidates[0];
    if (same) {
      absorb(same, d);
      told.get(same)!.push(d.sentence.index, ...(d.describedIn ?? []));
    } else {
      const m = { ...d, persons: [...d.persons], countries: [...d.countries], location: { ...d.location } };
      merged.push(m);
      told.set(m, [d.sentence.index, ...(d.describedIn ?? [])]);
    }
  }
  // Every sentence that reports a meeting: beside a meeting's own, those report others (read once, not per meeting).
  const reported = new Set([...told.values()].flat());
  return merged.flatMap((m) => {
    // "arrived on Friday for a three-day visit … The talks were held on Saturday": the meeting is the talks.
    if (m.heldOn) [m.date, m.fromArrival] = [m.heldOn, false];
    // "met in Osaka in 2019": no month of the news nor of a neighbour dates it.
    if (m.status !== "planned" && m.status !== "cancelled" && !(m.otherYear && !m.date)) {
      if (!m.date) m.date = dateNearby(doc, m, told.get(m)!, reported) ?? newsMonth(doc);
      // "arrived this week" gives the month; a day of that month in a sentence about its people is the day.
      else if (m.date.day === null) {
        const near = dateNearby(doc, m, told.get(m)!, reported);
        // The day is the neighbour's, not an arrival's: it says nothing of a visit still going on.
        if (near?.day != null && near.year === m.date.year && near.month === m.date.month)
          [m.date, m.fromArrival] = [near, false];
      }
    }
    const parties = withoutVoices(doc, m);
    const fact = parties && toFact(doc, parties);
    return fact ? [fact] : [];
  });
}

/**
 * A spokesperson tells of a meeting, not takes part ("Peskov denied that any agreement was signed
 * during the visit", "Guo Jiakun said China welcomed Indonesia"): the persons the article gives a
 * spokesperson's role are no party to it (issue 15: a commentator is not a participant). Taken out
 * once the mentions are merged, so that a spokesperson's account still joins the meeting it tells;
 * a meeting left with one party named was only the spokesperson's account, and is none.
 */
function withoutVoices(doc: Doc, m: MeetingDraft): MeetingDraft | null {
  const voice = (key: string) => doc.persons.get(key)?.roles.some((r) => roleKindOf(r.title) === "spokesperson");
  if (!m.persons.some(voice)) return m;
  const persons = m.persons.filter((p) => !voice(p));
  return persons.length + m.countries.length >= 2 ? { ...m, persons } : null;
}

/**
 * Of several meetings, the one dated nearest the article's date; the first on a tie. An undated one is
 * the article's news (it will be dated by the news month).
 */
function nearestToArticle(doc: Doc, ms: MeetingDraft[]): MeetingDraft | undefined {
  const ref = doc.ref;
  if (!ref || ms.length < 2) return ms[0];
  const months = (m: MeetingDraft) => (m.date ? Math.abs((m.date.year - ref.year) * 12 + m.date.month - ref.month) : 0);
  return ms.reduce((a, b) => (months(b) < months(a) ? b : a));
}

/** How many sentences from a meeting's report a sentence about its people may date it. */
const NEARBY_REACH = 2;

/**
 * A meeting told without a date is often dated in a neighbouring sentence about its people that
 * names no meeting itself ("Pada Kamis (5/3/2025) Jokowi menyampaikan …", "On Monday the
 * president signed a pact with his guest. … signed at a summit in the capital"): the past date of the
 * nearest such sentence.
 */
function dateNearby(doc: Doc, m: MeetingDraft, sentences: number[], reported: Set<number>): DateMention | null {
  if (!doc.ref || m.persons.length === 0) return null;
  const states = partyCountries(doc, m);
  const own = new Set(sentences);
  // Nearest first: one sentence away from any report, then two; before ahead of after.
  const order = [];
  for (let k = 1; k <= NEARBY_REACH; k++) for (const i of own) order.push(i - k, i + k);
  for (const i of order) {
    const s = doc.sentences[i];
    // A sentence that reports another meeting tells that one's date; a meeting word that made no meeting
    // ("… signed a treaty on Saturday at their first joint summit") may well date this one.
    if (!s || s.dateline || reported.has(i)) continue;
    const about =
      s.entities.some(
        (e) =>
          (e.entity.kind === "person" && m.persons.includes(e.entity.key)) ||
          (e.entity.kind === "pair" && e.entity.of === "persons"),
      ) ||
      // "the junta leaders of Mali, Burkina Faso and Niger": two of its states or more, when its people are not named.
      new Set(
        s.entities.flatMap((e) =>
          e.entity.kind === "country" && states.includes(e.entity.code) ? [e.entity.code] : [],
        ),
      ).size >= 2;
    if (!about) continue;
    const past = sentenceDates(doc, s)
      .map((d) => alignWithTense(d, doc.ref, false))
      .filter((d) => compareToRef(d, doc.ref!) <= 0);
    if (past.length) return past[0];
  }
  return null;
}

/**
 * A meeting that took place and is dated nowhere is news of the article's month: reports tell
 * recent meetings, and the month is as exact as the article allows.
 */
function newsMonth(doc: Doc): DateMention | null {
  const ref = doc.ref;
  return ref
    ? { start: 0, end: 0, year: ref.year, month: ref.month, day: null, yearCertain: true, weekdayOnly: false }
    : null;
}

function sameMeeting(doc: Doc, a: MeetingDraft, b: MeetingDraft): boolean {
  const moving = new Set(["occurred", "ongoing"]);
  // A plan and its cancellation are one meeting ("Rencana KTT itu …" / "… membatalkan rencana pertemuan puncak").
  const called = new Set(["planned", "cancelled"]);
  const recalled = called.has(a.status) && called.has(b.status) && (a.refersBack || b.refersBack);
  if (a.status !== b.status && !(moving.has(a.status) && moving.has(b.status)) && !recalled) return false;
  if (a.date && b.date) {
    const [x, y] = [formatDate(a.date), formatDate(b.date)];
    if (!x.startsWith(y) && !y.startsWith(x) && !duringVisit(a, b) && !duringVisit(b, a)) return false;
  }
  // "met in Osaka in 2019" is not a meeting of the article's year.
  const thisYear = (m: MeetingDraft) => !!m.date && m.date.year === doc.ref?.year;
  if ((a.otherYear && thisYear(b)) || (b.otherYear && thisYear(a))) return false;
  if (a.location.country && b.location.country && a.location.country !== b.location.country) return false;
  if (a.location.city && b.location.city && a.location.city !== b.location.city) return false;
  // Kim meeting Putin and Kim meeting Shoigu on the same trip are two meetings; a visit (one person) joins either.
  const within = (x: string[], y: string[]) => x.every((p) => y.includes(p));
  if (a.persons.length >= 2 && b.persons.length >= 2 && !within(a.persons, b.persons) && !within(b.persons, a.persons))
    return false;
  if (a.persons.some((p) => b.persons.includes(p))) return true;
  // A host met during a visit joins it ("Lavrov arrived in Pyongyang … Speaking at a reception, Choe …").
  if (hostOf(doc, a, b) || hostOf(doc, b, a)) return true;
  if (a.persons.length > 0 && b.persons.length > 0) return false;
  const ca = partyCountries(doc, a);
  return partyCountries(doc, b).filter((c) => ca.includes(c)).length >= 2;
}

/**
 * "arrived on Sunday for a three-day visit … a lunch with Li Qiang on Monday": a meeting dated within
 * the days of a visit (from its arrival) may be one of that visit; the other tests still apply.
 */
function duringVisit(visit: MeetingDraft, m: MeetingDraft): boolean {
  const [v, d] = [visit.date, m.date];
  if (!visit.fromArrival || !visit.days || visit.days < 2 || !v || !d || v.day === null || d.day === null) return false;
  const days = (Date.UTC(d.year, d.month - 1, d.day) - Date.UTC(v.year, v.month - 1, v.day)) / 86_400_000;
  return days > 0 && days < visit.days;
}

/** True when `host` is one person of the state that `visit` goes to, and the visit has a foreign visitor. */
function hostOf(doc: Doc, visit: MeetingDraft, host: MeetingDraft): boolean {
  if (host.persons.length !== 1 || host.countries.length > 0 || visit.countries.length === 0) return false;
  const state = doc.persons.get(host.persons[0])?.country;
  return !!state && visit.countries[0] === state && visit.persons.some((p) => doc.persons.get(p)?.country !== state);
}

function absorb(into: MeetingDraft, d: MeetingDraft): void {
  // A tour "on Thursday" stays done when an undated "is in Pyongyang" of the same visit joins it, in either order.
  const undated = (m: MeetingDraft) => m.date?.day == null;
  const done = (dayDone(into) && undated(d)) || (dayDone(d) && into.status === "ongoing" && undated(into));
  // "Biden arrived in Hanoi on Sunday and held talks with Trong": an encounter (met, held talks) told as
  // held in the sentence of an arrival is of its day, and over, though the visit goes on.
  const heldThatDay = (arrival: MeetingDraft, talks: MeetingDraft) =>
    arrival.fromArrival &&
    arrival.date?.day != null &&
    !!talks.encounter &&
    (!talks.date || formatDate(talks.date) === formatDate(arrival.date)) &&
    talks.status === "occurred" &&
    arrival.status === "occurred" &&
    talks.sentence === arrival.sentence;
  const arrivalDay = heldThatDay(into, d) ? into.date : heldThatDay(d, into) ? d.date : null;
  for (const p of d.persons) if (!into.persons.includes(p)) into.persons.push(p);
  for (const c of d.countries) if (!into.countries.includes(c)) into.countries.push(c);
  into.location.country ??= d.location.country;
  into.location.city ??= d.location.city;
  if (d.date && (!into.date || (into.date.day === null && d.date.day !== null))) {
    into.date = d.date;
    into.fromArrival = d.fromArrival;
  }
  // Talks on a later day of a visit (laterInVisit) will date the meeting, not the arrival.
  else if (d.date && !d.fromArrival && d.status === into.status && laterInVisit(into, d.date)) into.heldOn ??= d.date;
  into.heldOn ??= d.heldOn;
  if (arrivalDay) into.heldOn ??= arrivalDay;
  into.days ??= d.days;
  if (d.status === "cancelled") into.status = d.status;
  else if (done) into.status = "occurred";
  else if (d.status === "ongoing") into.status = d.status;
}

/** An encounter of a given day (not an arrival: a visit may go on) that is over. */
const dayDone = (m: MeetingDraft) => m.status === "occurred" && m.date?.day != null && !m.fromArrival;

/** Countries a meeting involves: its persons' and the states taking part. */
function partyCountries(doc: Doc, m: MeetingDraft): string[] {
  const out = new Set(m.countries);
  for (const p of m.persons) {
    const c = doc.persons.get(p)?.country;
    if (c) out.add(c);
  }
  return [...out];
}

function toFact(doc: Doc, m: MeetingDraft): MeetingFact | null {
  const home = new Set(m.persons.map((p) => doc.persons.get(p)?.country).filter((c): c is string => !!c));
  // A lone visitor meets the state he travels to: a summit "in Beijing" with only Modi named is Modi visiting CN.
  const visited =
    m.countries.length === 0 && m.persons.length === 1 && m.location.country && !home.has(m.location.country)
      ? [m.location.country]
      : m.countries;
  const states = visited.filter((c) => !home.has(c));
  // Two parties at least, and not all of one state (ministers of one government at the same talks);
  // a person whose state the text does not give may well be the foreign guest.
  const stateless = m.persons.some((p) => !doc.persons.get(p)?.country);
  if (m.persons.length + states.length < 2 || (states.length === 0 && home.size < 2 && !stateless)) return null;
  const location = m.location.country
    ? m.location
    : { country: states.length === 1 && m.persons.length === 1 ? states[0] : null, city: null };
  return {
    participants: [...m.persons.map((p) => doc.persons.get(p)?.name ?? p), ...states],
    countries: [...new Set([...home, ...visited])].sort(),
    location,
    date: m.date ? formatDate(m.date) : null,
    status: isOngoing(doc, m) ? "ongoing" : m.status,
    evidence: evidenceOf(doc, m.sentence),
  };
}

/** A visit that began on date d and lasts n days (one when unsaid) is going on at the article's date. */
function isOngoing(doc: Doc, m: MeetingDraft): boolean {
  const ref = doc.ref;
  if (m.status !== "occurred" || !m.fromArrival || !m.date || m.date.day === null || !ref || ref.day === null)
    return false;
  const elapsed =
    (Date.UTC(ref.year, ref.month - 1, ref.day) - Date.UTC(m.date.year, m.date.month - 1, m.date.day)) / 86_400_000;
  return elapsed >= 0 && elapsed < (m.days ?? 1);
}

/**
 * A movement that governs a territory meets for its state, as it is a party to its agreements
 * ("talks between Israeli and Hamas negotiators" are between IL and PS): the document with those
 * mentions read as the state.
 */
function movementsAsStates(doc: Doc): Doc {
  const governs = (m: EntityMention) => governedState(m.entity) !== undefined;
  if (!doc.sentences.some((s) => s.entities.some(governs))) return doc;
  const asState = (m: EntityMention): EntityMention => {
    const code = governedState(m.entity);
    return code ? { ...m, entity: { kind: "country", code, form: "name" } } : m;
  };
  return {
    ...doc,
    sentences: doc.sentences.map((s) => (s.entities.some(governs) ? { ...s, entities: s.entities.map(asState) } : s)),
  };
}
