import { FREQUENT_SANCTIONERS, GOVERNING_MOVEMENTS } from "../names/organizations";
import { OTHER_CAPITALS } from "../names/places";
import { UN_REGIMES } from "./resolutionBans";
import { hasCue, type CueMention, type Doc, type EntityMention, type Sentence } from "./document";
import {
  codeOf,
  conjunctionBetween,
  cueJustBefore,
  cuesIn,
  leadingCountries,
  nearestBefore,
  referenceWords,
} from "./sentenceQueries";

/** Whom sanctions hit: a state's code, or a person or group with the country (countries) it belongs to. */
export interface SanctionTarget {
  target: string;
  /** Set for persons and groups ("three Russian entities"): their countries; the target of a group is the first. */
  countries?: string[];
  /** A group designation ("three Russian entities and one individual"): its words up to its first name, so each such list is its own sanction and a retold one is the same. */
  group?: string;
  /** The group names no country: it has the country of the sanctions told before. */
  inherited?: boolean;
  /** The state that condemns or rejects the sanctions ("Iran condemned the new EU sanctions"): those told before, if on it. */
  objector?: boolean;
}

/** How far from the sanctions word a target may stand when no grammar links them. */
const NEAR = 5;
/** How far after the sanctions word "against"/"terhadap" may come ("sanksi yang kemarin dijatuhkan terhadap Iran"). */
const PREP_REACH = 5;
/** How many words may come between "against"/"terhadap" (or "sanctioned") and the first name ("terhadap sejumlah entitas Rusia"). */
const PREP_SKIP = 5;
/** The same within a group: "two banks and a shipping firm from Iran". */
const GROUP_SKIP = 8;
/** How far before the sanctions word "under"/"di bawah" may stand ("under multiple rounds of UN sanctions"). */
const UNDER_REACH = 6;
/** How far "on" may stand when an aside in dashes or brackets comes between ("sanctions — travel bans, asset freezes — on …"). */
const ASIDE_REACH = 20;
const ASIDE = /\s[—–]\s[^—–]*\s[—–]\s|\([^()]*\)/g;

/** Words between the sanctions word and `p`, not counting asides in dashes or brackets. */
function wordsBetween(doc: Doc, c: CueMention, p: CueMention): number {
  if (p.t0 - c.t1 <= PREP_REACH) return p.t0 - c.t1;
  const rest = doc.text.slice(c.end, p.start).replace(ASIDE, " ").trim();
  return rest ? rest.split(/\s+/).length : 0;
}

/** How far before a passive sanctions verb its auxiliary may stand ("was also sanctioned"). */
const AUX_REACH = 2;
const SPEECH_KINDS = ["say", "stanceVerb", "sayInverted"] as const;
/** Verbs whose subject is no nearby target: violators, speakers, and those who impose, announce or lift sanctions ("… as Canada imposed sanctions on Belarus"). */
const ACTOR_KINDS = ["violation", ...SPEECH_KINDS, "impose", "announced", "lifted"] as const;

const isState = (m: EntityMention) =>
  m.entity.kind === "country" || (m.entity.kind === "pair" && m.entity.of === "countries");
/**
 * The capitals that only locate meetings (OTHER_CAPITALS: "talks in Stockholm"): as the one sanctions
 * hit ("sanctions on Stockholm") they stand for their state, as the capitals that are country mentions do.
 */
const CAPITAL_CITIES: ReadonlySet<string> = new Set(OTHER_CAPITALS.map((p) => p.city));
export const isCapital = (m: EntityMention) => m.entity.kind === "place" && CAPITAL_CITIES.has(m.entity.city);

/**
 * The state an armed group or movement belongs to, when it has one (GOVERNING_MOVEMENTS, plus the
 * movements rooted in one state): a sanctioned movement is the target, this its targetCountry.
 */
const MOVEMENT_STATES: Readonly<Record<string, string>> = {
  Hezbollah: "LB",
  Houthis: "YE",
  Taliban: "AF",
  M23: "CD",
  "Boko Haram": "NG",
  "Al-Shabaab": "SO",
  "Rapid Support Forces": "SD",
  WAGNER: "RU",
  ...GOVERNING_MOVEMENTS,
};

/**
 * An organisation sanctions may hit ("sanctions on Hamas", "the Houthis were removed from the terrorism
 * list"): any but the blocs and bodies that sanction (FREQUENT_SANCTIONERS).
 */
const isTargetOrg = (m: EntityMention) => m.entity.kind === "org" && !FREQUENT_SANCTIONERS.has(m.entity.id);

/**
 * Persons and states (a capital among them), and organisations that are no sanctioning bloc — but not the
 * country inside a role phrase ("Menteri Pertahanan Rusia Sergei Shoigu").
 */
const isPersonOrState = (m: EntityMention) =>
  m.entity.kind === "person" || (isState(m) && !m.inRole) || isCapital(m) || isTargetOrg(m);

/** "was sanctioned", "wurde … sanktioniert", "disanksi": the sanctions verb in the passive, its subject the target. */
export function isPassiveSanction(s: Sentence, c: CueMention): boolean {
  return (
    hasCue(c, "sanctionVerb") && (hasCue(c, "sanctionPassive") || cueJustBefore(s, c.t0, "sanctionPassive", AUX_REACH))
  );
}

/**
 * Whom the sanctions hit, by the first rule that applies: the subject of a passive ("Kim Yong Bok
 * was sanctioned"), of "is under sanctions"; the phrase after "sanctions on/against", after an
 * active "sanctioned", or a group after "for" ("sanctions for six officials in Nicaragua"); a state
 * beside the word ("North Korea sanctions"); else the nearest state. `context` is the countries of
 * the sanctions told before, the country of a group that names none ("froze the assets of three individuals").
 */
export function sanctionTargets(
  doc: Doc,
  s: Sentence,
  c: CueMention,
  imposer: string | null,
  passive: boolean,
  context: string[] = [],
): SanctionTarget[] {
  if (passive) {
    const subject = nearestBefore(s, c.t0, isPersonOrState);
    if (subject && qualifies(s, subject, c)) return [];
    if (subject) {
      // "Two Belarusian airlines were sanctioned": a group noun around the subject makes it a group.
      const group = s.cues.find((k) => hasCue(k, "groupNoun") && k.t0 >= subject.t0 - PREP_SKIP && k.t1 <= c.t0);
      const words =
        group && subject.entity.kind !== "person"
          ? doc.tokens
              .slice(Math.min(group.t0, subject.t0), Math.max(group.t1, subject.t1))
              .map((x) => x.norm)
              .join(" ")
          : undefined;
      return readNames(doc, s, coordinated(s, subject, isPersonOrState), words);
    }
  }
  // X berada di bawah / terkena / dijatuhi sanksi; X is under sanctions.
  const under = s.cues.find(
    (u) =>
      hasCue(u, "under") &&
      u.t1 <= c.t0 &&
      u.t1 >= c.t0 - UNDER_REACH &&
      // A name between them is the target's, unless it is whose sanctions they are ("under a U.S. trade embargo").
      !s.entities.some((m) => m.t0 >= u.t1 && m.t1 <= c.t0 && m.entity.kind !== "org" && !owns(m, c)),
  );
  if (under) {
    const subject = nearestBefore(s, under.t0, isPersonOrState);
    if (subject) return readNames(doc, s, coordinated(s, subject, isPersonOrState));
  }
  const slot = slotStart(doc, s, c);
  if (slot !== null) {
    const found = readSlot(doc, s, slot, imposer, context);
    if (found.length) return dedupe([...found, ...relativeTargets(doc, s, c, slot, imposer, context)]);
  }
  // Export controls hit only a target named after them: the state beside them is their author.
  if (hasCue(c, "exportControl")) return [];
  // "Iran condemned the new EU sanctions", "China mengecam sanksi AS": the state that condemns or rejects
  // sanctions naming no target is the one they hit.
  const objector = objecting(doc, s, c, imposer);
  if (objector) return [{ target: objector, objector: true }];
  // "sanksi Korea Utara", "North Korea sanctions": a state beside the word that is not the imposer.
  const beside = s.entities.find((m) => (m.t0 === c.t1 || m.t1 === c.t0) && m.entity.kind === "country" && !m.inRole);
  if (beside && codeOf(doc, beside.entity) !== imposer) return states(doc, [beside]);
  const near = states(doc, nearby(doc, s, c, imposer));
  if (near.length || imposer !== "UN") return near;
  // "Pyongyang is accused of sending shells to Moscow, in violation of UN sanctions": UN sanctions with
  // no target near them hit the state under a UN sanctions regime that the clause before them names,
  // the one acting in breach (not one named after them: "defying UN sanctions by supplying Iran").
  const regime = s.entities.find(
    (m) => m.t1 <= c.t0 && m.entity.kind === "country" && !m.inRole && UN_REGIMES.has(m.entity.code),
  );
  return regime ? states(doc, [regime]) : [];
}

/** How far before the sanctions word a verb condemning or rejecting them may stand ("condemned the new U.S. sanctions"). */
const OBJECT_REACH = 4;

/** The state that is the subject of a verb condemning or rejecting the sanctions right after it, if not their imposer. */
function objecting(doc: Doc, s: Sentence, c: CueMention, imposer: string | null): string | null {
  // Or one that answers them: a verb of saying with a preposition right before the word ("Москва ответила на санкции").
  const answers = (k: CueMention) =>
    hasCue(k, "say") && s.cues.some((p) => p.t0 === k.t1 && p.t1 === c.t0 && hasCue(p, "targetPrep"));
  const verb = s.cues.find(
    (k) =>
      k.t1 <= c.t0 &&
      k.t1 >= c.t0 - OBJECT_REACH &&
      (k.cues.some((x) => x.kind === "stanceVerb" && (x.stance === "accuse" || x.stance === "deny")) || answers(k)),
  );
  if (!verb || s.entities.some((m) => m.t0 >= verb.t1 && m.t1 <= c.t0 && m.entity.kind === "country" && !owns(m, c)))
    return null;
  const subject = nearestBefore(s, verb.t0, (m) => m.entity.kind === "country" && !m.inRole);
  const code = subject && verb.t0 - subject.t1 <= OBJECT_REACH ? codeOf(doc, subject.entity) : null;
  return code !== imposer ? code : null;
}

/** A frequent sanctioner right before the sanctions word: whose sanctions they are ("U.S. sanctions"). */
const owns = (m: EntityMention, c: CueMention) =>
  m.t1 === c.t0 && m.entity.kind === "country" && FREQUENT_SANCTIONERS.has(m.entity.code);

/** Where the target phrase begins: after "on/against/terhadap", after an active "sanctioned", or after "for" + a group noun. */
function slotStart(doc: Doc, s: Sentence, c: CueMention): number | null {
  // "… were sanctioned by Washington and London": after a passive verb stand its agents, not its targets.
  if (hasCue(c, "sanctionVerb")) return s.cues.some((k) => k.t0 === c.t1 && hasCue(k, "imposerPrep")) ? null : c.t1;
  const prep = s.cues.find(
    (p) =>
      hasCue(p, "targetPrep") && p.t0 >= c.t1 && p.t0 <= c.t1 + ASIDE_REACH && wordsBetween(doc, c, p) <= PREP_REACH,
  );
  if (prep && !s.entities.some((m) => m.t0 >= c.t1 && m.t1 <= prep.t0)) return prep.t1;
  // "sanctions for six officials", "memperpanjang sanksi ke empat entitas Iran", "extend sanctions to four entities".
  const reason = s.cues.find(
    (p) => (hasCue(p, "reasonPrep") || hasCue(p, "destinationPrep")) && p.t0 >= c.t1 && p.t0 <= c.t1 + 1,
  );
  if (reason && cuesIn(s, reason.t1, reason.t1 + 3, "groupNoun").length) return reason.t1;
  return null;
}

/**
 * The target phrase from token t: named persons ("on Defence Minister Ro Kwang Chol"), states
 * ("on Iran and Belarus"), or a group ("on four Syrian firms", "a dozen people and companies,
 * among them Ali and Omar") whose countries are the states or the persons' countries named in it.
 */
function readSlot(
  doc: Doc,
  s: Sentence,
  t: number,
  imposer: string | null,
  context: string[],
  skip = PREP_SKIP,
): SanctionTarget[] {
  const group = s.cues.find((k) => hasCue(k, "groupNoun") && k.t0 >= t && k.t0 <= t + skip);
  const reach = t + (group ? Math.max(skip, GROUP_SKIP) : skip);
  const first = s.entities.find((m) => m.t0 >= t && m.t0 <= reach && (isPersonOrState(m) || isState(m)));
  if (!first) return group ? unnamedGroup(doc, t, group, imposer, context) : [];
  // "North Korean Defence Minister Ro Kwang Chol": the country qualifies the person.
  const head = first.inRole
    ? (s.entities.find((m) => m.t0 >= first.t1 && m.entity.kind === "person" && m.t0 <= first.t1 + 4) ?? first)
    : first;
  // "Sudan's Rapid Support Forces", "Yemen's Houthi movement": the organisation a state owns is the target, of that state.
  const owned =
    isState(head) && !head.inRole
      ? s.entities.find(
          (m) => isTargetOrg(m) && (m.t0 === head.t1 || (m.t0 === head.t1 + 1 && doc.tokens[head.t1].norm === "s")),
        )
      : undefined;
  if (owned?.entity.kind === "org") return [{ target: owned.entity.id, countries: codesOf(doc, head) }];
  // A group noun before the first name ("19 entities and individuals, including Ro"), or right after a state's ("three North Korean firms").
  const isGroup = !!group && (group.t0 < head.t0 || (head.entity.kind !== "person" && group.t0 <= head.t1 + 1));
  const words = isGroup
    ? doc.tokens
        .slice(t, head.t1)
        .map((x) => x.norm)
        .join(" ")
    : undefined;
  const listed = coordinatedAfter(s, head, isPersonOrState);
  // "on President Putin, his subordinates and the central bank": a list of persons that goes on with
  // things unnamed is a group, of the persons' and states' countries.
  const rest = !words && listed.at(-1)!.entity.kind === "person" ? unnamedRest(doc, s, listed.at(-1)!.t1) : null;
  const groupWords =
    words ??
    (rest === null
      ? undefined
      : doc.tokens
          .slice(t, rest)
          .map((x) => x.norm)
          .join(" "));
  return readNames(doc, s, listed, groupWords);
}

/** How far after the target phrase's start a relative clause may add targets, and how far its pronoun from its verb. */
const RELATIVE_REACH = 12;
const RELATIVE_VERB_REACH = 6;
/** How many words may come between its verb and the first name: an adverb or an aside ("atingem, desta vez, também o chefe da Marinha iraniana"). */
const RELATIVE_SKIP = 10;

/**
 * Targets a relative clause after the target phrase adds ("sanctions against Russia that for the first
 * time target Iran's defence minister", "sanções contra a Rússia que atingem também o ministro …"): the
 * phrase after its verb, a target word of the pack ("targets", "atingem", "obejmują").
 */
function relativeTargets(
  doc: Doc,
  s: Sentence,
  c: CueMention,
  slot: number,
  imposer: string | null,
  context: string[],
): SanctionTarget[] {
  const relatives = referenceWords(doc.pack, "relativePronouns");
  const verb = s.cues.find(
    (k) =>
      hasCue(k, "targetPrep") &&
      k.t0 > slot &&
      k.t0 <= slot + RELATIVE_REACH &&
      // No other sanctions word between: its own targets are its own.
      !s.cues.some(
        (x) => x !== c && x.t0 >= c.t1 && x.t1 <= k.t0 && (hasCue(x, "sanction") || hasCue(x, "sanctionVerb")),
      ),
  );
  if (!verb) return [];
  for (let t = verb.t0 - 1; t > slot && t >= verb.t0 - RELATIVE_VERB_REACH; t--)
    if (relatives.has(doc.tokens[t].norm)) return readSlot(doc, s, verb.t1, imposer, context, RELATIVE_SKIP);
  return [];
}

/** How far after a list's last name its unnamed continuation may reach a conjunction (", his subordinates and"). */
const REST_REACH = 4;

/**
 * Where a list goes on past its last name with unnamed members — a comma, then words with no name, then
 * a conjunction (", seus subordinados e …", ", his aides and …") — or null (an apposition: ", the defence minister,").
 */
function unnamedRest(doc: Doc, s: Sentence, t: number): number | null {
  if (t >= s.t1 || !doc.text.slice(doc.tokens[t - 1].end, doc.tokens[t].start).includes(",")) return null;
  const and = s.cues.find((k) => k.t0 > t && k.t0 <= t + REST_REACH && hasCue(k, "conjunction"));
  if (!and || s.entities.some((m) => m.t0 >= t && m.t0 < and.t0)) return null;
  return and.t0;
}

/**
 * A group that names no country ("froze the assets of three individuals and one entity", "sanctioned
 * officials in the country's military"): it belongs to the country of the sanctions told before it,
 * else to the state the story is most about (a state named later in the sentence is too often another
 * party: "… responsible for drone deliveries to Russia").
 */
function unnamedGroup(
  doc: Doc,
  t: number,
  group: CueMention,
  imposer: string | null,
  context: string[],
): SanctionTarget[] {
  // With no sanctions told before, the story's leading state besides the imposer: "ECOWAS … imposed sanctions
  // on the coup leaders", "Washington sanctioned four tankers" in a story about Iran.
  const others = (states: string[]) => states.filter((x) => x !== imposer);
  const codes = context.length ? others(context) : others(leadingCountries(doc, 2)).slice(0, 1);
  const words = doc.tokens
    .slice(t, group.t1)
    .map((x) => x.norm)
    .join(" ");
  return codes.length ? [{ target: codes[0], countries: codes, group: words, inherited: true }] : [];
}

/** Persons by name and states by code; a group becomes one target, the first of its countries. */
function readNames(doc: Doc, s: Sentence, ms: EntityMention[], group?: string): SanctionTarget[] {
  if (group) {
    const codes = [...new Set(ms.flatMap((m) => codesOf(doc, m)))];
    return codes.length ? [{ target: codes[0], countries: codes, group }] : [];
  }
  const out: SanctionTarget[] = [];
  for (const m of ms) {
    if (m.entity.kind === "person") {
      const p = doc.persons.get(m.entity.key);
      if (p) out.push(p.country ? { target: p.name, countries: [p.country] } : { target: p.name });
    } else if (m.entity.kind === "org") {
      const home = MOVEMENT_STATES[m.entity.id];
      out.push(home ? { target: m.entity.id, countries: [home] } : { target: m.entity.id });
    } else out.push(...states(doc, [m]));
  }
  return dedupe(out);
}

/**
 * An organisation as the subject of a passive with a plain word between them, one it qualifies ("Two
 * Hamas financiers have been sanctioned"): those people are hit, not the organisation.
 */
const qualifies = (s: Sentence, m: EntityMention, verb: CueMention) =>
  m.entity.kind === "org" &&
  Array.from({ length: verb.t0 - m.t1 }, (_, i) => m.t1 + i).some(
    (t) => !s.cues.some((k) => k.t0 <= t && k.t1 > t) && !s.entities.some((x) => x.t0 <= t && x.t1 > t),
  );

function codesOf(doc: Doc, m: EntityMention): string[] {
  if (m.entity.kind === "pair") return leadingCountries(doc, 2);
  if (m.entity.kind === "org") return MOVEMENT_STATES[m.entity.id] ? [MOVEMENT_STATES[m.entity.id]] : [];
  const code = codeOf(doc, m.entity);
  return code ? [code] : [];
}

const states = (doc: Doc, ms: EntityMention[]): SanctionTarget[] =>
  dedupe(ms.flatMap((m) => codesOf(doc, m)).map((target) => ({ target })));

const dedupe = (ts: SanctionTarget[]) => ts.filter((x, i) => ts.findIndex((y) => y.target === x.target) === i);

/** The nearest state within a few words, passing over violators ("Iran … tidak melanggar sanksi"), agents ("diveto oleh China") and speakers. */
function nearby(doc: Doc, s: Sentence, c: CueMention, imposer: string | null): EntityMention[] {
  const actor = (m: EntityMention) =>
    s.cues.some((k) => k.t0 >= m.t1 && k.t0 <= m.t1 + 3 && ACTOR_KINDS.some((x) => hasCue(k, x))) || isAgent(s, m);
  // "sanctioned by Washington and London": every state of the agents' list acts.
  const agents = new Set(s.entities.filter((m) => isAgent(s, m)).flatMap((m) => coordinatedAfter(s, m, isState)));
  const candidates = s.entities.filter(
    // Not an institution ("OFAC … sanctioned officials"): those act, they are not hit.
    (m) =>
      m.entity.kind === "country" &&
      m.entity.form !== "institution" &&
      !m.inRole &&
      m.t1 >= c.t0 - NEAR &&
      m.t0 <= c.t1 + NEAR &&
      codeOf(doc, m.entity) !== imposer &&
      !agents.has(m) &&
      !actor(m) &&
      // "zakaz wjazdu do Polski", "entry ban to Poland": the state entry into is banned is no target.
      !s.cues.some((k) => k.t0 === c.t1 && k.t1 === m.t0 && hasCue(k, "destinationPrep")) &&
      // "Omani-mediated talks", "Russian-made drones": the state qualifies another word.
      !/^-\p{Ll}/u.test(doc.text.slice(m.end, m.end + 2)),
  );
  const distance = (m: EntityMention) => (m.t0 >= c.t1 ? m.t0 - c.t1 : c.t0 - m.t1);
  return candidates.sort((a, b) => distance(a) - distance(b)).slice(0, 1);
}

/** "diveto oleh China", "blocked by the US" — not "by supplying North Korea". */
const isAgent = (s: Sentence, m: EntityMention) =>
  cueJustBefore(s, m.t0, "agentPrep", 0) ||
  (cueJustBefore(s, m.t0, "determiner", 0) && cueJustBefore(s, m.t0 - 1, "agentPrep", 0));

/** "Iran dan Belarus": the named entities joined to `last` by "dan"/"and"/commas before it. */
export function coordinated(s: Sentence, last: EntityMention, test: (m: EntityMention) => boolean): EntityMention[] {
  const group = [last];
  for (let i = s.entities.indexOf(last) - 1; i >= 0; i--) {
    const m = s.entities[i];
    if (!test(m) || !joinedBy(s, m.t1, group[0].t0)) break;
    group.unshift(m);
  }
  return group;
}

export function coordinatedAfter(
  s: Sentence,
  first: EntityMention,
  test: (m: EntityMention) => boolean,
): EntityMention[] {
  const group = [first];
  for (let i = s.entities.indexOf(first) + 1; i < s.entities.length; i++) {
    const m = s.entities[i];
    if (!test(m) || !joinedBy(s, group[group.length - 1].t1, m.t0)) break;
    group.push(m);
  }
  return group;
}

/** Nothing but a comma, a conjunction or "along with" between tokens a and b (commas are not tokens). */
const joinedBy = (s: Sentence, a: number, b: number) =>
  a === b ||
  conjunctionBetween(s, a, b) ||
  (b - a === 2 && conjunctionBetween(s, a, a + 1) && cueJustBefore(s, b, "determiner", 0)) ||
  s.cues.some(
    (k) =>
      k.t0 === a && hasCue(k, "jointly") && (k.t1 === b || (k.t1 === b - 1 && cueJustBefore(s, b, "determiner", 0))),
  );
