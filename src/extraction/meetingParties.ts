import type { CueKind } from "./cueIndex";
import { hasCue, type CueMention, type Doc, type EntityMention, type Sentence } from "./document";
import { previousSubject } from "./previousSubject";
import { STATE_GROUPS } from "../names/organizations";
import { roleKindOf } from "./roleKinds";
import {
  codeOf,
  conjunctionBetween,
  cueJustBefore,
  cuesIn,
  entitiesIn,
  firstAfter,
  isPerson,
  isPlace,
  pairCountries,
  nearestBefore,
  recentPersons,
  referenceWords,
  relativeAt,
  type EntityTest,
} from "./sentenceQueries";

export const MEETING_KINDS = [
  "meet",
  "host",
  "hostNoun",
  "visit",
  "arrive",
  "talks",
  "visitNoun",
  "invite",
  "invitation",
  "sign",
  "summon",
  "summoned",
  "presence",
] as const satisfies readonly CueKind[];
export type MeetingKind = (typeof MEETING_KINDS)[number];

/** Who takes part in the meeting one meeting word reports, and where a visit goes. */
export interface Parties {
  persons: string[];
  /** States taking part as such: the country visited, or "Russia and North Korea" holding talks. */
  countries: string[];
  destination: EntityMention | null;
  /** Whose country the meeting is in when no place is named. */
  host: EntityMention | null;
  /**
   * Joint subjects who travel to a place each make their own visit ("Shoigu dan delegasi China tiba di
   * Korea Utara"): one party each, persons or states. Empty when one party travels.
   */
  travellers: Array<{ person: string } | { country: string }>;
  /** The persons are "the two leaders/ministers" of a meeting noun, read as the two named last. */
  fromPair?: boolean;
}

/** How far after a host verb its guest may start ("received French President Emmanuel Macron"). */
const OBJECT_REACH = 5;
/**
 * Words a long guest title may hold between a host verb and the guest's name: articles, government
 * words, a day ("este martes"), the Spanish personal "a"/"al", a place ("received in Paris …") and a
 * delegation that the guest leads ("received a Russian delegation led by X": X is met).
 */
const ROLE_FILLERS: ReadonlySet<CueKind> = new Set<CueKind>([
  "determiner",
  "government",
  "demonstrative",
  "destinationPrep",
  "locationPrep",
  "delegation",
  "ledBy",
]);

/**
 * A genitive joining a title to its ministry ("ministre des Affaires étrangères", "Minister of Foreign
 * Affairs", "ministro de Asuntos Exteriores de China"): the genitive word followed by a capitalised
 * word. "the decision of the President", "a call from the …" stay plain words, not a title.
 */
function titleGenitive(doc: Doc, s: Sentence, c: CueMention): boolean {
  // "primeiro-ministro de Portugal": the genitive may also be read as "from".
  if (!c.cues.every((x) => x.kind === "claimLink" || x.kind === "originPrep") || !hasCue(c, "claimLink")) return false;
  const next = doc.tokens[c.t1];
  if (!next) return false;
  const first = doc.text[next.start];
  // "le chef de la diplomatie russe": an article, then a word of government.
  return first !== first.toLowerCase() || (cueJustBefore(s, c.t1 + 1, "determiner", 0) && governmentAt(s, c.t1 + 1));
}

const governmentAt = (s: Sentence, t: number) => s.cues.some((k) => k.t0 === t && hasCue(k, "government"));

/** How many words may part a list of states from its verb: "Russian and Ukrainian delegations met". */
const VERB_GAP = 2;
/** … and from a meeting noun: "Iranian and US negotiators held a fourth round of indirect talks". */
const NOUN_GAP = 8;

/**
 * A state named as a place ("in Oman", "to Qatar", "from Iran"), not as a party. "A delegation from
 * Togo", "delegasi dari Togo" is the state's delegation: a party, as "a Togolese delegation" is.
 */
function placeMarked(s: Sentence, m: EntityMention): boolean {
  return (
    cueJustBefore(s, m.t0, "locationPrep", 1) ||
    cueJustBefore(s, m.t0, "destinationPrep", 1) ||
    (cueJustBefore(s, m.t0, "originPrep", 1) && !fromDelegation(s, m))
  );
}

/** "a delegation from Togo": the state after "from" right after a delegation word. */
const fromDelegation = (s: Sentence, m: EntityMention) =>
  cueJustBefore(s, m.t0, "originPrep", 1) && cueJustBefore(s, m.t0 - 1, "delegation", 1);

const isParty = (s: Sentence) => (m: EntityMention) => m.entity.kind === "country" && !placeMarked(s, m);

/** The states listed with "and" that end at most `gap` words before token t, within [from, t). */
function statesBefore(doc: Doc, s: Sentence, from: number, t: number, gap: number): string[] {
  const ms = entitiesIn(s, from, t, isParty(s));
  const chain = ms.length && t - ms[ms.length - 1].t1 <= gap ? [ms[ms.length - 1]] : [];
  for (let i = ms.length - 2; i >= 0 && chain.length; i--) {
    const next = chain[chain.length - 1];
    if (ms[i].t1 <= next.t0 && (joined(s, ms[i].t1, next.t0) || commaBetween(doc, ms[i], next))) chain.push(ms[i]);
    else break;
  }
  return [...new Set(chain.reverse().map((m) => codeOf(doc, m.entity)!))];
}

/** The states listed with "and" from just after token t ("met with Iran", "hosted Russian and Ukrainian delegations"). */
function statesAfter(doc: Doc, s: Sentence, t: number, to: number): string[] {
  // "met Russia's defence minister": a state in a title is the person's, and the person is not named.
  const ms = entitiesIn(s, t, to, (m) => isParty(s)(m) && !m.inRole);
  // "met with a delegation from Togo": the words of the delegation may stand between.
  const chain = ms.length && ms[0].t0 - t <= VERB_GAP + (fromDelegation(s, ms[0]) ? 3 : 0) ? [ms[0]] : [];
  for (let i = 1; i < ms.length && chain.length; i++) {
    const last = chain[chain.length - 1];
    if (ms[i].t0 >= last.t1 && (joined(s, last.t1, ms[i].t0) || commaBetween(doc, last, ms[i]))) chain.push(ms[i]);
    else break;
  }
  return [...new Set(chain.map((m) => codeOf(doc, m.entity)!))];
}

/** "Britain, France and Germany": two states of a list parted by a comma alone. */
function commaBetween(doc: Doc, a: EntityMention, b: EntityMention): boolean {
  return /^\s*,\s*$/.test(doc.text.slice(a.end, b.start));
}

/** How far after "with" a state met as such may stand: "with the Iranian delegation", "avec les négociateurs israéliens". */
const STATE_GUEST_REACH = 4;

/**
 * A state named after "with" as the side met: not a place ("in Jeddah") and not the state of a person
 * named ("with Ukrainian Foreign Minister X"). "z ukraińskimi urzędnikami": the Polish "z" is both "with" and "from".
 */
const stateMet = (s: Sentence) => (m: EntityMention) =>
  m.entity.kind === "country" &&
  !m.inRole &&
  !cueJustBefore(s, m.t0, "locationPrep", 1) &&
  !cueJustBefore(s, m.t0, "destinationPrep", 1);

const keyOf = (m: EntityMention) => (m.entity.kind === "person" ? m.entity.key : "");

/**
 * "Modi met Putin in Moscow and then travelled to Kyiv, where he met Zelensky": a personal pronoun right
 * before the meeting word, after persons named earlier in the sentence, is the one the sentence is about,
 * its first person (the subject whose trip it tells), not the one met last.
 */
function clauseSubjectOfPronoun(s: Sentence, cue: CueMention): EntityMention | null {
  const pronoun = s.entities.find(
    (m) => m.entity.kind === "pronoun" && m.t1 <= cue.t0 && m.t1 >= cue.t0 - PRONOUN_REACH,
  );
  if (!pronoun) return null;
  const first = s.entities.find(isPerson);
  return first && first.t1 <= pronoun.t0 ? first : null;
}

/** How far before its verb a pronoun subject may stand ("He later met", "Dia kemudian bertemu"). */
const PRONOUN_REACH = 4;

/**
 * "He met …", "Dia bertemu …", "Danach traf er …": a personal pronoun right before the meeting word
 * (or right after it, in an inverted clause), with no person named before it in the sentence, is the
 * subject of the sentence before (previousSubject): the one whose trip the story tells. So is the
 * unsaid subject of a verb opening its sentence ("Luego se reunió con …", "Затем встретился с …"):
 * languages that drop the pronoun.
 */
function pronounSubject(doc: Doc, s: Sentence, cue: CueMention, verb = true): EntityMention | null {
  const firstPerson = s.entities.find(isPerson);
  const pronoun = s.entities.find(
    (m) =>
      m.entity.kind === "pronoun" &&
      ((m.t1 <= cue.t0 && m.t1 >= cue.t0 - PRONOUN_REACH) || m.t0 === cue.t1) &&
      !(firstPerson && firstPerson.t1 <= m.t0),
  );
  // An adverb must open the sentence: a verb opening it may be a participle whose subject follows
  // ("Bertemu di KTT darurat …, para pemimpin ECOWAS memperingatkan"); a noun has no unsaid subject.
  const dropped =
    verb &&
    !hasCue(cue, "talks") &&
    !cueJustBefore(s, cue.t0, "determiner", 1) &&
    cue.t0 > s.t0 &&
    cue.t0 - s.t0 <= PRONOUN_REACH &&
    !(s.entities.length > 0 && s.entities[0].t0 < cue.t0);
  if (!pronoun && !dropped) return null;
  const before = previousSubject(doc, s.index, isPerson, "person");
  return before?.entity.kind === "person" ? before : null;
}

/** How far before a person the "with" of a phone call may stand: "by telephone with the Chinese premier, Li Qiang". */
const CALLED_REACH = 8;

const phonePartners = new WeakMap<Sentence, Set<EntityMention>>();

/**
 * A person after the "with" of a phone call ("a phone call with X", "telepon dengan X"). The sentence's
 * call partners are read once, walking its cues and entities together: linear however many talks words it holds.
 */
function calledBy(s: Sentence, m: EntityMention): boolean {
  let partners = phonePartners.get(s);
  if (!partners) {
    partners = new Set();
    const ends: number[] = [];
    for (const c of s.cues)
      if (hasCue(c, "remote")) ends.push(c.t1);
      else if (hasCue(c, "comitative") && ends.length && c.t0 - ends[ends.length - 1] <= 2) ends.push(-c.t1);
    // Negative entries are the ends of a call's "with"; the persons within reach after one are called.
    const withs = ends.filter((e) => e < 0).map((e) => -e);
    let w = 0;
    for (const e of s.entities) {
      while (w < withs.length && withs[w] + CALLED_REACH < e.t0) w++;
      if (w < withs.length && e.t0 >= withs[w] && isPerson(e)) partners.add(e);
    }
    phonePartners.set(s, partners);
  }
  return partners.has(m);
}

/** How far after a meeting noun its "with" may stand: "meeting with", "pertemuan bilateral dengan". */
const WITH_REACH = 2;

/** How far after "with" the one met may be named, past a long title ("with the Saudi foreign minister, Prince Faisal"). */
const TITLED_REACH = 10;

/** How far after a meeting noun its owner may be named: "la rencontre du Premier ministre qatarien (X) avec …". */
const OWNER_REACH = 6;

/**
 * The person a meeting noun belongs to, named right after it and followed by its "with": "the meeting
 * of Prime Minister X with …", "pertemuan Menlu X dengan …", "la rencontre du ministre X avec …".
 */
function ownerOf(s: Sentence, cue: CueMention, to: number): EntityMention | null {
  if (cuesIn(s, cue.t1, Math.min(to, cue.t1 + WITH_REACH), "comitative").length) return null;
  const owner = firstAfter(s, cue.t1, isPerson, Math.min(to, cue.t1 + OWNER_REACH));
  if (!owner || s.entities.some((m) => m.t0 >= cue.t1 && m.t1 <= owner.t0 && !m.inRole)) return null;
  return cuesIn(s, owner.t1, Math.min(to, owner.t1 + WITH_REACH), "comitative").length ? owner : null;
}

const VISIT_KINDS: readonly CueKind[] = ["visit", "arrive", "visitNoun"];

/**
 * "Scholz arrived in Beijing for a three-day visit. A lunch with Li Qiang followed": a meeting noun with
 * no one before it in its sentence, right after a sentence telling a visit, is the visitor's (the
 * subject of that sentence) when the one met is of another state.
 */
function visitorBefore(doc: Doc, s: Sentence, cue: CueMention, guest: EntityMention): EntityMention | null {
  if (s.entities.some((m) => m.t1 <= cue.t0 && (isPerson(m) || m.entity.kind === "pronoun"))) return null;
  let i = s.index - 1;
  while (i >= 0 && doc.sentences[i].dateline) i--;
  if (i < 0) return null;
  const told = doc.sentences[i];
  if (!told.cues.some((c) => VISIT_KINDS.some((kind) => hasCue(c, kind)))) return null;
  const visitor = previousSubject(doc, s.index, isPerson, "person");
  if (visitor?.entity.kind !== "person" || guest.entity.kind !== "person") return null;
  const home = doc.persons.get(visitor.entity.key)?.country;
  const away = doc.persons.get(guest.entity.key)?.country;
  // The one met is of the state visited: a place of that state is named in the visit's sentence.
  const visited = told.entities.some((m) => isPlace(m) && !m.inRole && codeOf(doc, m.entity) === away);
  return home && away && home !== away && visited ? visitor : null;
}

/** How far after a meeting noun a "with" may stand past words of time: "negotiations earlier this year with Tehran". */
const WITH_FAR = 6;

/**
 * The "with" naming who a meeting noun meets: right after the noun, after its owner, or a few words
 * on when nothing is named and no other meeting word stands between ("talks on Sunday with Iran").
 */
function withAfter(s: Sentence, cue: CueMention, owner: EntityMention | null, to: number): CueMention | undefined {
  const near = cuesIn(s, cue.t1, Math.min(to, cue.t1 + WITH_REACH), "comitative")[0];
  if (near) return near;
  if (owner) return cuesIn(s, owner.t1, Math.min(to, owner.t1 + WITH_REACH), "comitative")[0];
  const far = cuesIn(s, cue.t1, Math.min(to, cue.t1 + WITH_FAR), "comitative")[0];
  if (!far || namedWithin(s, cue.t1, far.t0)) return undefined;
  const meetingBetween = s.cues.some(
    (c) => c.t0 >= cue.t1 && c.t1 <= far.t0 && MEETING_KINDS.some((kind) => hasCue(c, kind)),
  );
  return meetingBetween ? undefined : far;
}

/** Some entity lies within tokens [a, b): found by bisection (entities are in text order), so a long sentence of meeting words stays n log n. */
function namedWithin(s: Sentence, a: number, b: number): boolean {
  let lo = 0;
  let hi = s.entities.length;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if (s.entities[mid].t0 < a) lo = mid + 1;
    else hi = mid;
  }
  const m = s.entities[lo];
  return !!m && m.t1 <= b;
}

/** A state or a group of states standing for its members ("the E3" = Britain, France and Germany). */
const isStateParty: EntityTest = (m) =>
  !m.inRole && (m.entity.kind === "country" || (m.entity.kind === "org" && m.entity.id in STATE_GROUPS));

/** The codes a state or group mention stands for. */
function stateCodes(doc: Doc, m: EntityMention): string[] {
  if (m.entity.kind === "org") return [...(STATE_GROUPS[m.entity.id] ?? [])];
  const code = codeOf(doc, m.entity);
  return code ? [code] : [];
}

/**
 * The state subject of a clause whose meeting noun has no person before it: a state pronoun right
 * before the noun's verb ("They have held talks with Iran") is the state subject of the sentence before
 * (previousSubject); else the sentence's first state, when it opens the sentence outside any
 * preposition ("The United States, which …, held negotiations with Tehran").
 */
function stateSubject(doc: Doc, s: Sentence, cue: CueMention): string[] {
  const pronoun = s.cues.find(
    (c) =>
      hasCue(c, "statePronoun") &&
      c.t0 === s.t0 &&
      c.t1 <= cue.t0 &&
      c.t1 >= cue.t0 - STATE_PRONOUN_REACH &&
      !s.entities.some((m) => m.t0 >= c.t1 && m.t1 <= cue.t0),
  );
  if (pronoun) {
    const before = previousSubject(doc, s.index, isStateParty, "state");
    return before ? stateCodes(doc, before) : [];
  }
  const first = s.entities[0];
  if (!first || first.t1 > cue.t0 || first.t0 - s.t0 > OPENING_REACH || !isStateParty(first) || placeMarked(s, first))
    return [];
  return stateCodes(doc, first);
}

/** How far a state pronoun opening its sentence may stand before a meeting noun: "They have held several rounds of talks". */
const STATE_PRONOUN_REACH = 6;

/** How many words may open a sentence before its subject: "The", "On Monday, the". */
const OPENING_REACH = 3;

/** How close a verb of saying stands to its speaker: "Kirby said", "said Kirby", "kata Peskov". */
const SPEAKER_REACH = 1;

/** A person who is the subject of a verb of saying right beside the name. */
function speaks(s: Sentence, m: EntityMention): boolean {
  return s.cues.some(
    (c) =>
      hasCue(c, "say") &&
      ((c.t0 >= m.t1 && c.t0 - m.t1 <= SPEAKER_REACH) || (c.t1 <= m.t0 && m.t0 - c.t1 <= SPEAKER_REACH)),
  );
}

/**
 * "Hebestreit sagte, der Kanzler werde … in seinem Gespräch mit Modi", "le porte-parole a déclaré que le
 * président aura un entretien avec Modi": a clause reported by a verb of saying that names a person of its
 * own (not the speaker right beside the verb) has its own subject; the speaker before the verb is not at the
 * meeting. The stretch of the meeting word's parties then opens after the verb.
 */
function reportedStart(s: Sentence, cue: CueMention, from: number): number {
  const say = s.cues.filter((c) => c.t0 >= from && c.t1 <= cue.t0 && hasCue(c, "say")).at(-1);
  if (!say) return from;
  const speaker = s.entities.some((m) => m.t0 >= from && m.t1 <= say.t0 && isPerson(m));
  const own = s.entities.some((m) => m.t0 >= say.t1 && m.t1 <= cue.t0 && isPerson(m) && !speaks(s, m));
  return speaker && own ? say.t1 : from;
}

/** How far before a sign verb its "with" partner may start ("hat mit Joe Biden ein Abkommen unterzeichnet"). */
const SIGN_PARTNER_REACH = 12;

/** A transitive visit verb takes its destination at once ("mengunjungi Rusia", "visited Pyongyang"). */
const DIRECT_OBJECT_REACH = 2;

/**
 * The parties of the meeting word `cue`, read within its stretch [from, to) of the sentence:
 * - meet/host: the persons before it (or "the two leaders", or the subject) and after it;
 * - host noun: the guest before it and the host after it ("dankte seinem Gastgeber Macron");
 * - talks: the persons in the stretch, or the states "between" whom they are held;
 * - visit/arrive/visit noun: the visitor and the place visited;
 * - invite: the guest after the verb; invitation: the subject who received it;
 * - sign: the joint subject ("Kim and Putin signed"), and the partner after "with";
 * - summon: the state (or person) that summons and the envoy summoned, or the envoy's state.
 */
export function partiesOf(
  doc: Doc,
  s: Sentence,
  cue: CueMention,
  kind: MeetingKind,
  from: number,
  to: number,
): Parties | null {
  // "at the invitation of X" gives the reason for a visit told elsewhere, not a new one.
  if (kind === "invitation" && s.cues.some((c) => c.t0 === cue.t1 && hasCue(c, "claimLink"))) return null;
  const keys = (ms: Array<EntityMention | null>) =>
    ms.flatMap((m) => (m?.entity.kind === "person" ? [m.entity.key] : []));
  const persons: string[] = [];
  const countries: string[] = [];
  let destination: EntityMention | null = null;
  let host: EntityMention | null = null;
  const travellers: Parties["travellers"] = [];
  let fromPair = false;

  if (kind === "hostNoun") {
    const guest = nearestBefore(s, cue.t0, isPerson);
    host = firstAfter(s, cue.t1, isPerson, to);
    persons.push(...keys([guest, host]));
  } else if (kind === "meet" || kind === "host") {
    let left = keys(entitiesIn(s, reportedStart(s, cue, from), cue.t0, isPerson));
    const pair = entitiesIn(s, from, cue.t0, (m) => m.entity.kind === "pair" && m.entity.of === "persons")[0];
    if (left.length === 0 && pair) {
      left = recentPersons(doc, s, pair.t0, 2);
      fromPair = left.length > 0;
    }
    if (left.length === 0) left = keys([clauseSubjectOfPronoun(s, cue) ?? nearestBefore(s, cue.t0, isPerson)]);
    if (left.length === 0) left = keys([pronounSubject(doc, s, cue)]);
    // A host receives the person right after the verb, not one further on ("received an invitation from Putin").
    const right = entitiesIn(s, cue.t1, to, isPerson);
    // Further on only when nothing but a role stands between ("menyambut rombongan Wakil Perdana Menteri … Richard Marles").
    const plain = (t: number) =>
      !s.cues.some(
        (c) =>
          c.t0 >= cue.t1 &&
          c.t1 <= t &&
          !c.cues.every((x) => ROLE_FILLERS.has(x.kind)) &&
          !hasCue(c, "destinationPrep") &&
          !titleGenitive(doc, s, c),
      );
    const near = kind === "meet" || (right.length > 0 && (right[0].t0 - cue.t1 <= OBJECT_REACH || plain(right[0].t0)));
    persons.push(...left, ...(near ? keys(right) : []));
    // "Merz empfing ihn", "received him": the person named last before, other than the subject.
    if (!(near && right.length) && s.cues.some((k) => k.t0 === cue.t1 && hasCue(k, "objectPronoun"))) {
      const other = recentPersons(doc, s, cue.t0, 3)
        .filter((k) => !left.includes(k))
        .at(-1);
      if (other) persons.push(other);
    }
    // "Iran and the United States held talks", "Russian and Ukrainian delegations met", "hosted Russian
    // and Ukrainian delegations": states named as a list beside the verb meet as such.
    if (persons.length < 2) {
      const after = statesAfter(doc, s, cue.t1, to);
      let before = statesBefore(doc, s, from, cue.t0, VERB_GAP);
      // "Estados Unidos, que abandonó el acuerdo, mantuvo conversaciones con Irán": the state opening the clause.
      if (kind === "meet" && left.length === 0 && before.length === 0 && after.length)
        before = stateSubject(doc, s, cue).filter((c) => !after.includes(c));
      // "spotkał się w poniedziałek z prezydentem Ukrainy", "встретился с президентом Турции": a role unnamed
      // after "with" stands for its state.
      const withRole = after.length ? null : cuesIn(s, cue.t1, to, "comitative")[0];
      const holder = withRole
        ? firstAfter(s, withRole.t1, (m) => m.entity.kind === "country" && !!m.holder, withRole.t1 + STATE_GUEST_REACH)
        : null;
      const states = [...before, ...after, ...(holder ? [codeOf(doc, holder.entity)!] : [])];
      if (persons.length + states.length >= 2) countries.push(...states);
    }
    if (kind === "host") host = entitiesIn(s, from, cue.t0, isPerson)[0] ?? null;
    // "Putin menerima sambutan meriah", "received a warm welcome": a host without a guest hosts nobody.
    if (kind === "host" && persons.length + countries.length < 2) return null;
  } else if (kind === "talks") {
    // "the meeting between Biden and Xi": the parties are those after "between", not the speakers before.
    const between = cuesIn(s, cue.t1, Math.min(to, cue.t1 + 2), "between")[0];
    const named = keys(entitiesIn(s, between ? between.t1 : reportedStart(s, cue, from), to, isPerson));
    // "… the meeting between Biden and Xi," Kirby said: one who comments on talks between two others
    // is not at them.
    const speakers = new Set(keys(entitiesIn(s, from, to, (m) => isPerson(m) && speaks(s, m))));
    // "On a call with Rubio, the general asked for guarantees before any talks with the rebels":
    // the one called is not at the talks named later.
    const called = new Set(keys(entitiesIn(s, from, to, (m) => isPerson(m) && calledBy(s, m))));
    const present = named.filter((k) => !called.has(k));
    const met = present.filter((k) => !speakers.has(k));
    persons.push(...(met.length >= 2 ? met : present));
    // "Sugiono discussed … in a bilateral meeting with Faisal", "bei einem Treffen mit Xi": the one
    // met is after "with", the other the clause's subject, however far before.
    const owner = between ? null : ownerOf(s, cue, to);
    const partner = between ? undefined : withAfter(s, cue, owner, to);
    const guest = partner ? firstAfter(s, partner.t1, isPerson, Math.min(to, partner.t1 + TITLED_REACH)) : null;
    const subject = guest
      ? (owner ??
        entitiesIn(s, reportedStart(s, cue, s.t0), cue.t0, (m) => isPerson(m) && !m.inRole)[0] ??
        pronounSubject(doc, s, cue, false) ??
        visitorBefore(doc, s, cue, guest))
      : undefined;
    if (guest && subject) {
      const [g, h] = keys([guest, subject]);
      if (g && h && g !== h) {
        // "Kishida and Yoon will hold a trilateral summit with Marcos": every joint subject takes part;
        // "talks with Li and Kishida": every guest listed too.
        const joint = subjectsBefore(doc, s, cue.t0, from).persons;
        const guests = [g, ...keys(listedAfter(s, guest, to)).filter((x) => x !== h)];
        persons.splice(
          0,
          persons.length,
          ...(joint.includes(h) ? joint.filter((x) => !guests.includes(x)) : [h]),
          ...new Set(guests),
        );
      }
    }
    // "held talks with Iran", "consultations with U.S. officials", "pembicaraan dengan delegasi Iran": a
    // state met as such, and the clause's subject — a person, a pronoun's person, or states.
    const state =
      partner && !guest && persons.length < 2
        ? firstAfter(s, partner.t1, stateMet(s), Math.min(to, partner.t1 + STATE_GUEST_REACH))
        : null;
    if (state) {
      const code = codeOf(doc, state.entity)!;
      const who =
        owner ??
        entitiesIn(s, s.t0, cue.t0, (m) => isPerson(m) && !m.inRole && !called.has(keyOf(m)))[0] ??
        pronounSubject(doc, s, cue, false);
      const listed = who ? [] : statesBefore(doc, s, from, cue.t0, NOUN_GAP);
      // "The United States, which …, held indirect negotiations with Tehran", "They held talks with Iran"
      // (they = the E3 of the sentence before): a state (or group of states) is the clause's subject.
      const states = (who ? [] : listed.length ? listed : stateSubject(doc, s, cue)).filter((c) => c !== code);
      if (who?.entity.kind === "person" && doc.persons.get(who.entity.key)?.country !== code) {
        persons.splice(0, persons.length, who.entity.key);
        countries.push(code);
      } else if (states.length) countries.push(...states, code);
    }
    // "pertemuan yang diadakan kedua pemimpin", "talks between the two leaders": the pair named before.
    const pair = entitiesIn(s, from, to, (m) => m.entity.kind === "pair" && m.entity.of === "persons")[0];
    if (persons.length < 2 && pair) {
      fromPair = persons.length === 0;
      for (const k of recentPersons(doc, s, pair.t0, 2)) if (!persons.includes(k)) persons.push(k);
    }
    // "Iranian and US negotiators held indirect talks": two states or more listed as the subject.
    if (persons.length === 0 && !between) {
      const states = statesBefore(doc, s, from, cue.t0, NOUN_GAP);
      if (states.length >= 2) countries.push(...states);
    }
    if (persons.length === 0 && cuesIn(s, cue.t1, to, "between").length) {
      const pair = firstAfter(s, cue.t1, (m) => m.entity.kind === "pair" && m.entity.of === "countries", to);
      // "talks between Iran and the US in Oman": the place where they are held is no party.
      const named = entitiesIn(s, cue.t1, to, isParty(s)).map((m) => codeOf(doc, m.entity)!);
      countries.push(...(pair ? pairCountries(doc, s, pair.t0) : named));
    }
  } else if (kind === "invite") {
    // X invited Y (to PLACE): a planned visit of Y to PLACE, or to X's country.
    const named = firstAfter(s, cue.t1, isPerson, to);
    const guest = named ? named.entity.kind === "person" && named.entity.key : pronounGuest(doc, s, cue, from);
    if (!guest) return null;
    persons.push(guest);
    destination = destinationAfter(s, named?.t1 ?? cue.t1, to);
    const inviter = destination
      ? null
      : (entitiesIn(s, from, cue.t0, isPerson)[0] ?? nearestBefore(s, cue.t0, isPerson));
    const home = inviter ? codeOf(doc, inviter.entity) : null;
    if (home) countries.push(home);
  } else if (kind === "summon" || kind === "summoned") {
    // "Korea Selatan memanggil duta besar Rusia", "Huang dipanggil ke Kementerian Luar Negeri Filipina".
    const party = (m: EntityMention | null) => {
      if (m?.entity.kind === "person") persons.push(m.entity.key);
      else if (m) countries.push(codeOf(doc, m.entity)!);
    };
    const state = (m: EntityMention) => (m.entity.kind === "country" && !m.inRole) || m.entity.kind === "person";
    const envoyAfter = firstAfter(
      s,
      cue.t1,
      (m) => m.entity.kind === "person" || m.entity.kind === "country",
      Math.min(to, cue.t1 + OBJECT_REACH),
    );
    const [summoner, envoy] =
      kind === "summon"
        ? [nearestBefore(s, cue.t0, state, from), envoyAfter]
        : [
            firstAfter(s, cue.t1, (m) => m.entity.kind === "country", Math.min(to, cue.t1 + OBJECT_REACH + 1)),
            // "The Russian ambassador was summoned": an envoy told by role alone, too.
            nearestBefore(s, cue.t0, (m) => isPerson(m) || (m.entity.kind === "country" && !!m.holder), from),
          ];
    if (!summoner || !envoy) return null;
    party(envoyNamed(doc, envoy) ?? envoy);
    party(summoner);
    host = summoner;
  } else if (kind === "sign") {
    // Leaders who sign together met: "Kim dan Putin menandatangani …", "firmó … con el presidente ruso, Vladímir Putin".
    // The partner may also stand before the verb: "X hat mit Y ein Abkommen unterzeichnet", "X con Y firmó …".
    const after = cuesIn(s, cue.t1, to, "comitative")[0];
    const before = after
      ? undefined
      : cuesIn(s, Math.max(from, cue.t0 - SIGN_PARTNER_REACH), cue.t0, "comitative").at(-1);
    const partner = after ?? before;
    const other = partner
      ? firstAfter(s, partner.t1, isPerson, Math.min(before ? cue.t0 : to, partner.t1 + OBJECT_REACH))
      : null;
    const joint = subjectsBefore(doc, s, before && other ? before.t0 : cue.t0, from);
    persons.push(...joint.persons, ...keys([other]));
    if (persons.length < 2) return null;
  } else {
    // "The Chinese delegation is in Pyongyang": a stay abroad, told right beside the one staying.
    if (
      kind === "presence" &&
      !s.entities.some(
        (m) =>
          m.t1 <= cue.t0 &&
          m.t1 >= cue.t0 - PRESENCE_REACH &&
          !m.inRole &&
          (isPerson(m) || m.entity.kind === "country"),
      )
    )
      return null;
    if (kind === "visitNoun" && genericVisitor(doc, s, cue)) return null;
    let visitor =
      visitorOf(doc, s, cue, kind, from) ??
      (kind === "visit" || kind === "arrive" ? pronounSubject(doc, s, cue) : null);
    // "Scholz hat am Dienstag Xi in Peking besucht": the person before the participle is the one visited.
    const perfect = kind === "visit" && visitor && isPerson(visitor) ? subjectOfPerfect(s, visitor, from) : null;
    const visited = perfect ? visitor : null;
    if (perfect) visitor = perfect;
    // "Kim and Shoigu visited …", "Shoigu, dan delegasi China … tiba di Korea Utara": every joint subject travels.
    // (Not the one met before: "Modi met Ishiba in Tokyo before travelling to China".)
    const before =
      kind === "visit" || kind === "arrive" || kind === "presence"
        ? subjectsBefore(doc, s, cue.t0, from)
        : { persons: [], countries: [] };
    const traveller = visitor?.entity.kind === "person" ? visitor.entity.key : null;
    const joint =
      traveller && before.persons.length > 0 && !before.persons.includes(traveller)
        ? { persons: [], countries: before.countries }
        : before;
    if (!visitor && joint.countries.length === 0) return null;
    persons.push(...joint.persons, ...keys([visitor, visited]));
    countries.push(...joint.countries);
    destination =
      kind === "presence"
        ? firstAfter(s, cue.t1, (m) => isPlace(m) && !m.inRole, cue.t1 + 1)
        : (destinationAfter(s, cue.t1, to) ??
          namedBefore(doc, s, cue, to, visitor) ??
          destinationBeforeVerb(doc, s, cue, visitor) ??
          (kind === "arrive" || !visitor ? null : fallbackDestination(doc, s, visitor)));
    if (kind === "presence" && !destination) return null;
    const place = destination ? codeOf(doc, destination.entity) : null;
    const abroad = [...new Set(persons)].filter((p) => doc.persons.get(p)?.country !== place);
    if (place && abroad.length + joint.countries.length >= 2)
      travellers.push(...abroad.map((person) => ({ person })), ...joint.countries.map((country) => ({ country })));
  }
  if (
    destination &&
    (kind === "visit" ||
      kind === "arrive" ||
      kind === "presence" ||
      kind === "visitNoun" ||
      kind === "invite" ||
      kind === "invitation")
  ) {
    const place = codeOf(doc, destination.entity)!;
    countries.splice(0, countries.length, place, ...countries.filter((c) => c !== place));
  }
  if (persons.length === 0 && countries.length < 2) return null;
  return {
    persons: [...new Set(persons)],
    countries: [...new Set(countries)],
    destination,
    host,
    travellers,
    ...(fromPair ? { fromPair } : {}),
  };
}

/**
 * "summoned the Russian ambassador", "memanggil duta besar Rusia": an envoy told by role alone is the
 * one ambassador of that state the article names ("… told Russian Ambassador Georgiy Zinoviev"), when
 * it names exactly one.
 */
function envoyNamed(doc: Doc, envoy: EntityMention): EntityMention | null {
  if (envoy.entity.kind !== "country" || !envoy.inRole) return null;
  const envoys = ambassadorsOf(doc).get(codeOf(doc, envoy.entity) ?? "") ?? [];
  return envoys.length === 1 ? { ...envoy, entity: { kind: "person", key: envoys[0] } } : null;
}

const ambassadors = new WeakMap<Doc, Map<string, string[]>>();

/** The article's ambassadors by state, read once per document (a long text may summon many times). */
function ambassadorsOf(doc: Doc): Map<string, string[]> {
  let byState = ambassadors.get(doc);
  if (byState) return byState;
  byState = new Map();
  for (const [key, p] of doc.persons) {
    const states = p.roles.filter((r) => r.country && roleKindOf(r.title) === "ambassador").map((r) => r.country!);
    for (const state of new Set(states)) {
      if (!byState.has(state)) byState.set(state, []);
      byState.get(state)!.push(key);
    }
  }
  ambassadors.set(doc, byState);
  return byState;
}

/** A party standing before a verb: a person, or a state's delegation ("delegasi China", "the Chinese delegation"). */
interface Subject {
  t0: number;
  t1: number;
  person: string | null;
  country: string | null;
}

/** How far before its verb a joint subject may reach: a few parties joined by "and". */
const SUBJECT_REACH = 40;

/** How close before "is in" its subject must end ("Kim is in Russia"; not "Putin said the ball is in …"). */
const PRESENCE_REACH = 1;

/** How far a delegation word may stand from its country ("a high-ranking Chinese delegation"). */
const DELEGATION_REACH = 2;

/**
 * The joint subject of a verb: the party named last before it and those joined to it by a
 * conjunction ("Kim and Shoigu", "Shoigu, dan delegasi China"), within [from, t).
 */
function subjectsBefore(doc: Doc, s: Sentence, t: number, stretch: number): { persons: string[]; countries: string[] } {
  const from = Math.max(stretch, t - SUBJECT_REACH);
  const parties: Subject[] = entitiesIn(s, from, t, isPerson).map((m) => ({
    t0: m.t0,
    t1: m.t1,
    person: m.entity.kind === "person" ? m.entity.key : null,
    country: null,
  }));
  for (const d of cuesIn(s, from, t, "delegation")) {
    const state = s.entities.find(
      (m) =>
        m.entity.kind === "country" &&
        ((m.t1 <= d.t0 && d.t0 - m.t1 <= DELEGATION_REACH - 1) ||
          (m.t0 >= d.t1 && m.t0 - d.t1 <= DELEGATION_REACH - 1)),
    );
    const code = state ? codeOf(doc, state.entity) : null;
    if (state && code)
      parties.push({ t0: Math.min(d.t0, state.t0), t1: Math.max(d.t1, state.t1), person: null, country: code });
  }
  parties.sort((a, b) => a.t1 - b.t1);
  const out: Subject[] = [];
  for (let i = parties.length - 1; i >= 0; i--) {
    const head = out.at(-1);
    if (!head) out.push(parties[i]);
    else if (parties[i].t1 <= head.t0 && joined(s, parties[i].t1, head.t0)) out.push(parties[i]);
    else if (head.t0 - parties[i].t1 > JOIN_REACH) break;
  }
  out.reverse(); // text order
  return {
    persons: out.flatMap((p) => (p.person ? [p.person] : [])),
    countries: out.flatMap((p) => (p.country ? [p.country] : [])),
  };
}

/** How many words may follow "and" before the party it joins: a role or a delegation word ("dan Presiden Rusia Vladimir Putin"). */
const JOIN_REACH = 5;

/** Tokens [a, b) are a conjunction, then at most a role or delegation word: no other party between. */
/** The persons listed after `first`, each joined to the one before by "and" ("with Li and Kishida"). */
function listedAfter(s: Sentence, first: EntityMention, to: number): EntityMention[] {
  const out: EntityMention[] = [];
  for (let last = first; ;) {
    const next = firstAfter(s, last.t1, isPerson, Math.min(to, last.t1 + JOIN_REACH + 1));
    if (!next || !joined(s, last.t1, next.t0)) return out;
    out.push((last = next));
  }
}

function joined(s: Sentence, a: number, b: number): boolean {
  if (!conjunctionBetween(s, a, a + 1) || b - a > JOIN_REACH) return false;
  return !s.entities.some((m) => m.t0 > a && m.t1 <= b && !m.inRole);
}

/**
 * "invited him to visit", "mengundangnya untuk …": the guest is a pronoun, so the person named last
 * before the verb other than its subject (the first person of the clause), or before the sentence.
 */
function pronounGuest(doc: Doc, s: Sentence, cue: CueMention, from: number): string | null {
  const next = s.cues.find((c) => c.t0 === cue.t1);
  if (!next || !(hasCue(next, "objectPronoun") || hasCue(next, "purpose") || hasCue(next, "destinationPrep")))
    return null;
  const subject = entitiesIn(s, from, cue.t0, isPerson)[0];
  const subjectKey = subject?.entity.kind === "person" ? subject.entity.key : null;
  return (
    recentPersons(doc, s, cue.t0, 3)
      .filter((k) => k !== subjectKey)
      .at(-1) ?? null
  );
}

/**
 * "The first visit by a U.S. secretary of state in five years": a visit by anyone of an office is a kind
 * of visit, not one that took place.
 */
function genericVisitor(doc: Doc, s: Sentence, cue: CueMention): boolean {
  const by = s.cues.find((c) => c.t0 === cue.t1 && hasCue(c, "agentPrep"));
  return !!by && by.t1 < s.t1 && referenceWords(doc.pack, "indefiniteArticles").has(doc.tokens[by.t1].norm);
}

/**
 * "Modi hatte im Juli Kremlchef Putin in Moskau besucht": in a clause closed by a participle, the subject
 * stands right before the perfect auxiliary (`speech.perfectAuxiliaries`); a person after the auxiliary is
 * the participle's object. The subject, when `object` is such an object.
 */
function subjectOfPerfect(s: Sentence, object: EntityMention, from: number): EntityMention | null {
  const aux = s.cues.filter((c) => c.t0 >= from && c.t1 <= object.t0 && hasCue(c, "perfectAuxiliary")).at(-1);
  if (!aux) return null;
  const subject = entitiesIn(s, from, aux.t0, isPerson).at(-1);
  return subject && subject.t1 === aux.t0 && keyOf(subject) !== keyOf(object) ? subject : null;
}

/**
 * Who visits or arrives: a person right after a visit noun ("kunjungan Presiden Macron"), else the
 * subject; the one who received an invitation is the clause's subject, not the one whose it is
 * ("Putin accepted Kim's invitation").
 */
function visitorOf(doc: Doc, s: Sentence, cue: CueMention, kind: MeetingKind, from: number): EntityMention | null {
  if (kind === "visitNoun") {
    const after = firstAfter(s, cue.t1, isPerson, cue.t1 + 5);
    if (after) return after;
  }
  if (kind === "invitation") return entitiesIn(s, from, cue.t0, isPerson)[0] ?? nearestBefore(s, cue.t0, isPerson);
  const near = nearestBefore(s, cue.t0, isPerson);
  return (near && subjectOfEarlierMeeting(doc, s, near, cue)) ?? near;
}

/**
 * "Modi met Ishiba in Tokyo before travelling to China", "… dan kemudian bertolak ke Selandia Baru": the
 * one met is the object of the earlier verb; the traveller is its subject. Not across a relative
 * pronoun ("received Putin, who then flew to Hanoi").
 */
function subjectOfEarlierMeeting(doc: Doc, s: Sentence, near: EntityMention, cue: CueMention): EntityMention | null {
  const verb = s.cues.filter((c) => c.t1 <= near.t0 && (hasCue(c, "meet") || hasCue(c, "host"))).at(-1);
  if (!verb || s.entities.some((m) => m.t0 >= verb.t1 && m.t1 <= near.t0 && isPerson(m))) return null;
  if (
    relativeAt(doc, doc.tokens[near.t1]?.start ?? s.end) ||
    s.cues.some((c) => c.t0 > near.t0 && c.t1 <= cue.t0 && hasCue(c, "pronoun"))
  )
    return null;
  const subject = nearestBefore(s, verb.t0, isPerson);
  return subject && keyOf(subject) !== keyOf(near) ? subject : null;
}

/** The place a visit goes to: right after the verb, or introduced by "ke"/"to"/"nach" — never "from". */
function destinationAfter(s: Sentence, t: number, to: number): EntityMention | null {
  return firstAfter(
    s,
    t,
    (m) =>
      (isPlace(m) || m.entity.kind === "country") &&
      !m.inRole &&
      !cueJustBefore(s, m.t0, "originPrep", 2) &&
      (m.t0 - t <= DIRECT_OBJECT_REACH ||
        cueJustBefore(s, m.t0, "destinationPrep", 2) ||
        cueJustBefore(s, m.t0, "locationPrep", 2)),
    to,
  );
}

/**
 * A verb-final clause names the place before its verb ("Baerbock ist am Dienstag in Kiew eingetroffen",
 * "nach Peking gereist"): a place after "in"/"nach" between the traveller and the verb, no comma between.
 */
function destinationBeforeVerb(
  doc: Doc,
  s: Sentence,
  cue: CueMention,
  visitor: EntityMention | null,
): EntityMention | null {
  // The verb closes its clause.
  if (!visitor || !/^\s*(?:[.,;:!?]|$)/.test(doc.text.slice(cue.end, s.end))) return null;
  const place = s.entities.find(
    (m) =>
      m.t0 >= visitor.t1 &&
      m.t1 <= cue.t0 &&
      (isPlace(m) || m.entity.kind === "country") &&
      !m.inRole &&
      (cueJustBefore(s, m.t0, "destinationPrep", 1) || cueJustBefore(s, m.t0, "locationPrep", 1)),
  );
  return place && !/[,;]/.test(doc.text.slice(visitor.end, cue.start)) ? place : null;
}

/** How far after a visit word "the (reclusive) country" may stand. */
const PLACE_NOUN_REACH = 5;

/**
 * "arrive in the reclusive country", "tiba di negara itu": a place noun after a preposition names
 * the state the article is about, when that is not the visitor's own.
 */
function namedBefore(
  doc: Doc,
  s: Sentence,
  cue: CueMention,
  to: number,
  visitor: EntityMention | null,
): EntityMention | null {
  const noun = s.cues.find(
    (c) => c.t0 >= cue.t1 && c.t0 < Math.min(to, cue.t1 + PLACE_NOUN_REACH) && hasCue(c, "placeNoun"),
  );
  if (!noun || !(cueJustBefore(s, noun.t0, "destinationPrep", 3) || cueJustBefore(s, noun.t0, "locationPrep", 3)))
    return null;
  // "ibu kota Korea Utara": the state is named right after; destinationAfter has it.
  if (s.entities.some((m) => m.t0 === noun.t1)) return null;
  const home = visitor ? codeOf(doc, visitor.entity) : null;
  // The state the article is most about, other than the visitor's: news names its subject most.
  const code = rankedCountries(doc).find((c) => c !== home);
  return code
    ? { start: noun.start, end: noun.end, t0: noun.t0, t1: noun.t1, entity: { kind: "country", code, form: "name" } }
    : null;
}

const countryRanks = new WeakMap<Doc, string[]>();

/** The article's countries, most mentioned first (ties: first mentioned first). */
function rankedCountries(doc: Doc): string[] {
  let order = countryRanks.get(doc);
  if (!order) {
    const count = new Map<string, number>();
    for (const s of doc.sentences)
      for (const m of s.entities)
        if (m.entity.kind === "country") count.set(m.entity.code, (count.get(m.entity.code) ?? 0) + 1);
    order = [...count].sort((a, b) => b[1] - a[1]).map(([c]) => c);
    countryRanks.set(doc, order);
  }
  return order;
}

/** "… menjelang kunjungan Presiden Xi Jinping" after "tiba di Moskow": a city elsewhere in the sentence, abroad for the visitor. */
function fallbackDestination(doc: Doc, s: Sentence, visitor: EntityMention): EntityMention | null {
  const home = codeOf(doc, visitor.entity);
  const cities = s.entities.filter(
    (m) =>
      (m.entity.kind === "place" || (m.entity.kind === "country" && m.entity.form === "capital")) &&
      !cueJustBefore(s, m.t0, "originPrep", 2),
  );
  return cities.find((m) => codeOf(doc, m.entity) !== home) ?? null;
}
