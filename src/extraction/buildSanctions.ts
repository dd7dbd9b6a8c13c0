import { FREQUENT_SANCTIONERS } from "./data/organizations";
import { hasCue, type CueMention, type Doc, type EntityMention, type Sentence } from "./document";
import { evidenceOf } from "./entityFacts";
import type { SanctionFact, SanctionStatus } from "./facts";
import { codeOf, conjunctionBetween, cueJustBefore, cuesIn, leadingCountries, nearestBefore } from "./sentenceQueries";

/** How far from the sanctions word a target may stand when no grammar links them. */
const NEAR = 5;
/** How far after the sanctions word "against"/"terhadap" may come ("sanksi yang kemarin dijatuhkan terhadap Iran"). */
const PREP_REACH = 5;
/** How many words may come between "against"/"terhadap" and the state ("terhadap sejumlah entitas Rusia"). */
const PREP_SKIP = 5;
/** "sanctions imposed by": how far after the sanctions word "by" may stand. */
const BY_REACH = 3;
/** How far before the sanctions word "under"/"di bawah" may stand ("under multiple rounds of UN sanctions"). */
const UNDER_REACH = 6;
/** How far a verb-final "angekündigt"/"verhängt" may stand after the sanctions word. */
const LATE_VERB_REACH = 8;
const SPEECH_KINDS = ["say", "stanceVerb", "sayInverted"] as const;

/**
 * Sanctions: for each sanctions word, who imposes them (the UN, the EU, a state — or nobody said),
 * on whom, why, and whether they stand, were announced, lifted or vetoed. Threats ("is ready to
 * impose sanctions if …") are not sanctions. One fact per imposer, target and status.
 */
export function buildSanctions(doc: Doc): SanctionFact[] {
  const facts = new Map<string, SanctionFact>();
  for (const s of doc.sentences) {
    if (s.dateline) continue;
    for (const c of s.cues) {
      if (!(hasCue(c, "sanction") || hasCue(c, "sanctionVerb")) || cueJustBefore(s, c.t0, "threat", 4)) continue;
      // "sanksi tersebut", "these sanctions": the sanctions told before, unless a target follows.
      if (facts.size > 0 && refersBack(s, c)) continue;
      const status = statusOf(s, c);
      for (const imposer of imposersOf(doc, s, c)) {
        for (const t of targetsOf(doc, s, c, imposer)) {
          if (t.code === imposer) continue;
          const key = `${imposer}|${t.code}|${status}`;
          const reason = reasonFor(doc, s, c, t.code);
          const known = facts.get(key);
          if (known) known.reason ??= reason;
          else facts.set(key, { imposer, target: t.code, reason, status, evidence: evidenceOf(doc, s) });
        }
      }
    }
  }
  return [...facts.values()];
}

function statusOf(s: Sentence, c: CueMention): SanctionStatus {
  const near = (kind: "lifted" | "announced", reach: number) => cuesIn(s, c.t0 - reach, c.t1 + reach, kind).length > 0;
  if (cuesIn(s, s.t0, s.t1, "notLifted").length) return "in_force";
  if (cuesIn(s, s.t0, s.t1, "vetoed").length) return "vetoed";
  if (near("lifted", NEAR)) return "lifted";
  // "imposed new sanctions", "hat neue Sanktionen … verhängt": imposed, whatever "new" says.
  const late = (kind: "impose" | "announced") => cuesIn(s, c.t1, c.t1 + LATE_VERB_REACH, kind).length > 0;
  if (cueJustBefore(s, c.t0, "impose", 3) || late("impose")) return "in_force";
  // "announced … sanctions", "new sanctions"/"sanksi baru" right beside the word, "… Sanktionen angekündigt".
  if (cueJustBefore(s, c.t0, "announced", NEAR) || near("announced", 1) || late("announced")) return "announced";
  return "in_force";
}

const refersBack = (s: Sentence, c: CueMention) =>
  (s.cues.some((k) => k.t0 === c.t1 && hasCue(k, "demonstrative")) || cueJustBefore(s, c.t0, "demonstrative", 0)) &&
  !s.cues.some((k) => k.t0 >= c.t1 && k.t0 <= c.t1 + 2 && hasCue(k, "targetPrep"));

const ACTS = ["impose", "lifted", "announced", "sanctionVerb"] as const;

/**
 * Who imposes: the subjects of "imposed"/"lifted"/"announced" ("Seoul and Washington imposed …",
 * "Pemerintah Jepang … mengumumkan sanksi", "Britain sanctioned …"), or of a verb-final
 * "… Sanktionen gegen Iran angekündigt"; else the one imposer read by imposerOf.
 */
function imposersOf(doc: Doc, s: Sentence, c: CueMention): Array<string | null> {
  const isImposer = (m: EntityMention) => m.entity.kind === "org" || (m.entity.kind === "country" && m.entity.form !== "demonym" && !m.inRole);
  const act = (k: CueMention) => ACTS.some((kind) => hasCue(k, kind));
  const verb = hasCue(c, "sanctionVerb") ? c : s.cues.find((k) => act(k) && k.t1 <= c.t0 && k.t1 >= c.t0 - 3);
  let subject = verb ? nearestBefore(s, verb.t0, isImposer) : null;
  // Not across a verb of saying ("X said new sanctions …") nor from a prepositional phrase ("in Tokyo").
  if (subject && verb && (s.cues.some((k) => k.t0 >= subject!.t1 && k.t1 <= verb.t0 && hasCue(k, "say")) || cueJustBefore(s, subject.t0, "locationPrep", 1))) subject = null;
  if (!subject && !verb) {
    // Verb-final clauses: the sentence's first entity, when an act verb closes the clause after the sanctions word.
    const late = s.cues.some((k) => act(k) && k.t0 > c.t1 && k.t0 <= c.t1 + LATE_VERB_REACH);
    const first = s.entities[0];
    if (late && first && first.t1 <= c.t0 && isImposer(first)) subject = coordinatedAfter(s, first, isImposer).at(-1) ?? null;
  }
  if (!subject) return [imposerOf(doc, s, c)];
  const ids = coordinated(s, subject, isImposer).map((m) => (m.entity.kind === "org" ? m.entity.id : codeOf(doc, m.entity)));
  return [...new Set(ids)];
}

/** "sanksi PBB", "UN sanctions", "imposed by the EU", or the Security Council named in the sentence. */
function imposerOf(doc: Doc, s: Sentence, c: CueMention): string | null {
  const after = s.entities.find((m) => m.t0 === c.t1);
  const before = s.entities.find((m) => m.t1 === c.t0);
  for (const m of [after, before]) {
    if (!m) continue;
    if (m.entity.kind === "org") return m.entity.id;
    const code = codeOf(doc, m.entity);
    if (code && m.entity.kind === "country" && (FREQUENT_SANCTIONERS.has(code) || (m === after && prepAfter(s, m.t1)))) return code;
  }
  // "sanctions imposed by X", "sanksi yang dijatuhkan oleh X" — not "sanksi … ditolak setelah diveto oleh China".
  const by = cuesIn(s, c.t1, c.t1 + BY_REACH, "imposerPrep")[0];
  const agent = by && !cuesIn(s, c.t1, by.t0, "vetoed").length && s.entities.find((m) => m.t0 === by.t1 || m.t0 === by.t1 + 1);
  if (agent) return agent.entity.kind === "org" ? agent.entity.id : codeOf(doc, agent.entity);
  const org = s.entities.find((m) => m.entity.kind === "org" && (m.entity.id === "UN" || m.entity.id === "EU"));
  return org?.entity.kind === "org" ? org.entity.id : null;
}

const prepAfter = (s: Sentence, t: number) => s.cues.some((c) => c.t0 >= t && c.t0 <= t + 1 && hasCue(c, "targetPrep"));

/** Whom the sanctions hit, by the first rule that applies. */
function targetsOf(doc: Doc, s: Sentence, c: CueMention, imposer: string | null): Array<{ code: string }> {
  const codes = (ms: EntityMention[]) =>
    ms.flatMap((m) => (m.entity.kind === "pair" ? leadingCountries(doc, 2) : [codeOf(doc, m.entity)])).filter((x): x is string => !!x);
  const isState = (m: EntityMention) => m.entity.kind === "country" || (m.entity.kind === "pair" && m.entity.of === "countries");
  // X berada di bawah / terkena / dijatuhi sanksi; X is under sanctions.
  const under = s.cues.find(
    (u) => hasCue(u, "under") && u.t1 <= c.t0 && u.t1 >= c.t0 - UNDER_REACH && !s.entities.some((m) => m.t0 >= u.t1 && m.t1 <= c.t0 && m.entity.kind !== "org"),
  );
  if (under) {
    const subject = nearestBefore(s, under.t0, isState);
    if (subject) return wrap(codes(coordinated(s, subject, isState)));
  }
  // sanctions on / against / terhadap X (nothing named in between).
  const prep = s.cues.find((p) => hasCue(p, "targetPrep") && p.t0 >= c.t1 && p.t0 <= c.t1 + PREP_REACH);
  if (prep && !s.entities.some((m) => m.t0 >= c.t1 && m.t1 <= prep.t0)) {
    // "terhadap sejumlah perusahaan Iran dan Belarus", "on three North Korean firms".
    const first = s.entities.find((m) => m.t0 >= prep.t1 && m.t0 <= prep.t1 + PREP_SKIP);
    if (first && isState(first)) return wrap(codes(coordinatedAfter(s, first, isState)));
  }
  // "sanksi Korea Utara", "North Korea sanctions": a state beside the word that is not the imposer.
  const beside = s.entities.find((m) => (m.t0 === c.t1 || m.t1 === c.t0) && m.entity.kind === "country" && !m.inRole);
  if (beside && codeOf(doc, beside.entity) !== imposer) return wrap(codes([beside]));
  return wrap(codes(nearby(s, c, imposer, doc)));
}

/** The nearest state within a few words, passing over violators ("Iran … tidak melanggar sanksi"), agents ("diveto oleh China") and speakers. */
function nearby(s: Sentence, c: CueMention, imposer: string | null, doc: Doc): EntityMention[] {
  const actor = (m: EntityMention) =>
    s.cues.some((k) => k.t0 >= m.t1 && k.t0 <= m.t1 + 3 && (hasCue(k, "violation") || SPEECH_KINDS.some((x) => hasCue(k, x)))) ||
    cueJustBefore(s, m.t0, "agentPrep", 2);
  const candidates = s.entities.filter(
    (m) => m.entity.kind === "country" && !m.inRole && m.t1 >= c.t0 - NEAR && m.t0 <= c.t1 + NEAR && codeOf(doc, m.entity) !== imposer && !actor(m),
  );
  const distance = (m: EntityMention) => (m.t0 >= c.t1 ? m.t0 - c.t1 : c.t0 - m.t1);
  return candidates.sort((a, b) => distance(a) - distance(b)).slice(0, 1);
}

/** "Iran dan Belarus": the named states joined to `last` by "dan"/"and"/commas before it. */
function coordinated(s: Sentence, last: EntityMention, test: (m: EntityMention) => boolean): EntityMention[] {
  const group = [last];
  for (let i = s.entities.indexOf(last) - 1; i >= 0; i--) {
    const m = s.entities[i];
    if (!test(m) || !joinedBy(s, m.t1, group[0].t0)) break;
    group.unshift(m);
  }
  return group;
}

function coordinatedAfter(s: Sentence, first: EntityMention, test: (m: EntityMention) => boolean): EntityMention[] {
  const group = [first];
  for (let i = s.entities.indexOf(first) + 1; i < s.entities.length; i++) {
    const m = s.entities[i];
    if (!test(m) || !joinedBy(s, group[group.length - 1].t1, m.t0)) break;
    group.push(m);
  }
  return group;
}

/** Nothing but a comma or a conjunction between tokens a and b (commas are not tokens). */
const joinedBy = (s: Sentence, a: number, b: number) =>
  a === b || conjunctionBetween(s, a, b) || (b - a === 2 && conjunctionBetween(s, a, a + 1) && cueJustBefore(s, b, "determiner", 0));

/** "Teheran karena program nuklirnya": the reason given right after the target or the sanctions word. */
function reasonFor(doc: Doc, s: Sentence, c: CueMention, target: string): string | null {
  const afterTarget = s.entities.find((m) => m.t0 > c.t0 && codeOf(doc, m.entity) === target && m.entity.kind === "country" && reasonPrepAt(s, m.t1));
  const prep = afterTarget ? reasonPrepAt(s, afterTarget.t1) : cuesIn(s, c.t1, c.t1 + 4, "reasonPrep")[0];
  if (!prep) return null;
  const rest = doc.text.slice(prep.end, s.end);
  const clause = rest.split(/[,;:.(–—]|\s--?\s|\s(?:dan|and|und|y)\s+(?=\p{Lu})/u)[0].trim();
  return clause ? clause : null;
}

const reasonPrepAt = (s: Sentence, t: number) => s.cues.find((k) => k.t0 === t && hasCue(k, "reasonPrep"));
const wrap = (codes: string[]) => [...new Set(codes)].map((code) => ({ code }));
