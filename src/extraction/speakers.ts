import { hasCue, type Doc, type EntityMention, type Sentence } from "./document";
import type { Quote } from "./quotes";
import { conjunctionBetween, cueJustBefore, cuesIn, pairCountries, recentPersons, relativeAt } from "./sentenceQueries";
import { NEWS_AGENCIES, STATE_GROUPS } from "../names/organizations";
import { ORGANIZATION_SEATS } from "../names/places";

const STATE_VOICES: ReadonlySet<string> = new Set(NEWS_AGENCIES.filter((a) => a.voice).map((a) => a.name));
const PUBLICATIONS: ReadonlySet<string> = new Set(NEWS_AGENCIES.filter((a) => a.publication).map((a) => a.name));

/** Who said something: a person's canonical name, a country code, an organisation id, or a state news agency. */
export interface Speaker {
  name: string;
  country: string | null;
  /** A state news agency or a paper: its report is a statement only when no one else in the sentence speaks. */
  agency?: boolean;
}

/** How far after an inverted verb a state may speak ("kata juru bicara Gedung Putih"). */
const RIGHT_REACH = 5;
/** How far after a state or body in a role its person may stand ("EU-Außenbeauftragte Josep Borrell"). */
const ROLE_TAIL = 3;
/** How far a person may ("kata juru bicara Kementerian Luar Negeri Korea Utara Kim Son Gyong"). */
const PERSON_REACH = 10;
/** How far after a state its governing noun may come ("Moscow's foreign ministry", "Russian officials"). */
const GOVERNMENT_REACH = 4;

/**
 * The speakers an entity mention stands for, or null when it cannot speak: a state named only as
 * a modifier ("kantor berita Rusia", "Russia's largest port", "Russian state
 * media") is not a speaker, a state named with its government is ("Russia's foreign ministry").
 * `previous` answers for pronouns ("Dia menambahkan…").
 */
export function speakersOf(
  doc: Doc,
  s: Sentence,
  m: EntityMention,
  previous: Speaker[] | null,
  owner = false,
): Speaker[] | null {
  const e = m.entity;
  switch (e.kind) {
    case "person": {
      const p = doc.persons.get(e.key);
      if (!p) return null;
      // "Erdogan's office said", "Netanyahu's government said": the person's institution speaks for their state.
      if (
        p.country &&
        /^['’]s\b/.test(doc.text.slice(m.end, m.end + 3)) &&
        cuesIn(s, m.t1, m.t1 + 2, "government").length
      )
        return [{ name: p.country, country: p.country }];
      return [{ name: p.name, country: p.country }];
    }
    case "country":
      return stateSpeaks(doc, s, m, owner) ? [{ name: e.code, country: e.code }] : null;
    case "org":
      // "Iran's mission to the United Nations": the body a mission is posted to does not speak; its state does.
      if (missionTo(doc, s, m) || inCapacity(s, m)) return null;
      return STATE_GROUPS[e.id]?.map((code) => ({ name: code, country: code })) ?? [{ name: e.id, country: null }];
    // A state's voice ("KCNA reported that …" is Pyongyang speaking); other agencies only report ("Yonhap said"): sources, not speakers.
    // A paper that breaks its own stories speaks for itself ("the Financial Times wrote that …"), again only when no one else speaks.
    case "agency":
      if (PUBLICATIONS.has(e.name)) return [{ name: e.name, country: null, agency: true }];
      return e.country && STATE_VOICES.has(e.name) ? [{ name: e.name, country: e.country, agency: true }] : null;
    case "pair":
      return e.of === "countries"
        ? pairCountries(doc, s, m.t0).map((c) => ({ name: c, country: c }))
        : recentPersons(doc, s, m.t0, 2).map((k) => ({
            name: doc.persons.get(k)!.name,
            country: doc.persons.get(k)!.country,
          }));
    case "pronoun":
      return previous;
    case "place": {
      // "Brussels said", "Brussel berdalih": an organisation's seat, not after "in", speaks for it.
      const body = ORGANIZATION_SEATS.get(e.city);
      return body && !placeAfterPreposition(doc, s, m) ? [{ name: body, country: null }] : null;
    }
    default:
      return null;
  }
}

function stateSpeaks(doc: Doc, s: Sentence, m: EntityMention, owner: boolean): boolean {
  // "The Saudi foreign minister said", "el canciller saudí dijo": an official the article does not name speaks for the state.
  if (inCapacity(s, m)) return false;
  if (m.holder) return true;
  // "KBRI Beijing menyatakan": the capital right after another state's institution is where it sits.
  if (m.entity.kind === "country" && m.entity.form === "capital" && institutionBefore(s, m)) return false;
  if (m.inRole || (m.entity.kind === "country" && m.entity.form === "demonym" && !governed(s, m))) return false;
  // "Experts in Seoul said": a place, not the speaker (but "tuduhan dari AS" names its owner, and "the foreign
  // ministry in Tehran", "pejabat di Moskow" the state whose government it is).
  if (!owner && placeAfterPreposition(doc, s, m) && !governmentAt(doc, s, m) && !seatSpeaking(s, m)) return false;
  const possessive = /^['’]s\b/.test(doc.text.slice(m.end, m.end + 3));
  if (possessive && !governed(s, m)) return false;
  const media = (k: { t0: number; t1: number }) => cuesIn(s, k.t0, k.t1, "media").length > 0;
  return !media({ t0: Math.max(s.t0, m.t0 - 2), t1: m.t0 }) && !media({ t0: m.t1, t1: Math.min(s.t1, m.t1 + 2) });
}

const PLACE_PREPS = ["locationPrep", "originPrep", "destinationPrep"] as const;

/**
 * "В Кремле заявили", "В Белом доме назвали …", "Im Kreml hieß es": a seat of government right before a
 * verb of saying is its government speaking (the impersonal "in the Kremlin they said").
 */
export const seatSpeaking = (s: Sentence, m: EntityMention) =>
  m.entity.kind === "country" &&
  m.entity.form === "institution" &&
  s.cues.some((c) => c.t0 === m.t1 && (hasCue(c, "say") || hasCue(c, "sayInverted") || hasCue(c, "stanceVerb")));

/**
 * "the foreign ministry in Tehran", "officials in Moscow": a government noun right before the
 * preposition, owned by no state before it ("China's embassy in Washington" is China's).
 */
function governmentAt(doc: Doc, s: Sentence, m: EntityMention): boolean {
  const noun = s.cues.find((c) => c.t1 === m.t0 - 1 && hasCue(c, "government"));
  // An owner stands in the noun's own phrase: not across a comma ("… to Cairo later this month, officials in Tehran said").
  const owns = (e: EntityMention) =>
    e.t1 <= noun!.t0 &&
    e.t1 >= noun!.t0 - GOVERNMENT_REACH &&
    !/[,;:]/.test(doc.text.slice(e.end, doc.tokens[noun!.t0].start));
  return !!noun && !s.entities.some(owns);
}

/** How far after a word of capacity its office's state or body may stand ("selaku ketua ASEAN"). */
const CAPACITY_REACH = 3;

/** The mention names the office a person acts in ("Anwar Ibrahim selaku ketua ASEAN", "en tant que président de l'UA"). */
const inCapacity = (s: Sentence, m: EntityMention) =>
  s.cues.some((c) => c.t1 <= m.t0 && m.t0 - c.t1 <= CAPACITY_REACH && hasCue(c, "capacity"));

/** Another state's institution right before the mention ("KBRI Beijing", "the US Embassy Moscow"). */
const institutionBefore = (s: Sentence, m: EntityMention) =>
  s.entities.some(
    (e) =>
      e.t1 === m.t0 &&
      e.entity.kind === "country" &&
      e.entity.form === "institution" &&
      m.entity.kind === "country" &&
      e.entity.code !== m.entity.code,
  );

/** Where the mention's phrase starts: at "the" right before it ("to the UN", "in the Kremlin"). */
const phraseStart = (doc: Doc, s: Sentence, m: EntityMention) =>
  m.t0 > s.t0 && doc.tokens[m.t0 - 1].norm === "the" ? m.t0 - 1 : m.t0;

/** An organisation after a government noun and "to" ("mission to the UN", "delegasi untuk PBB"). */
function missionTo(doc: Doc, s: Sentence, m: EntityMention): boolean {
  const at = phraseStart(doc, s, m);
  const prep = s.cues.find((c) => c.t1 === at && hasCue(c, "destinationPrep"));
  return !!prep && s.cues.some((c) => c.t1 === prep.t0 && hasCue(c, "government"));
}

/** "in Seoul", "in the Kremlin", "di Moskow". */
function placeAfterPreposition(doc: Doc, s: Sentence, m: EntityMention): boolean {
  const at = phraseStart(doc, s, m);
  if (!PLACE_PREPS.some((kind) => cueJustBefore(s, at, kind, 0))) return false;
  // "A Rússia acusou …", "… e a China negou": a word both preposition and article ("a", "à" once accents
  // go) is the article of a subject that opens the sentence or stands right before its verb.
  const article = cueJustBefore(s, at, "determiner", 0);
  const opens = at - 1 === s.t0;
  const verb = s.cues.some((c) => c.t0 === m.t1 && (hasCue(c, "say") || hasCue(c, "stanceVerb")));
  return !(article && (opens || verb));
}

/**
 * A government noun beside the demonym: after it ("Russian officials") or, where adjectives follow
 * their noun, before it ("la diplomatie russe", "il ministero degli Esteri russo", "władze rosyjskie").
 */
const governed = (s: Sentence, m: EntityMention) =>
  cuesIn(s, m.t1, m.t1 + GOVERNMENT_REACH, "government").length > 0 ||
  cuesIn(s, Math.max(s.t0, m.t0 - GOVERNMENT_REACH), m.t0, "government").length > 0;

/** How far before its verb a subject may stand, unless a comma-bounded clause sits between ("Scholz, der …, dankte"). */
const SUBJECT_REACH = 6;
const INSERTION_REACH = 16;

/**
 * The speaker before token t: the nearest mention that can speak, close to the verb, not inside a
 * quotation and not before `from`, with the states or persons coordinated with it by "dan"/"and"
 * ("Jepang dan Korea Selatan mendesak…").
 */
export function speakerBefore(
  doc: Doc,
  s: Sentence,
  t: number,
  from: number,
  quotes: Quote[],
  previous: Speaker[] | null,
  participle = false,
): Speaker[] | null {
  const inQuote = (m: EntityMention) => quotes.some((q) => m.start >= q.start && m.end <= q.end);
  // A participle follows its comma ("Peskov declined to comment, saying …"): that comma does not part it from its subject.
  let cueStart = doc.tokens[t]?.start ?? s.end;
  if (participle) {
    let i = cueStart;
    while (i > s.start && /\s/.test(doc.text[i - 1])) i--;
    if (doc.text[i - 1] === ",") cueStart = i - 1;
  }
  for (let i = s.entities.length - 1; i >= 0; i--) {
    const m = s.entities[i];
    if (m.t1 > t || m.t0 < from || inQuote(m)) continue;
    const found = speakersOf(doc, s, m, previous);
    if (!found) continue;
    // Not the subject ("…, whose ministers informed Rubio of their decision, said"): an earlier name may be.
    if (!subjectOf(doc, m, t, cueStart)) continue;
    // Inside a role set off by commas after another person ("Bambang Hartono, penasihat Presiden Prabowo, mengatakan"):
    // that person speaks, not the one the role names.
    if (inRoleOfPerson(doc, s, i, from)) continue;
    const group = [...found];
    let conjoined = s.cues.some((c) => c.t0 === m.t1 && c.t1 <= t && hasCue(c, "conjunction"));
    for (let j = i - 1, right = m; j >= 0; j--) {
      const other = s.entities[j];
      if (other.t0 < from || !sameSort(other, m) || !coordinated(doc, s, other, right)) break;
      const more = speakersOf(doc, s, other, previous);
      if (!more) break;
      group.unshift(...more);
      conjoined ||= s.cues.some((c) => c.t0 >= other.t1 && c.t1 <= right.t0 && hasCue(c, "conjunction"));
      right = other;
    }
    // Commas alone make no list: "… drills around Taiwan, the Chinese military said" is China speaking.
    // A list has its "and" ("Seoul, Tokyo, and Washington", "The EU, the U.S., South Korea and others").
    return dedupe(conjoined ? group : found);
  }
  return null;
}

/**
 * Whether the person mention i stands inside an insertion opened by a comma right after another person, with
 * words of a role between ("Redwan Hussien, adviser to Abiy Ahmed,", "Bambang Hartono, penasihat Presiden
 * Prabowo,"): the insertion describes the person before it.
 */
function inRoleOfPerson(doc: Doc, s: Sentence, i: number, from: number): boolean {
  const m = s.entities[i];
  if (m.entity.kind !== "person") return false;
  for (let j = i - 1; j >= 0 && s.entities[j].t0 >= from; j--) {
    const p = s.entities[j];
    const between = doc.text.slice(p.end, m.start);
    if (!/^\s*,[^,.;:!?"“”]*$/u.test(between)) return false;
    if (p.entity.kind === "person") return /^\s*,\s*\p{Ll}/u.test(between);
  }
  return false;
}

/** States and organisations are listed together ("The EU, the U.S., South Korea and others"); persons with persons. */
const sameSort = (a: EntityMention, b: EntityMention) =>
  a.entity.kind === b.entity.kind ||
  (["country", "org"].includes(a.entity.kind) && ["country", "org"].includes(b.entity.kind));

/** "Jepang dan Korea Selatan", "South Korea, Japan and the US", "Seoul, Tokyo, and Washington": two items of one list. */
export function coordinated(doc: Doc, s: Sentence, left: EntityMention, right: EntityMention): boolean {
  // Perhaps with an article before the next name ("and the United States", "The EU, the United States").
  const to = right.t0 - 1 >= left.t1 && cueJustBefore(s, right.t0, "determiner", 0) ? right.t0 - 1 : right.t0;
  // A comma, after the period of an abbreviation too ("The EU, U.S., South Korea").
  if (left.t1 === to) return /^\.?\s*,\s*(?:\S+\s+)?$/.test(doc.text.slice(left.end, right.start));
  // "and" or ", and".
  return (
    conjunctionBetween(s, left.t1, to) && /^[\s,]*\S+(?:\s+\S+){0,3}\s*$/.test(doc.text.slice(left.end, right.start))
  );
}

/**
 * Whether a mention can be the subject of the verb at token t: close to it, or separated only by a
 * comma-bounded insertion ("Scholz, der am Montag … angekommen war, dankte") or a relative clause
 * ("Japan's defence ministry, which said"); not across a lone comma ("North Korea, days
 * after the panel said").
 */
function subjectOf(doc: Doc, m: EntityMention, t: number, cueStart: number): boolean {
  const gap = doc.text.slice(m.end, cueStart);
  const commas = (gap.match(/,/g) ?? []).length;
  if (commas === 0) return t - m.t1 <= SUBJECT_REACH;
  if (commas === 1) {
    // "The U.S. deputy ambassador, Robert Wood, accused", "The trio, known as the E3, said": a name closing an insertion set off by commas.
    // An adverb, or an auxiliary and an adverb, may follow the closing comma ("Juru bicara Kremlin, Dmitry
    // Peskov, juga mengatakan", "…, Lin Jian, a fermement rejeté"): a person's name only.
    const closing = m.entity.kind === "person" ? /^\s*,\s*(?:\p{Ll}+\s+){0,2}$/u : /^\s*,\s*$/;
    // The opening comma may stand past an abbreviated rank ("ruler, Gen. Abdourahamane Tiani, denounced").
    if (
      closing.test(gap) &&
      /,(?:[^,.;:!?"“”]|(?<=\b\p{Lu}\p{Ll}{0,3})\.){0,40}$/u.test(doc.text.slice(Math.max(0, m.start - 41), m.start))
    )
      return true;
    return t - m.t1 <= SUBJECT_REACH && relativeAt(doc, m.end + gap.indexOf(",") + 1);
  }
  return commas === 2 && /^[^,]*,[^,]+,\s*$/.test(gap) && t - m.t1 <= INSERTION_REACH;
}

/**
 * The speaker right after an inverted verb: a pronoun at once ("…," katanya / kata dia), a person
 * possibly behind a role ("…," kata juru bicara Kementerian Luar Negeri Korea Utara Kim Son Gyong),
 * or a state close by ("…," kata Gedung Putih); none from token `until` on (a "that" opening the words said).
 */
export function speakerAfter(
  doc: Doc,
  s: Sentence,
  t: number,
  previous: Speaker[] | null,
  until = Infinity,
): Speaker[] | null {
  for (let i = 0; i < s.entities.length; i++) {
    const m = s.entities[i];
    if (m.t0 < t) continue;
    if (m.t0 >= until) break;
    const distance = m.t0 - t;
    if (distance > PERSON_REACH) break;
    if (m.entity.kind === "pronoun") {
      if (distance <= 1) return previous;
      continue;
    }
    if (m.entity.kind !== "person" && distance > RIGHT_REACH) continue;
    const found = speakersOf(doc, s, m, previous);
    // "erklärte der EU-Außenbeauftragte Josep Borrell", "kata jurubicara Kemlu Filipina Teresita Daza": the state or body is the person's role.
    const person = m.entity.kind === "person" ? null : roleHolder(s, i);
    if (person) return speakersOf(doc, s, person, previous);
    if (found) return found;
  }
  return null;
}

/** The person named within a few words after entity i ("EU-Außenbeauftragte Josep Borrell"). */
function roleHolder(s: Sentence, i: number): EntityMention | null {
  const m = s.entities[i];
  for (let j = i + 1; j < s.entities.length && s.entities[j].t0 - m.t1 <= ROLE_TAIL; j++)
    if (s.entities[j].entity.kind === "person") return s.entities[j];
  return null;
}

export function dedupe(speakers: Speaker[]): Speaker[] {
  const seen = new Set<string>();
  return speakers.filter((x) => !seen.has(x.name) && seen.add(x.name));
}
