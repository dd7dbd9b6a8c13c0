import { cooperationCues, hasCooperationCue } from "./cooperationCues";
import type { CueKind } from "./cueIndex";
import type { Doc, EntityMention, Sentence } from "./document";
import { codeOf, governedState, relativeAt } from "./sentenceQueries";

/**
 * Armed groups (names/organizations.ts) and the one state each fights in: arms sent to a group go to
 * that state as an end of a transfer. Groups of many states (Islamic State, PKK) have none.
 */
const ARMED_GROUP_STATES: Readonly<Record<string, string>> = {
  Houthis: "YE",
  Hezbollah: "LB",
  Taliban: "AF",
  M23: "CD",
  "Rapid Support Forces": "SD",
  "Al-Shabaab": "SO",
  "Boko Haram": "NG",
};

/** How far before a verb of saying or accusing its subject may end ("the United States has previously accused"). */
const SPEAKER_REACH = 3;
const SAYING: ReadonlySet<CueKind> = new Set(["say", "stanceVerb", "sayPronominal"]);
const SAID_BY: ReadonlySet<CueKind> = new Set(["stancePassive", "accordingTo", "sayInverted"]);

/**
 * The state or bloc an entity mention of sentence s stands for as a party to an agreement or an end
 * of a transfer: a country, its capital or institution, a person's country, and — when `orgs` — an
 * organisation's id (a bloc can sign; a UN resolution receives no arms), or the state a governing
 * movement stands for (GOVERNING_MOVEMENTS). News agencies are sources,
 * never parties; so is whoever speaks or accuses ("the US accused …", "dituduh AS", "a confirmé le
 * Qatar", "according to Seoul"): the source of a report is not a party to what it reports.
 */
export function cooperationParty(doc: Doc, s: Sentence, m: EntityMention, orgs: boolean): string | null {
  // An armed group is an end of a transfer as the state it fights in ("arming the Houthis" arms Yemen's).
  const governed =
    governedState(m.entity) ?? (!orgs && m.entity.kind === "org" ? ARMED_GROUP_STATES[m.entity.id] : undefined);
  if (m.entity.kind === "agency" || (m.entity.kind === "org" && !orgs && !governed)) return null;
  // The verb must follow with no other name between: in "sold jets to Turkey after Ankara backed …" Ankara backs.
  // Nor a comma, unless a relative clause opens there: in "… to Turkey, a government spokesman said" the
  // spokesman speaks, while in "Pyongyang, which denied …" Pyongyang does.
  // "Chinese firms accused of supplying …", "Iran, accused of …": a participle of accusing after a demonym's
  // noun or right after the state accuses them (not "the United States has previously accused of …").
  const accused = new Set(
    cooperationCues(doc, s)
      .filter((w) => hasCooperationCue(w, "accusedOf"))
      .map((w) => w.t0),
  );
  // "Według nieoficjalnych danych Warszawa wysłała …", "according to the data Kyiv sent …": a state right
  // before a verb of sending or receiving is that verb's subject, past the source the phrase names.
  const acts = (m: EntityMention) =>
    cooperationCues(doc, s).some(
      (w) =>
        w.t0 === m.t1 &&
        (hasCooperationCue(w, "send") || hasCooperationCue(w, "receive")) &&
        !hasCooperationCue(w, "sendNoun"),
    );
  const speaks = s.cues.some(
    (c) =>
      (c.t0 >= m.t1 &&
        c.t0 <= m.t1 + SPEAKER_REACH &&
        c.cues.some((x) => SAYING.has(x.kind)) &&
        !(accused.has(c.t0) && ((m.entity.kind === "country" && m.entity.form === "demonym") || c.t0 === m.t1)) &&
        !s.entities.some((e) => e !== m && e.t0 >= m.t1 && e.t1 <= c.t0) &&
        subjectAcross(doc, m, c.start)) ||
      (c.t1 <= m.t0 &&
        c.t1 >= m.t0 - 2 &&
        c.cues.some((x) => SAID_BY.has(x.kind) && !(x.kind === "accordingTo" && acts(m)))),
  );
  if (speaks) return null;
  return m.entity.kind === "org" ? (governed ?? m.entity.id) : codeOf(doc, m.entity);
}

/** Nothing but a relative clause's comma between a name and the verb after it ("Pyongyang, which denied"). */
function subjectAcross(doc: Doc, m: EntityMention, verbStart: number): boolean {
  const comma = doc.text.slice(m.end, verbStart).indexOf(",");
  return comma < 0 || relativeAt(doc, m.end + comma + 1);
}
