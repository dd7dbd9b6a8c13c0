import type { Stance } from "./facts";
import type { LanguagePack } from "./languages/types";
import { PhraseIndex } from "./phraseIndex";
import { stemmer } from "./stemmer";

/** What a cue word signals. The names follow the language pack's fields. */
export type CueKind =
  // speech (SpeechWords)
  | "say"
  | "sayInverted"
  | "sayPronominal"
  | "continuation"
  | "passiveAuxiliary"
  | "contrast"
  | "perfectAuxiliary"
  | "backReference"
  | "measure"
  | "accordingTo"
  | "accordingToAfter"
  | "claimNoun"
  | "claimLink"
  // stance (StanceWords)
  | "stanceVerb"
  | "stancePassive"
  | "stanceCue"
  | "stanceTopic"
  | "obligation"
  | "discuss"
  | "negation"
  | "complementizer"
  // meetings (MeetingWords)
  | "meet"
  | "host"
  | "hostNoun"
  | "visit"
  | "arrive"
  | "talks"
  | "visitNoun"
  | "invite"
  | "invitation"
  | "purpose"
  | "sign"
  | "comitative"
  | "delegation"
  | "ledBy"
  | "summon"
  | "summoned"
  | "presence"
  | "placeNoun"
  | "bilateral"
  | "remote"
  | "willing"
  | "destinationPrep"
  | "locationPrep"
  | "originPrep"
  | "between"
  | "planned"
  | "cancelled"
  | "ongoing"
  | "duration"
  // sanctions (SanctionWords)
  | "sanction"
  | "impose"
  | "under"
  | "targetPrep"
  | "imposerPrep"
  | "reasonPrep"
  | "violation"
  | "vetoed"
  | "lifted"
  | "announced"
  | "notLifted"
  | "threat"
  | "future"
  | "condition"
  | "statePronoun"
  | "listVerb"
  | "earlier"
  | "resolution"
  | "ban"
  | "sanctionVerb"
  | "sanctionPassive"
  | "groupNoun"
  | "since"
  | "fresh"
  | "maintain"
  | "jointly"
  | "monitor"
  | "designate"
  | "similarMeasures"
  | "exportControl"
  // references (ReferenceWords)
  | "demonstrative"
  | "pronoun"
  | "personPair"
  | "countryPair"
  | "conjunction"
  | "media"
  | "government"
  | "agentPrep"
  | "objectPronoun"
  | "determiner"
  | "groupReference"
  | "capacity"
  // dates (DateWords)
  | "vagueDate"
  | "since";

export interface Cue {
  kind: CueKind;
  stance?: Stance;
  days?: number;
}

const cache = new Map<string, PhraseIndex<Cue>>();

/** The pack's cue words as one index, built once per pack. */
export function cueIndex(pack: LanguagePack): PhraseIndex<Cue> {
  const cached = cache.get(pack.code);
  if (cached) return cached;
  const index = new PhraseIndex<Cue>(stemmer(pack));
  const add = (words: readonly string[], cue: Cue) => {
    for (const w of words) index.add(w, cue, "any", `${cue.kind}:${cue.stance ?? ""}`);
  };
  const { speech, stance, meeting, sanction, references } = pack;
  add(speech.say, { kind: "say" });
  add(speech.sayInverted, { kind: "sayInverted" });
  add(speech.sayPronominal, { kind: "sayPronominal" });
  add(speech.continuation, { kind: "continuation" });
  add(speech.passiveAuxiliaries ?? [], { kind: "passiveAuxiliary" });
  add(speech.perfectAuxiliaries ?? [], { kind: "perfectAuxiliary" });
  add(speech.backReferences ?? [], { kind: "backReference" });
  add(speech.measures ?? [], { kind: "measure" });
  add(speech.accordingTo, { kind: "accordingTo" });
  add(speech.accordingToAfter, { kind: "accordingToAfter" });
  add(speech.claimNouns, { kind: "claimNoun" });
  add(speech.claimLinks, { kind: "claimLink" });
  for (const [s, words] of Object.entries(stance.verbs)) add(words, { kind: "stanceVerb", stance: s as Stance });
  for (const [s, words] of Object.entries(stance.passive)) add(words, { kind: "stancePassive", stance: s as Stance });
  for (const [s, words] of Object.entries(stance.cues)) add(words, { kind: "stanceCue", stance: s as Stance });
  add(stance.topics ?? [], { kind: "stanceTopic", stance: "accuse" });
  add(stance.obligations ?? [], { kind: "obligation" });
  add(stance.discuss, { kind: "discuss" });
  add(stance.negations, { kind: "negation" });
  add(speech.complementizers, { kind: "complementizer" });
  for (const kind of [
    "meet",
    "host",
    "hostNoun",
    "visit",
    "arrive",
    "talks",
    "visitNoun",
    "invite",
    "invitation",
    "purpose",
    "planned",
    "cancelled",
    "ongoing",
  ] as const) {
    add(meeting[kind], { kind });
  }
  add(meeting.destinationPreps, { kind: "destinationPrep" });
  add(meeting.locationPreps, { kind: "locationPrep" });
  add(meeting.originPreps, { kind: "originPrep" });
  add(meeting.between, { kind: "between" });
  add(meeting.sign ?? [], { kind: "sign" });
  add(meeting.comitative ?? [], { kind: "comitative" });
  add(meeting.delegation ?? [], { kind: "delegation" });
  add(meeting.ledBy ?? [], { kind: "ledBy" });
  add(meeting.summon ?? [], { kind: "summon" });
  add(meeting.summoned ?? [], { kind: "summoned" });
  add(meeting.presence ?? [], { kind: "presence" });
  add(meeting.placeNouns ?? [], { kind: "placeNoun" });
  add(meeting.bilateral ?? [], { kind: "bilateral" });
  add(meeting.remote ?? [], { kind: "remote" });
  add(meeting.willing ?? [], { kind: "willing" });
  for (const [phrase, days] of Object.entries(meeting.durations))
    index.add(phrase, { kind: "duration", days }, "any", `duration:${days}`);
  add(sanction.words, { kind: "sanction" });
  add(sanction.impose, { kind: "impose" });
  add(sanction.under, { kind: "under" });
  add(sanction.targetPreps, { kind: "targetPrep" });
  add(sanction.imposerPreps, { kind: "imposerPrep" });
  add(sanction.reasonPreps, { kind: "reasonPrep" });
  add(sanction.violation, { kind: "violation" });
  add(sanction.vetoed, { kind: "vetoed" });
  add(sanction.lifted, { kind: "lifted" });
  add(sanction.announced, { kind: "announced" });
  add(sanction.notLifted, { kind: "notLifted" });
  add(sanction.threat, { kind: "threat" });
  add(sanction.future ?? [], { kind: "future" });
  add(sanction.conditions ?? [], { kind: "condition" });
  add(sanction.pronouns ?? [], { kind: "statePronoun" });
  add(sanction.listVerbs ?? [], { kind: "listVerb" });
  add(sanction.earlier ?? [], { kind: "earlier" });
  add(sanction.resolutions ?? [], { kind: "resolution" });
  add(sanction.bans ?? [], { kind: "ban" });
  add(sanction.verbs, { kind: "sanctionVerb" });
  add(sanction.passive ?? [], { kind: "sanctionPassive" });
  add(sanction.groupNouns ?? [], { kind: "groupNoun" });
  add(sanction.since ?? [], { kind: "since" });
  add(sanction.fresh ?? [], { kind: "fresh" });
  add(sanction.maintain ?? [], { kind: "maintain" });
  add(sanction.jointly ?? [], { kind: "jointly" });
  add(sanction.monitors ?? [], { kind: "monitor" });
  add(sanction.designations ?? [], { kind: "designate" });
  add(sanction.similar ?? [], { kind: "similarMeasures" });
  add(sanction.exportControls ?? [], { kind: "exportControl" });
  add(references.demonstratives, { kind: "demonstrative" });
  add(references.pronouns, { kind: "pronoun" });
  add(references.personPairs, { kind: "personPair" });
  add(references.countryPairs, { kind: "countryPair" });
  add(references.conjunctions, { kind: "conjunction" });
  add(references.media, { kind: "media" });
  add(references.government, { kind: "government" });
  add(references.agentPreps, { kind: "agentPrep" });
  add(references.objectPronouns, { kind: "objectPronoun" });
  add(references.determiners, { kind: "determiner" });
  add(references.groupReferences ?? [], { kind: "groupReference" });
  add(references.capacity ?? [], { kind: "capacity" });
  add(references.contrasts ?? [], { kind: "contrast" });
  add(pack.dates.vague, { kind: "vagueDate" });
  add(pack.dates.since ?? [], { kind: "since" });
  cache.set(pack.code, index);
  return index;
}
