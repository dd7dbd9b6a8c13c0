import { ORGANIZATION_SEATS } from "../names/places";
import { FREQUENT_SANCTIONERS } from "../names/organizations";
import { hasCue, type CueMention, type Doc, type EntityMention, type Sentence } from "./document";
import { evidenceOf } from "./entityFacts";
import type { SanctionFact, SanctionStatus } from "./facts";
import type { LanguagePack } from "./languages/types";
import { actSlot, isDemandedLifting, sanctionStatus, underOrBroken } from "./sanctionStatus";
import {
  coordinated,
  coordinatedAfter,
  isCapital,
  isPassiveSanction,
  sanctionTargets,
  type SanctionTarget,
} from "./sanctionTargets";
import { previousSubject } from "./previousSubject";
import { resolutionBans } from "./resolutionBans";
import { phraseWords } from "./tokenize";
import { codeOf, cueJustBefore, cuesIn, nearestBefore } from "./sentenceQueries";

/** "sanctions imposed by": how far after the sanctions word "by" may stand. */
const BY_REACH = 3;
/** How far after a sanctions word a measure it lists may stand ("sanctions, including asset freezes and travel bans"). */
const LIST_REACH = 6;
/** How far a verb-final "angekündigt"/"verhängt" may stand after the sanctions word. */
const LATE_VERB_REACH = 8;

/**
 * Sanctions: for each sanctions word, who imposes them (the UN, the EU, a state — or nobody said),
 * on whom (a state, a person, a group of a country's companies and people), why, and whether they
 * stand, were announced, lifted or vetoed. Threats ("is ready to impose sanctions if …") are not
 * sanctions. One fact per imposer, target and status.
 */
export function buildSanctions(doc: Doc): SanctionFact[] {
  const facts = new Map<string, SanctionFact>();
  // The imposer of the last announced sanctions: "Kim Yong Bok was also sanctioned" continues them.
  let lastActor: string | null = null;
  // Each imposer's last announced sanctions: a retelling with no actor named may describe them.
  const announcedBy = new Map<string, SanctionFact>();
  let lastFact: SanctionFact | null = null;
  const groups = new Map<SanctionFact, string>();
  for (const sentence of doc.sentences) {
    if (sentence.dateline) continue;
    const inSentence: SanctionFact[] = [];
    // "measures on North Korea in line with UN sanctions": a sanctions word with no target of its own shares the sentence's.
    let shared: SanctionTarget[] = [];
    let previous: CueMention | null = null;
    let previousHit = false;
    // "Sanksi tersebut … adalah sanksi terbaru yang dijatuhkan terhadap Moskow": once the sentence's
    // subject is the sanctions told before, its later sanctions words describe them.
    let describing = false;
    for (const cue of sentence.cues) {
      if (!CANDIDATES.some((kind) => hasCue(cue, kind))) continue;
      // Every rule reads a few dozen words around the word: a window keeps a giant sentence linear.
      const s = around(sentence, cue);
      const word = sanctionWord(s, cue, lastFact);
      if (!word) continue;
      // "Britain announced similar measures against Iran": the sanctions told before, by another imposer.
      const like: SanctionFact | null = hasCue(cue, "similarMeasures") ? (lastFact as SanctionFact | null) : null;
      // "sanctions — including travel bans, asset freezes — on …": the measures listed after a
      // sanctions word, with no name between them, are that sanction, not one of their own.
      // When that word found no target, the listed measure may carry it ("sanctions, including asset freezes, on Iran").
      const listed =
        previous !== null &&
        previousHit &&
        !hasCue(word, "sanctionVerb") &&
        word.t0 - previous.t1 <= LIST_REACH &&
        !s.entities.some((m) => m.t0 >= previous!.t1 && m.t1 <= word.t0);
      previous = word;
      previousHit = false;
      if (listed) {
        previousHit = true;
        continue;
      }
      if (cueJustBefore(s, word.t0, "threat", 4)) continue;
      // "Israel faces no sanctions", "keine neuen Sanktionen": sanctions denied are none.
      if (negated(doc, word)) continue;
      if (calledFor(s, word)) continue;
      // "will impose sanctions on Iran if it sends missiles": a future act under a condition is a threat.
      if (cueJustBefore(s, word.t0, "future", 4) && cuesIn(s, s.t0, s.t1, "condition").length) continue;
      // "sanksi tersebut", "these sanctions": the sanctions told before — skipped, unless a target
      // follows ("Sanksi itu menyasar tiga individu …"): then those sanctions, on that target.
      const back: boolean = lastFact !== null && refersBack(s, word);
      if (back && !targetFollows(s, word)) {
        describing = true;
        continue;
      }
      if (describing && !ownActBefore(s, word)) continue;
      // "The sanctions froze the assets of 54 individuals …": sanctions as the subject of the verb are
      // the ones told before, described; whose the unnamed people are, the sentence does not say.
      if (lastFact !== null && hasCue(word, "sanctionVerb") && sanctionsAsSubject(s, word)) continue;
      // "The Treasury added three firms to its entity list": the verb that lists them acts as "sanctioned" does.
      // "Cuba was removed from the U.S. sanctions list": the verb removing names from the list lifts them.
      const delist: Delisting | null = back ? null : delisting(doc, s, word);
      const c: CueMention = delist?.verb || (!back && listingVerb(s, word)) || word;
      const passive: boolean = delist ? delist.passive : isPassiveSanction(s, c);
      let status: SanctionStatus = back ? lastFact!.status : sanctionStatus(doc, s, c, passive);
      if (like && status === "in_force") status = like.status;
      // The states that veto sanctions do not impose them ("Russia vetoed new UN sanctions on …").
      let imposers: Array<string | null> = passive || status === "vetoed" ? agentsOr(doc, s, c) : imposersOf(doc, s, c);
      if (back && imposers.every((i) => i === null)) imposers = [lastFact!.imposer];
      if (delist?.owner && imposers.every((i) => i === null)) imposers = [delist.owner];
      // An announced act with no actor named continues the sanctions announced before it.
      const continued = status === "announced" && lastActor !== null && imposers.every((i) => i === null) && !like;
      if (continued) imposers = [lastActor];
      // Only the Security Council votes sanctions down by veto: vetoed sanctions with no bloc named are the UN's.
      if (status === "vetoed") imposers = imposers.map((i) => i ?? "UN");
      // "Maduro urged Washington to lift sanctions": the party asked imposes them, they stand.
      const asked = back ? null : liftingAsked(doc, s, c);
      if (asked) {
        status = "in_force";
        imposers = [asked.imposer];
      }
      // Measures like those told, by no one named or by the same imposer, are those sanctions again.
      if (like) imposers = imposers.filter((i) => i !== null && i !== like.imposer);
      for (const imposer of imposers) {
        let targets = sanctionTargets(doc, s, c, imposer, passive, contextOf(lastFact));
        if (targets.length) shared = targets.filter((t) => !t.group && !t.countries);
        else targets = shared;
        if (!targets.length && asked?.asker) targets = [{ target: asked.asker }];
        if (!targets.length && like)
          targets = [{ target: like.target, ...(like.targetCountry ? { countries: like.targetCountry } : {}) }];
        for (const t of targets) {
          // "sanksi AS dan Inggris": imposers listed together never hit one another.
          if (t.target === imposer || imposers.includes(t.target)) continue;
          // "The EU slapped more sanctions on North Korea … The Council sanctioned six individuals and
          // three entities": a group naming no country, by the imposer who acted on its country, details that act.
          if (t.inherited && facts.has(`${imposer}|${t.target}|${status}`)) continue;
          // "The U.K. announced new sanctions … The new sanctions will target three companies from North
          // Korea and Russia": with no actor named, a group among the countries of the act just told is that
          // act — not one a verb sanctions anew ("Two Belarusian airlines were also sanctioned").
          const prior = imposer ? announcedBy.get(imposer) : undefined;
          if (continued && t.group && prior && status === "announced" && !hasCue(c, "sanctionVerb")) {
            const told = contextOf(prior);
            if ((t.countries ?? [t.target]).some((x) => told.includes(x))) {
              lastFact = prior;
              continue;
            }
          }
          previousHit = true;
          if (status === "announced" && imposer) lastActor = imposer;
          // Each group designation is its own sanction ("three individuals …", "four more Iranian entities …").
          const key: string = `${imposer}|${t.target}|${status}${t.group ? `|${t.group}` : ""}`;
          const reason = reasonFor(doc, s, sentence, c, t.target);
          // A group retold without its imposer ("It said the sanctions on nine US firms …") is the one
          // told before; so is a second wording of one group within a sentence.
          const known: SanctionFact | undefined =
            facts.get(key) ??
            (t.group
              ? inSentence.find(
                  (f) => groups.has(f) && f.imposer === imposer && f.target === t.target && f.status === status,
                )
              : undefined) ??
            (imposer === null && t.group
              ? [...facts.values()].find((f) => groups.get(f) === `${t.target}|${t.group}`)
              : undefined);
          // "Sanctions on Mkrtychev freeze his assets": a person hit by no one named, of the state (or
          // among the countries) that sanctions announced before targeted, is one of those sanctions retold.
          const retold: SanctionFact | undefined =
            imposer === null && !t.group && t.countries
              ? [...facts.values()].find(
                  (f) =>
                    f.status === "announced" &&
                    f.imposer !== null &&
                    (f.target === t.countries![0] || (f.targetCountry?.includes(t.countries![0]) ?? false)),
                )
              : undefined;
          // "The sanctions on North Korea remain in force" after the UN's were told: the same standing sanctions.
          const standingBefore: SanctionFact | undefined =
            imposer === null && status === "in_force" && !t.group
              ? [...facts.values()].find((f) => f.imposer !== null && f.status === "in_force" && f.target === t.target)
              : undefined;
          // "The Russian foreign ministry condemned the sanctions" after the EU's on Russia: those sanctions; and
          // "China condemned the unilateral sanctions" after the US's on Iran: the ones just told, not some on China.
          const objected: SanctionFact | undefined =
            imposer === null && t.objector
              ? ([...facts.values()].find(
                  (f) => f.target === t.target || (f.targetCountry?.includes(t.target) ?? false),
                ) ??
                lastFact ??
                undefined)
              : undefined;
          const same: SanctionFact | undefined = retold ?? standingBefore ?? objected;
          if (same) {
            lastFact = same;
            continue;
          }
          if (known) {
            known.reason ??= reason;
            lastFact = known;
            continue;
          }
          const fact: SanctionFact = {
            imposer,
            target: t.target,
            ...(t.countries ? { targetCountry: t.countries } : {}),
            reason,
            status,
            evidence: evidenceOf(doc, sentence),
          };
          facts.set(key, fact);
          if (imposer && status === "announced") announcedBy.set(imposer, fact);
          // "Russia vetoed the renewal of the panel monitoring sanctions on North Korea": the veto ends
          // the watch, the sanctions watched stand. Not when the panel comes after the sanctions
          // ("vetoed extending sanctions on Mali, and the panel monitoring them"): the sanctions fell too.
          const standing = `${imposer}|${t.target}|in_force`;
          if (status === "vetoed" && !t.group && !facts.has(standing) && cuesIn(s, s.t0, c.t0, "monitor").length)
            facts.set(standing, { ...fact, status: "in_force" });
          if (t.group) groups.set(fact, `${t.target}|${t.group}`);
          inSentence.push(fact);
          lastFact = fact;
        }
      }
    }
    // One sentence telling one act twice ("X sanctioned … . The sanctions …" run together; "approved
    // the reinstatement of the Restricted List, a blacklist that …"): the reading without an imposer is
    // the same sanction as the one with it, whatever status its own words gave it.
    for (const f of inSentence) {
      if (f.imposer === null && inSentence.some((g) => g.imposer !== null && g.target === f.target))
        facts.delete(`null|${f.target}|${f.status}`);
    }
  }
  // "Missiles banned under UN Security Council resolutions": the UN regime stands, told as background.
  for (const { target, sentence } of resolutionBans(doc)) {
    if ([...facts.values()].some((f) => f.imposer === "UN" && f.target === target)) continue;
    facts.set(`UN|${target}|in_force`, {
      imposer: "UN",
      target,
      reason: null,
      status: "in_force",
      evidence: evidenceOf(doc, sentence),
    });
  }
  return [...facts.values()];
}

/** The countries of the sanctions told before: a state target's code, or a person's or group's countries. */
const contextOf = (f: SanctionFact | null): string[] =>
  !f ? [] : f.targetCountry ? [...f.targetCountry] : /^[A-Z]{2}$/.test(f.target) ? [f.target] : [];

/** How many words either side of the sanctions word its rules may read. */
const WINDOW = 40;

/** The sentence seen from the sanctions word: its tokens, entities and cues within WINDOW words (sorted by token, so found by bisection). */
function around(s: Sentence, c: CueMention): Sentence {
  const t0 = Math.max(s.t0, c.t0 - WINDOW);
  const t1 = Math.min(s.t1, c.t1 + WINDOW);
  const slice = <T extends { t0: number }>(xs: T[]) => xs.slice(firstAt(xs, t0), firstAt(xs, t1));
  return { ...s, t0, t1, entities: slice(s.entities), cues: slice(s.cues) };
}

/** The index of the first item starting at or after token t. */
function firstAt(xs: ReadonlyArray<{ t0: number }>, t: number): number {
  let lo = 0;
  let hi = xs.length;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if (xs[mid].t0 < t) lo = mid + 1;
    else hi = mid;
  }
  return lo;
}

/**
 * A negator right before the sanctions word, or before a "new" before it ("no sanctions", "keine neuen
 * Sanktionen", "tidak ada sanksi"): the pack's `agreements.none` words, read from the tokens.
 */
function negated(doc: Doc, c: CueMention): boolean {
  let phrases = NEGATORS.get(doc.pack);
  if (!phrases) NEGATORS.set(doc.pack, (phrases = (doc.pack.agreements?.none ?? []).map(phraseWords)));
  const endsAt = (t: number) =>
    phrases!.some((words) => t >= words.length && words.every((w, i) => doc.tokens[t - words.length + i]?.norm === w));
  return endsAt(c.t0) || endsAt(c.t0 - 1);
}
const NEGATORS = new WeakMap<LanguagePack, string[][]>();

/** The cue kinds that may be a sanctions word (sanctionWord decides). */
const CANDIDATES = ["sanction", "sanctionVerb", "exportControl", "similarMeasures", "designate"] as const;

/** How far before the sanctions word an act verb of its own may stand ("… and imposed sanctions on"). */
const OWN_VERB_REACH = 3;

/** An act verb right before the word with a name before it: a sanctions act of its own, not a description. */
const ownActBefore = (s: Sentence, c: CueMention) =>
  s.cues.some(
    (k) =>
      k.t1 <= c.t0 &&
      k.t1 >= c.t0 - OWN_VERB_REACH &&
      (hasCue(k, "impose") || hasCue(k, "announced") || hasCue(k, "sanctionVerb")) &&
      s.entities.some((m) => m.t1 <= k.t0 && m.entity.kind !== "pronoun"),
  ) || hasCue(c, "sanctionVerb");

/** How far before a lifting an urging may stand, its addressee between them ("urged the United States to lift"). */
const ASKED_REACH = 6;

/**
 * A lifting asked of someone ("Maduro urged Washington to lift sanctions", "mendesak AS mencabut
 * sanksi", "pidió a Estados Unidos levantar las sanciones"): the party urged imposes the sanctions, and
 * the state of the one urging (the subject before the urging) is their target when no other is named.
 */
function liftingAsked(doc: Doc, s: Sentence, c: CueMention): { imposer: string; asker: string | null } | null {
  const lift = s.cues.find((k) => hasCue(k, "lifted") && k.t1 <= c.t0 && k.t1 >= c.t0 - 3);
  if (!lift) return null;
  const urge = s.cues
    .filter(
      (k) =>
        k.t1 <= lift.t0 &&
        k.t1 >= lift.t0 - ASKED_REACH &&
        k.cues.some((x) => x.kind === "stanceVerb" && x.stance === "other"),
    )
    .at(-1);
  if (!urge) return null;
  const addressee = s.entities.find(
    (m) =>
      m.t0 >= urge.t1 &&
      m.t1 <= lift.t0 &&
      (m.entity.kind === "org" || (m.entity.kind === "country" && m.entity.form !== "demonym" && !m.inRole)),
  );
  const imposer = addressee && (addressee.entity.kind === "org" ? addressee.entity.id : codeOf(doc, addressee.entity));
  if (!imposer) return null;
  const asker = nearestBefore(s, urge.t0, (m) => m.entity.kind === "person" || m.entity.kind === "country");
  const askerCode = asker ? codeOf(doc, asker.entity) : null;
  return { imposer, asker: askerCode !== imposer ? askerCode : null };
}

/** How far after a verb of designating its group noun may stand ("designated five Iranian entities"). */
const DESIGNATION_REACH = 4;

/**
 * The cue as a sanctions word, or null: a sanctions word or verb, export controls; a verb of designating that the
 * sentence shows is a sanctions act (as "sanctioned"); measures "similar" to sanctions told before
 * (as "sanctions").
 */
function sanctionWord(s: Sentence, cue: CueMention, told: SanctionFact | null): CueMention | null {
  if (hasCue(cue, "sanction") || hasCue(cue, "sanctionVerb")) return cue;
  if (hasCue(cue, "exportControl")) return { ...cue, cues: [...cue.cues, { kind: "sanction" }] };
  if (hasCue(cue, "similarMeasures") && told) return { ...cue, cues: [...cue.cues, { kind: "sanction" }] };
  if (hasCue(cue, "designate") && isDesignation(s, cue))
    return { ...cue, cues: [...cue.cues, { kind: "sanctionVerb" }] };
  return null;
}

/**
 * "designated" is a sanctions act when it designates a group ("designated five Iranian entities and two
 * individuals") or a sanctioning office or bloc named before it designates ("OFAC designated …") —
 * and no sanctions word in the sentence tells the act already. Not "the designated successor", "the
 * White House named a special envoy … designated to …" after the verb.
 */
function isDesignation(s: Sentence, c: CueMention): boolean {
  if (s.cues.some((k) => hasCue(k, "sanction") || hasCue(k, "sanctionVerb"))) return false;
  // Not a state as the object, the group noun its standing ("menetapkan Indonesia sebagai anggota penuh BRICS",
  // "designated Chile as a member"): a membership or a role, no listing.
  const group = cuesIn(s, c.t1, c.t1 + DESIGNATION_REACH, "groupNoun")[0];
  const object = s.entities.find(
    (m) =>
      (m.t0 === c.t1 || (m.t0 === c.t1 + 1 && determinerAt(s, c.t1))) &&
      m.entity.kind === "country" &&
      m.entity.form !== "demonym",
  );
  if (group && !(object && object.t1 <= group.t0)) return true;
  return s.entities.some(
    (m) =>
      m.t1 <= c.t0 &&
      ((m.entity.kind === "country" && m.entity.form === "institution" && FREQUENT_SANCTIONERS.has(m.entity.code)) ||
        (m.entity.kind === "org" && FREQUENT_SANCTIONERS.has(m.entity.id))),
  );
}

const refersBack = (s: Sentence, c: CueMention) =>
  s.cues.some((k) => k.t0 === c.t1 && hasCue(k, "demonstrative")) || cueJustBefore(s, c.t0, "demonstrative", 0);

const sanctionsAsSubject = (s: Sentence, c: CueMention) =>
  s.cues.some(
    (k) => k !== c && hasCue(k, "sanction") && !hasCue(k, "sanctionVerb") && k.t1 <= c.t0 && k.t1 >= c.t0 - 1,
  );

const targetFollows = (s: Sentence, c: CueMention) =>
  s.cues.some((k) => k.t0 >= c.t1 && k.t0 <= c.t1 + 2 && hasCue(k, "targetPrep"));

const ACTS = ["impose", "lifted", "announced", "sanctionVerb", "maintain", "future"] as const;

/** How many words may stand between a verb of saying and the act it tells of its own subject ("said it would impose"). */
const OWN_ACT_REACH = 3;

/**
 * Who imposes: the subjects of "imposed"/"lifted"/"announced" ("Seoul and Washington imposed …",
 * "Pemerintah Jepang … mengumumkan sanksi", "Britain sanctioned …"), or of a verb-final
 * "… Sanktionen gegen Iran angekündigt"; else the one imposer read by imposerOf.
 */
function imposersOf(doc: Doc, s: Sentence, c: CueMention): Array<string | null> {
  // "reimpose UN sanctions", "sanksi PBB": the bloc named with the word imposes them, whoever acts.
  // Not the subject of the verb "sanctioned" ("OFAC along with the EU sanctioned …"): that may have partners.
  const verbal = hasCue(c, "sanctionVerb");
  const bloc = s.entities.find(
    (m) =>
      ((m.t1 === c.t0 && !verbal) || m.t0 === c.t1) && m.entity.kind === "org" && FREQUENT_SANCTIONERS.has(m.entity.id),
  );
  if (bloc?.entity.kind === "org") return [bloc.entity.id];
  const isImposer = (m: EntityMention) =>
    m.entity.kind === "org" ||
    (m.entity.kind === "place" && ORGANIZATION_SEATS.has(m.entity.city)) ||
    // A capital that only locates ("talks in Stockholm") names no one.
    (isCapital(m) && !cueJustBefore(s, m.t0, "locationPrep", 1)) ||
    (m.entity.kind === "country" && (m.entity.form !== "demonym" || governs(s, m)) && !m.inRole);
  const act = (k: CueMention) => ACTS.some((kind) => hasCue(k, kind));
  // "Russia called for the easing of sanctions": a lifting only demanded is no act of the one demanding.
  const demanded = (k: CueMention) => hasCue(k, "lifted") && isDemandedLifting(s, k);
  // The verb may stand before a target fronted before the word ("Лондон ввёл против Минска новые санкции").
  const slot = actSlot(s, c, doc);
  const verb = hasCue(c, "sanctionVerb")
    ? c
    : s.cues.find((k) => act(k) && k.t1 <= slot && k.t1 >= slot - 3 && !demanded(k));
  let subject = verb ? nearestBefore(s, verb.t0, isImposer) : null;
  if (subject && verb) subject = outsideAside(doc, s, subject, verb, isImposer);
  // Not across a verb of saying ("X said new sanctions …") nor from a prepositional phrase ("in Tokyo");
  // but a speaker telling of its own act is its subject ("Britain said it would impose", "menyatakan akan menjatuhkan").
  if (
    subject &&
    verb &&
    (s.cues.some((k) => k.t0 >= subject!.t1 && k.t1 <= verb.t0 && hasCue(k, "say") && !ownAct(s, k, verb)) ||
      cueJustBefore(s, subject.t0, "locationPrep", 1))
  )
    subject = null;
  // "They imposed …", "Mereka menjatuhkan …": a pronoun subject is the subject of the sentence before.
  if (verb && pronounBefore(s, verb)) {
    const before = previousSubject(doc, s.index, isImposer);
    if (before) return [imposerId(doc, before)];
  }
  // "crippled by U.S. sanctions that were reimposed", "sanksi AS", "sanctions américaines": with no verb
  // before the word, a frequent sanctioner named with it imposes them (not the verb-final reading below).
  if (!verb) {
    const owner = s.entities.find(
      (m) =>
        (m.t1 === c.t0 || m.t0 === c.t1) &&
        m.entity.kind === "country" &&
        !m.inRole &&
        FREQUENT_SANCTIONERS.has(m.entity.code),
    );
    // "санкции Канады и Великобритании", "sanksi AS dan Inggris": every state listed with an owner right after the word.
    if (owner?.entity.kind === "country" && owner.t0 === c.t1) {
      const listed = coordinatedAfter(s, owner, (m) => m.entity.kind === "country" && !m.inRole);
      return [...new Set(listed.map((m) => codeOf(doc, m.entity)))];
    }
    if (owner?.entity.kind === "country") return [owner.entity.code];
  }
  if (!subject && !verb) {
    // Verb-final clauses: when an act verb closes the clause after the sanctions word, the bloc named
    // before the word ("Im Konflikt mit Belarus hat die EU … Sanktionen beschlossen"), else the sentence's first entity.
    const lateActs = s.cues.filter((k) => act(k) && k.t0 > c.t1 && k.t0 <= c.t1 + LATE_VERB_REACH);
    const first =
      s.entities.find((m) => m.t1 <= c.t0 && m.entity.kind === "org" && FREQUENT_SANCTIONERS.has(m.entity.id)) ??
      s.entities[0];
    if (lateActs.length > 0 && first && first.t1 <= c.t0 && isImposer(first))
      subject = coordinatedAfter(s, first, isImposer).at(-1) ?? null;
    // The subject after its verb, the word fronted ("Новые санкции против Ирана ввела Великобритания",
    // "Sankcje na Iran nałożyła Wielka Brytania", "Die Sanktionen verhängte die EU"): the imposer right behind the act.
    if (!subject) {
      const after = lateActs.find((k) => !demanded(k));
      const behind = after && s.entities.find((m) => m.t0 >= after.t1 && m.t0 <= after.t1 + SUBJECT_BEHIND);
      if (behind && isImposer(behind)) subject = behind;
    }
  }
  // A leader or minister as the subject ("President Joe Biden imposed …") acts for their state.
  if (!subject && verb) {
    const country = leaderBefore(doc, s, verb);
    if (country) return [country];
  }
  if (!subject) return agentsOr(doc, s, c);
  const ids = coordinated(s, subject, isImposer).map((m) => imposerId(doc, m));
  return [...new Set(ids)];
}

/**
 * An imposer's id: an organisation's, the one whose seat a city is ("Brussels" is the EU), the state a
 * capital stands for ("Stockholm imposed …"), or a state's code.
 */
const imposerId = (doc: Doc, m: EntityMention): string | null =>
  m.entity.kind === "org"
    ? m.entity.id
    : m.entity.kind === "place"
      ? (ORGANIZATION_SEATS.get(m.entity.city) ?? (isCapital(m) ? m.entity.country : null))
      : codeOf(doc, m.entity);

/** How far behind its verb an inverted subject may stand ("ввела Великобритания", "verhängte die EU"). */
const SUBJECT_BEHIND = 2;

/** How far before a list word the verb putting names on it may stand ("added three Chinese firms to its entity list"). */
const LIST_VERB_REACH = 10;

/**
 * The verb that puts names on the list this word names ("added … to its entity list", "memasukkan
 * … ke dalam daftar hitam", "setzte … auf die Sanktionsliste"): the sanctioning act, its object the
 * target. Only with an object between them — a group or a name — and not "added that …" (a verb of saying).
 */
function listingVerb(s: Sentence, word: CueMention): CueMention | null {
  if (hasCue(word, "sanctionVerb")) return null;
  const verb = s.cues
    .filter((k) => hasCue(k, "listVerb") && k.t1 <= word.t0 && word.t0 - k.t1 <= LIST_VERB_REACH)
    .at(-1);
  if (!verb || cueJustBefore(s, verb.t1 + 1, "complementizer", 0)) return null;
  if (s.cues.some((k) => k.t0 >= verb.t1 && k.t1 <= word.t0 && hasCue(k, "sanction"))) return null;
  const named = (a: number, b: number) =>
    cuesIn(s, a, b, "groupNoun").length > 0 ||
    s.entities.some((m) => m.t0 >= a && m.t1 <= b && m.entity.kind !== "org" && m.entity.kind !== "pronoun");
  // The object may follow the list when the verb and the list stand together ("внёс в санкционный
  // список три иранские компании", "wpisał na czarną listę dwie firmy").
  const object =
    named(verb.t1, word.t0) || (word.t0 - verb.t1 <= LIST_NEXT && named(word.t1, word.t1 + LIST_OBJECT_REACH));
  return object ? { ...verb, cues: [...verb.cues, { kind: "sanctionVerb" }] } : null;
}

/** How far before the list word the preposition of leaving it may stand ("from the U.S. terrorism list"). */
const FROM_REACH = 4;

/**
 * A lifting verb that takes names off the list this word names ("removed … from the terrorism list",
 * "dihapus dari daftar sanksi AS", "fue retirada de la lista negra"): the act, lifting. With an object
 * between the verb and the preposition ("Washington removed Cuba from its list") the verb acts as
 * "sanctioned" on it; with none the subject before the verb is the one delisted (`passive`). The
 * list's owner ("the U.S. sanctions list", "la lista de sanciones de EE.UU.") imposed the sanctions.
 */
function delisting(doc: Doc, s: Sentence, word: CueMention): Delisting | null {
  if (hasCue(word, "sanctionVerb")) return null;
  let phrases = REMOVED_FROM.get(doc.pack);
  if (!phrases) REMOVED_FROM.set(doc.pack, (phrases = (doc.pack.sanction.removedFrom ?? []).map(phraseWords)));
  let from: { t0: number; t1: number } | null = null;
  for (let t = word.t0 - 1; t >= s.t0 && t >= word.t0 - FROM_REACH && !from; t--)
    for (const words of phrases)
      if (t + words.length <= word.t0 && words.every((w, i) => doc.tokens[t + i]?.norm === w))
        from = { t0: t, t1: t + words.length };
  if (!from) return null;
  const start = from.t0;
  const verb = s.cues.filter((k) => hasCue(k, "lifted") && k.t1 <= start && start - k.t1 <= LIST_VERB_REACH).at(-1);
  if (!verb || s.cues.some((k) => k.t0 >= verb.t1 && k.t1 <= start && (hasCue(k, "sanction") || hasCue(k, "say"))))
    return null;
  const object = s.entities.some((m) => m.t0 >= verb.t1 && m.t1 <= start && m.entity.kind !== "pronoun");
  const owner = imposerOf(doc, s, word);
  return { verb: { ...verb, cues: [...verb.cues, { kind: "sanctionVerb" }] }, passive: !object, owner };
}
interface Delisting {
  verb: CueMention;
  passive: boolean;
  owner: string | null;
}
const REMOVED_FROM = new WeakMap<LanguagePack, string[][]>();

/** How many words (a preposition, an adjective) may stand between the verb and a list its object follows. */
const LIST_NEXT = 2;
/** How far after that list its object may stand ("в санкционный список три иранские компании"). */
const LIST_OBJECT_REACH = 5;

/** How far before the sanctions word (or the verb of imposing before it) an urging may stand ("urged the UN to impose an arms embargo"). */
const URGE_REACH = 4;

/**
 * Sanctions only called for ("called for sanctions against", "urged the UN to impose an embargo on",
 * "mendesak … menjatuhkan sanksi", "forderte Sanktionen") do not exist: no fact. A lifting called for
 * is not this: the sanctions it would lift stand.
 */
function calledFor(s: Sentence, c: CueMention): boolean {
  const urged = (t: number) =>
    s.cues.some(
      (k) =>
        k.t1 <= t &&
        k.t1 >= t - URGE_REACH &&
        k.cues.some((x) => x.kind === "stanceVerb" && x.stance === "other") &&
        !cuesIn(s, k.t1, c.t0, "lifted").length,
    );
  if (urged(c.t0)) return true;
  const verb = s.cues.find((k) => (hasCue(k, "impose") || hasCue(k, "future")) && k.t1 <= c.t0 && k.t1 >= c.t0 - 3);
  return !!verb && urged(verb.t0);
}

/** The act right after a verb of saying, with nothing but a pronoun or "that" between: the speaker's own act. */
const ownAct = (s: Sentence, say: CueMention, verb: CueMention) =>
  verb.t0 >= say.t1 && verb.t0 - say.t1 <= OWN_ACT_REACH && !namedBetween(s, say.t1, verb.t0);

/** A name (not a pronoun) within tokens [a, b). */
const namedBetween = (s: Sentence, a: number, b: number) =>
  s.entities.some((m) => m.t0 >= a && m.t1 <= b && m.entity.kind !== "pronoun");

/**
 * A state pronoun ("it", "they", "mereka") within two words before the verb, no name between them —
 * not one after a verb of saying ("Britain said it would …"): that is the speaker.
 */
const pronounBefore = (s: Sentence, verb: CueMention) =>
  s.cues.some(
    (k) =>
      hasCue(k, "statePronoun") &&
      k.t1 <= verb.t0 &&
      k.t1 >= verb.t0 - 2 &&
      !namedBetween(s, k.t1, verb.t0) &&
      !SPOKEN.some((kind) => cueJustBefore(s, k.t0, kind, 1)),
  );
const SPOKEN = ["say", "announced", "stanceVerb", "complementizer"] as const;

/** How far back from a subject the comma opening an aside may stand ("Japan, in step with the G7, has imposed"). */
const ASIDE_REACH = 8;

/**
 * The subject before an aside set off by commas: "a Noruega, em sintonia com a UE, impôs
 * sanções" — Norway imposes, not the EU named inside the aside. An aside that adds a partner
 * ("Britain, along with Canada, sanctioned") keeps its name: both impose.
 */
function outsideAside(
  doc: Doc,
  s: Sentence,
  subject: EntityMention,
  verb: CueMention,
  isImposer: (m: EntityMention) => boolean,
): EntityMention {
  const gap = (a: number, b: number) => doc.text.slice(doc.tokens[a].end, doc.tokens[b].start);
  if (!gap(subject.t1 - 1, verb.t0).includes(",")) return subject;
  for (let t = subject.t0; t > s.t0 && t > subject.t0 - ASIDE_REACH; t--) {
    if (!gap(t - 1, t).includes(",")) continue;
    if (s.cues.some((k) => k.t0 === t && hasCue(k, "jointly"))) return subject;
    const outer = nearestBefore(s, t, isImposer);
    return outer && outer.t1 === t ? outer : subject;
  }
  return subject;
}

/** How many words may stand between a leader and the verb whose subject they are ("Joe Biden on Monday imposed"). */
const LEADER_REACH = 4;

/**
 * The state of the leader or minister who is the verb's subject ("President Joe Biden imposed …",
 * "Der US-Präsident Joe Biden verhängte …"), when no state or bloc is: they act for it. Not a person
 * after "on"/"kepada" ("Sanksi kepada X … membekukan aset": the one hit), nor one who only asks or
 * speaks ("Kim Jong Un called for the lifting of sanctions").
 */
function leaderBefore(doc: Doc, s: Sentence, verb: CueMention): string | null {
  const person = nearestBefore(s, verb.t0, (m) => m.entity.kind === "person");
  if (
    person?.entity.kind !== "person" ||
    verb.t0 - person.t1 > LEADER_REACH ||
    cueJustBefore(s, person.t0, "targetPrep", 0)
  )
    return null;
  // Not one who speaks of another's act; but one who tells of their own ("Trump said he would lift …") acts.
  if (
    s.cues.some(
      (k) =>
        k.t0 >= person.t1 && k.t1 <= verb.t0 && (hasCue(k, "stanceVerb") || (hasCue(k, "say") && !ownAct(s, k, verb))),
    )
  )
    return null;
  return doc.persons.get(person.entity.key)?.country ?? null;
}

/** A demonym that names a state's government ("the Japanese government", "o governo japonês", "die japanische Regierung"): the state acts. */
const governs = (s: Sentence, m: EntityMention) =>
  cueJustBefore(s, m.t0, "government", 0) || s.cues.some((k) => k.t0 === m.t1 && hasCue(k, "government"));

/**
 * Every imposer named after "by" ("sanctioned by Washington and London", "subject to sanctions by the
 * United States, Britain and the EU") when there are several; else the one imposerOf reads.
 */
function agentsOr(doc: Doc, s: Sentence, c: CueMention): Array<string | null> {
  const by = imposerPrepAfter(s, c);
  const agent =
    by && !cuesIn(s, c.t1, by.t0, "vetoed").length
      ? s.entities.find((m) => m.t0 === by.t1 || m.t0 === by.t1 + 1)
      : undefined;
  const isAgent = (m: EntityMention) => m.entity.kind === "org" || (m.entity.kind === "country" && !m.inRole);
  const agents =
    agent && isAgent(agent)
      ? coordinatedAfter(s, agent, isAgent).map((m) => (m.entity.kind === "org" ? m.entity.id : codeOf(doc, m.entity)))
      : [];
  return agents.length > 1 ? [...new Set(agents)] : [imposerOf(doc, s, c)];
}

/**
 * The "by" that names who imposes: within BY_REACH words of the sanctions word ("sanctions imposed by"),
 * or right after the target named within that reach ("sanctions imposed on Cuba by Washington", "sanksi
 * terhadap Venezuela dilonggarkan oleh AS", its passive verb between) — not after any other noun ("on firms owned by …").
 */
function imposerPrepAfter(s: Sentence, c: CueMention): CueMention | undefined {
  const near = cuesIn(s, c.t1, c.t1 + BY_REACH, "imposerPrep")[0];
  if (near) return near;
  const prep = s.cues.find((k) => hasCue(k, "targetPrep") && k.t0 >= c.t1 && k.t1 <= c.t1 + BY_REACH);
  if (!prep) return undefined;
  const target = s.entities.find(
    (m) => (m.t0 === prep.t1 || (m.t0 === prep.t1 + 1 && determinerAt(s, prep.t1))) && m.entity.kind !== "pronoun",
  );
  if (!target) return undefined;
  // A passive verb may come between ("… terhadap Venezuela dilonggarkan oleh AS").
  const verb = s.cues.find((k) => k.t0 === target.t1 && ACTS.some((kind) => hasCue(k, kind)));
  const at = verb ? verb.t1 : target.t1;
  return s.cues.find((k) => k.t0 === at && hasCue(k, "imposerPrep"));
}

/** "sanksi PBB", "UN sanctions", "imposed by the EU", or the Security Council named in the sentence. */
function imposerOf(doc: Doc, s: Sentence, c: CueMention): string | null {
  const after = s.entities.find((m) => m.t0 === c.t1);
  const before = s.entities.find((m) => m.t1 === c.t0);
  for (const m of [after, before]) {
    if (!m) continue;
    if (m.entity.kind === "org") return m.entity.id;
    const code = codeOf(doc, m.entity);
    // "China's export controls": whoever stands before export controls is their author.
    const author = m === before && hasCue(c, "exportControl");
    if (
      code &&
      m.entity.kind === "country" &&
      (FREQUENT_SANCTIONERS.has(code) || author || (m === after && prepAfter(s, m.t1)))
    )
      return code;
  }
  // "sanciones de Estados Unidos", "Sanktionen der EU": whose sanctions, named right after the word.
  const owner = ownerPrepEnd(doc, c.t1);
  const of =
    owner === null
      ? undefined
      : s.entities.find((m) => m.t0 === owner || (m.t0 === owner + 1 && determinerAt(s, owner)));
  if (of?.entity.kind === "org" && FREQUENT_SANCTIONERS.has(of.entity.id)) return of.entity.id;
  if (of?.entity.kind === "country" && FREQUENT_SANCTIONERS.has(of.entity.code)) return of.entity.code;
  // "sanctions imposed by X", "sanksi yang dijatuhkan oleh X" — not "sanksi … ditolak setelah diveto oleh China".
  const by = imposerPrepAfter(s, c);
  const agent =
    by && !cuesIn(s, c.t1, by.t0, "vetoed").length && s.entities.find((m) => m.t0 === by.t1 || m.t0 === by.t1 + 1);
  if (agent) return agent.entity.kind === "org" ? agent.entity.id : codeOf(doc, agent.entity);
  const org = s.entities.find((m) => m.entity.kind === "org" && (m.entity.id === "UN" || m.entity.id === "EU"));
  if (org?.entity.kind === "org") return org.entity.id;
  // "OFAC added three firms to its sanctions list", "Das Finanzministerium setzte … auf die Sanktionsliste":
  // a state's sanctioning office before the word acts for it — unless it only tells of them ("X said …").
  const office = s.entities.find(
    (m) =>
      m.t1 <= c.t0 &&
      m.entity.kind === "country" &&
      m.entity.form === "institution" &&
      !s.cues.some((k) => k.t0 >= m.t1 && k.t1 <= c.t0 && SPEECH.some((kind) => hasCue(k, kind))),
  );
  if (office) return codeOf(doc, office.entity);
  return closingOffice(doc, s, c);
}

/**
 * A state's sanctioning office that tells of the sanctions after the clause naming them ("Sanctions on
 * the state oil firm remain in place, the State Department said"; "…, dijo el Departamento del Tesoro"):
 * it speaks for their imposer. Only after a comma, as the subject of a verb of saying right beside it.
 */
function closingOffice(doc: Doc, s: Sentence, c: CueMention): string | null {
  // Not the state a target is in ("North Korea is under heavy sanctions, the State Department said"),
  // nor sanctions someone breaks: the office describes them, whoever imposed them.
  if (underOrBroken(s, c)) return null;
  const office = s.entities.find(
    (m) =>
      m.t0 > c.t1 &&
      m.entity.kind === "country" &&
      m.entity.form === "institution" &&
      FREQUENT_SANCTIONERS.has(m.entity.code) &&
      // "…, the Treasury said" or "…, said the Treasury" / "dijo el Departamento del Tesoro".
      (s.cues.some((k) => k.t0 >= m.t1 && k.t0 <= m.t1 + 1 && hasCue(k, "say")) ||
        s.cues.some((k) => k.t1 <= m.t0 && k.t1 >= m.t0 - 1 && (hasCue(k, "sayInverted") || hasCue(k, "say")))),
  );
  if (!office) return null;
  // The clause about the sanctions ends with a comma before the office and its verb.
  const between = doc.text.slice(doc.tokens[c.t1 - 1].end, office.start);
  return /,[^,]*$/.test(between) &&
    !s.entities.some((m) => m.t0 >= c.t1 && m.t1 <= office.t0 && m.entity.kind === "org")
    ? codeOf(doc, office.entity)
    : null;
}

const SPEECH = ["say", "stanceVerb", "sayInverted"] as const;

/**
 * Where an owner preposition starting at token t ends, or null. Read from the tokens rather than the cue
 * index: "de", "da", "des" would otherwise become cues that split the pack's longer phrases.
 */
function ownerPrepEnd(doc: Doc, t: number): number | null {
  let phrases = OWNER_PREPS.get(doc.pack);
  if (!phrases) OWNER_PREPS.set(doc.pack, (phrases = (doc.pack.sanction.ownerPreps ?? []).map(phraseWords)));
  for (const words of phrases) if (words.every((w, i) => doc.tokens[t + i]?.norm === w)) return t + words.length;
  return null;
}
const OWNER_PREPS = new WeakMap<LanguagePack, string[][]>();

const determinerAt = (s: Sentence, t: number) =>
  s.cues.some((k) => k.t0 === t && k.t1 === t + 1 && hasCue(k, "determiner"));

const prepAfter = (s: Sentence, t: number) => s.cues.some((c) => c.t0 >= t && c.t0 <= t + 1 && hasCue(c, "targetPrep"));

/** "Teheran karena program nuklirnya": the reason given right after the target or the sanctions word. */
function reasonFor(doc: Doc, s: Sentence, sentence: Sentence, c: CueMention, target: string): string | null {
  const afterTarget = s.entities.find(
    (m) => m.t0 > c.t0 && codeOf(doc, m.entity) === target && m.entity.kind === "country" && reasonPrepAt(s, m.t1),
  );
  const prep = afterTarget ? reasonPrepAt(s, afterTarget.t1) : cuesIn(s, c.t1, c.t1 + 4, "reasonPrep")[0];
  if (!prep) return null;
  const rest = doc.text.slice(prep.end, sentence.end);
  const clause = rest.split(/[,;:.(–—]|\s--?\s|\s(?:dan|and|und|y)\s+(?=\p{Lu})/u)[0].trim();
  return clause ? clause : null;
}

const reasonPrepAt = (s: Sentence, t: number) => s.cues.find((k) => k.t0 === t && hasCue(k, "reasonPrep"));
