import { cooperationCues, hasCooperationCue, type CooperationMention } from "./cooperationCues";
import { cooperationParty } from "./cooperationParty";
import { codeOf, conjunctionBetween, cuesIn, negationBefore, referenceWords } from "./sentenceQueries";
import { cooperationPair } from "./cooperationPair";
import type { Doc, EntityMention, Sentence, Span } from "./document";
import { evidenceOf } from "./entityFacts";
import type { TransferFact, TransferItem, TransferStatus } from "./facts";

/** How far before a sending word its items may stand ("weapons North Korea sent"). */
const ITEMS_BEFORE = 8;
/** How far after a sending word its items may stand ("supplied Russia with artillery shells and missiles"). */
const ITEMS_AFTER = 8;
/** How far after a sending word its "to" or "on the side of" may stand (past a long object). */
const PREP_AFTER = 16;
/** How far before a sending word a plan or a future tense may stand ("will soon begin to send"). */
const PLAN_REACH = 5;
/** How far before a verb closing its clause its future auxiliary may stand, in that clause ("werde der Ukraine ein Patriot-System liefern"). */
const CLAUSE_PLAN_REACH = 12;
/** How far before a verb of sending, in its clause, an adverb of earlier time stands ("previously accused of supplying"). */
const EARLIER_REACH = 4;
/** How many tokens may separate a preposition from the state it introduces ("to the Russian army"). */
const PREP_REACH = 2;
/** Numbers and counts before an item ("more than 1,000 containers of"): how far back the amount starts. */
const QUANTITY_REACH = 5;

/** Sending people is a different transfer from sending goods, even between the same two states. */
/** How far before a noun of sending its owner may end ("North Korea's arms shipments"). */
const OWNER_REACH = 2;
/** How far from a noun of the one who supplies its owner may stand ("Russia's leading weapons supplier"). */
const SUPPLIER_OWNER_REACH = 4;
/** How many words may part a receiver from the items before a verb closing its clause ("Litauen im Herbst zwölf Haubitzen schicken"). */
const DATIVE_GAP = 4;
/** How far before a comitative its receiver may end ("Russland für die Invasion mit Waffen"). */
const COMITATIVE_REACH = 4;

const PEOPLE: ReadonlySet<TransferItem> = new Set(["troops", "workers"]);

/**
 * The flows whose sender and receiver one sentence named, the last one each way: "people>sender" → its
 * receiver, "people<receiver" → its sender (people: whether troops or workers moved).
 */
type Told = Map<string, string>;

/** A transfer with the sentences that report it (a statement in one of them claims it). */
export interface LocatedTransfer {
  fact: TransferFact;
  sentences: number[];
}

/**
 * Transfers: for each verb or noun of sending (or receiving) with an item word near it, who sends
 * (the subject, a "from" state, a demonym on the items: "North Korean troops") and who receives
 * (a "to" state, the subject of a receiving verb, else the article's other leading state). Status:
 * planned when a plan or future stands just before the verb, confirmed when a party is said to
 * acknowledge it, else alleged (news reports transfers; it takes a party to confirm one). One fact
 * per sender, receiver, kind (people or goods) and plan; later mentions add their items.
 */
export function buildTransfers(doc: Doc): LocatedTransfer[] {
  if (!doc.pack.transfers) return [];
  const out = new Map<string, LocatedTransfer>();
  // Flows whose two ends their own sentence named, for later mentions naming one end.
  const told: Told = new Map();
  // Transfers some sentence reports, not only denies ("China has never supplied arms to Russia").
  const reported = new Set<LocatedTransfer>();
  for (const s of doc.sentences) {
    if (s.dateline) continue;
    const words = cooperationCues(doc, s);
    const governed = governedNouns(words);
    const verbOf = nearestVerbs(words);
    const nextVerb = nextVerbs(words);
    for (const verb of words) {
      const receiving = hasCooperationCue(verb, "receive");
      if ((!receiving && !hasCooperationCue(verb, "send")) || governed.has(verb)) continue;
      const next = nextVerb.get(verb) ?? null;
      // "sold grain to Egypt in return for gas", "sebagai imbalan", "a cambio de":
      // what comes after the exchange moves the other way.
      const exchange = words.find(
        (w) =>
          hasCooperationCue(w, "exchange") &&
          w.t0 >= verb.t1 &&
          w.t0 < verb.t1 + PREP_AFTER &&
          (!next || w.t0 < next.t0),
      );
      const moved = words.filter(
        (w) =>
          hasCooperationCue(w, "transferItem") &&
          w.t0 >= verb.t0 - ITEMS_BEFORE &&
          w.t0 < verb.t1 + ITEMS_AFTER &&
          (!exchange || w.t0 < exchange.t0) &&
          (verbOf.get(w) === verb || (governed.has(verbOf.get(w)!) && verbOf.get(w)!.t0 === verb.t1)),
      );
      // "supplying shells to the Wagner mercenary group", "memasok peluru ke kelompok tentara bayaran":
      // an item word after "to", once something else is moved, names the receiver, not what it gets; so
      // does one after a "to" set apart from the verb ("resupply missions to the troops on the ship", "misi
      // pasokan Filipina ke pasukan"). Right after the verb, "to" may be the Spanish personal "a" ("envió a
      // miles de soldados"), which introduces what is sent.
      const items = moved.filter(
        (w) =>
          !words.some(
            (p) =>
              hasCooperationCue(p, "toPrep") &&
              p.t1 <= w.t0 &&
              w.t0 - p.t1 <= PREP_REACH &&
              (p.t0 > moved[0].t0 ||
                (w === moved[0] && p.t0 > verb.t1 && !s.entities.some((e) => e.t0 >= p.t1 && e.t1 <= w.t0))),
          ),
      );
      if (!items.length) continue;
      // "transfers between North Korea and Russia": the text does not say which way.
      if (cuesIn(s, verb.t0 - ITEMS_BEFORE, verb.t1 + ITEMS_AFTER, "between").length) continue;
      const people = items.some((w) => w.cues.some((c) => c.kind === "transferItem" && PEOPLE.has(c.item)));
      const ends = endsOf(doc, s, verb, words, items, receiving, next, told, people);
      if (!ends) continue;
      if (!ends.inferred) {
        told.set(`${people}>${ends.from}`, ends.to);
        told.set(`${people}<${ends.to}`, ends.from);
      }
      const status = acknowledged(statusOf(doc, s, verb, words), doc, s, words, ends);
      const denial = denied(doc, s, verb, items);
      const earlier = words.some(
        (w) =>
          hasCooperationCue(w, "transferEarlier") &&
          w.t1 <= verb.t0 &&
          w.t0 >= verb.t0 - EARLIER_REACH &&
          !/[,;]/.test(doc.text.slice(w.end, verb.start)),
      );
      const record = (from: string, to: string, items: CooperationMention[]) => {
        const kinds = new Set(items.flatMap((w) => w.cues.flatMap((c) => (c.kind === "transferItem" ? [c.item] : []))));
        for (const people of [true, false]) {
          const group = [...kinds].filter((k) => PEOPLE.has(k) === people);
          if (!group.length) continue;
          const key = `${from}>${to}:${people}:${earlier}:${status === "planned"}`;
          // "troops were sent … more will follow": a plan told after the flow itself is more of that flow.
          const known = out.get(key) ?? (status === "planned" ? out.get(key.replace(/:true$/, ":false")) : undefined);
          if (known) {
            if (!denial) reported.add(known);
            for (const k of group) if (!known.fact.items.includes(k)) known.fact.items.push(k);
            if (!known.sentences.includes(s.index)) known.sentences.push(s.index);
            known.fact.quantity ??= quantityOf(doc, s, items, people);
            continue;
          }
          const located: LocatedTransfer = {
            fact: {
              from,
              to,
              items: group,
              status,
              date: null,
              quantity: quantityOf(doc, s, items, people),
              evidence: evidenceOf(doc, s),
            },
            sentences: [s.index],
          };
          out.set(key, located);
          if (!denial) reported.add(located);
        }
      };
      record(ends.from, ends.to, items);
      if (exchange) {
        const next2 = next && next.t0 > exchange.t0 ? next.t0 : s.t1;
        const returned = words.filter(
          (w) =>
            hasCooperationCue(w, "transferItem") &&
            w.t0 >= exchange.t1 &&
            w.t0 < Math.min(next2, exchange.t1 + ITEMS_AFTER),
        );
        if (returned.length) record(ends.to, ends.from, returned);
      }
    }
  }
  // A denial is a statement: it answers a transfer told elsewhere and makes none of its own.
  return [...out.values()].filter((t) => reported.has(t));
}

/** How far before a verb of sending its negation may stand ("n'a jamais livré", "tidak pernah mengirim"). */
const NEGATION_REACH = 1;
/** How far before a verb of sending a verb of denying may stand ("denied having sent", "membantah telah mengirim"). */
const DENIAL_REACH = 3;

/**
 * A mention that says the items did not move: the verb negated ("has never supplied", "n'avait jamais
 * fourni"), the items negated ("keine Waffen … geliefert", "no weapons were sent"), or the verb the
 * object of a verb of denying ("denied sending troops", "membantah mengirim senjata").
 */
function denied(doc: Doc, s: Sentence, verb: CooperationMention, items: CooperationMention[]): boolean {
  const parted = /["“”„«»,;:]/;
  if (negationBefore(doc, s, verb.t0, NEGATION_REACH, parted)) return true;
  if (items.some((i) => negationBefore(doc, s, i.t0, 0, parted))) return true;
  return s.cues.some(
    (c) =>
      c.t1 <= verb.t0 &&
      c.t1 >= verb.t0 - DENIAL_REACH &&
      c.cues.some((x) => x.kind === "stanceVerb" && x.stance === "deny") &&
      !parted.test(doc.text.slice(c.end, verb.start)),
  );
}

function endsOf(
  doc: Doc,
  s: Sentence,
  verb: CooperationMention,
  words: CooperationMention[],
  items: CooperationMention[],
  receiving: boolean,
  nextVerb: CooperationMention | null,
  told: Told,
  people: boolean,
): { from: string; to: string; inferred: boolean } | null {
  const party = (m: EntityMention) => cooperationParty(doc, s, m, false);
  const unnamed = !receiving && relativeSubject(doc, s, verb);
  // "switched recognition from Taipei to Beijing but has remained …": a state a preposition introduces
  // is no subject of the clause.
  // Nor is a possessor ("to aid Mr Putin's war"): the subject owns no noun.
  const subjectParty = (m: EntityMention) =>
    introduced(doc, s, words, m) || /^['’]s\b/.test(doc.text.slice(m.end, m.end + 3)) ? null : party(m);
  const near = (w: Span) => w.t0 >= verb.t0 - ITEMS_BEFORE && w.t0 < verb.t1 + ITEMS_AFTER;
  // "sent about 10,000 troops, including elite special forces, to Russia": "to" may come after a long
  // object, as long as no other verb of sending stands between ("from" may not: Italian "da" also says
  // "by" and "since").
  // Nor past a sanctions word: "responsible for the drone deliveries and ready to extend sanctions to four
  // more Iranian entities", "sanksi ke empat entitas Iran": that "to" names whom the sanctions reach.
  const reach = (w: Span) =>
    (near(w) || (w.t0 >= verb.t1 && w.t0 < verb.t1 + PREP_AFTER && (!nextVerb || w.t0 < nextVerb.t0))) &&
    !(w.t0 >= verb.t1 && cuesIn(s, verb.t1, w.t0, "sanction").length);
  const stateAfter = (w: Span) => {
    const m = s.entities.find((e) => e.t0 >= w.t1 && e.t0 <= w.t1 + PREP_REACH && party(e));
    // "to China's Taiwan region": the place a possessive owns is the end, when it is a party itself.
    const owned = m && /^['’]s\b/.test(doc.text.slice(m.end, m.end + 3)) && s.entities.find((e) => e.t0 === m.t1 + 1);
    return owned && party(owned) ? owned : m;
  };
  // Prepositions after the verb first, in order, then those before it, nearest first: in "multas de duas
  // firmas chinesas pela compra de drones do Irã" the drones come from Iran, not from China.
  const ordered = [...words.filter((w) => w.t0 >= verb.t1), ...words.filter((w) => w.t0 < verb.t1).reverse()];
  const after = (prep: "toPrep" | "fromPrep" | "sidePrep") => {
    for (const w of ordered) {
      if (!hasCooperationCue(w, prep) || !(prep === "fromPrep" ? near(w) : reach(w))) continue;
      // "A Rússia forneceu …", "sanksi kepada … penjualan senjata": before the verb, a word spelt like "to"
      // introduces its receiver only after the items, as a verb-final clause has it ("Munition an die Ukraine liefern").
      if (prep === "toPrep" && w.t0 < verb.t0 && !items.some((i) => i.t1 <= w.t0)) continue;
      const m = stateAfter(w);
      if (m) return party(m);
    }
    return null;
  };
  // "fournisseur de munitions de la Russie": after a supplier, "de" says whose supplier, not where from.
  let from = hasCooperationCue(verb, "supplierNoun") ? null : after("fromPrep");
  let to: string | null = null;
  // "supplying Russia with shells", "Russland für die Invasion mit Waffen auszurüsten": the state the
  // items come with receives them (a verb-final clause may set a phrase between the state and "mit").
  if (!receiving)
    for (const c of cuesIn(s, verb.t0 - ITEMS_BEFORE, verb.t1 + ITEMS_AFTER, "comitative")) {
      if (!items.some((w) => w.t0 >= c.t1 && w.t0 <= c.t1 + PREP_REACH)) continue;
      // After the verb, the state is its object: "accused Tehran of arming militias with drones" names no receiver.
      const m = s.entities
        .filter(
          (e) => e.t1 <= c.t0 && e.t1 >= c.t0 - COMITATIVE_REACH && (c.t0 < verb.t1 || e.t0 >= verb.t1) && party(e),
        )
        .pop();
      if (m && party(m) !== from) to = party(m);
    }
  // "sent troops to Ukraine to fight on Russia's side": whom they fight for receives them, not where they go.
  to =
    (items.some((w) => w.cues.some((c) => c.kind === "transferItem" && PEOPLE.has(c.item))) && after("sidePrep")) || to;
  to ??= after("toPrep");
  // "wysłała Rosji pociski", "liefert der Ukraine Panzer", "werde der Ukraine ein System liefern": a state
  // named by its name (not a demonym) right before the items, right after the verb or after the clause's
  // subject, is their receiver (a dative), not where they come from.
  const dative = (e: EntityMention) =>
    !receiving &&
    !hasCooperationCue(verb, "sendNoun") &&
    e.entity.kind === "country" &&
    e.entity.form !== "demonym" &&
    items.some(
      (i) =>
        i.t0 >= e.t1 &&
        // "würden Litauen im Herbst zwölf Haubitzen schicken": a time phrase or a number may stand between
        // before a verb closing the clause.
        i.t0 - e.t1 <= (i.t1 <= verb.t0 ? DATIVE_GAP : 1) &&
        !(verb.t0 >= e.t1 && verb.t1 <= i.t0) &&
        !s.entities.some((x) => x.t0 >= e.t1 && x.t1 <= i.t0) &&
        !/[,;]/.test(doc.text.slice(e.end, i.start)),
    ) &&
    ((e.t0 >= verb.t1 && e.t0 - verb.t1 <= 1) ||
      (e.t1 <= verb.t0 && s.entities.some((x) => x.t1 <= e.t0 && subjectParty(x) && party(x) !== party(e))));
  // "wysłała Kijowowi od wiosny ponad 200 czołgów", "будет поставлять Китаю до 50 млрд кубометров газа": in a
  // language with a dative, a state in that case right after the verb receives, wherever the items stand.
  const dativeCase = (e: EntityMention) =>
    !receiving && !hasCooperationCue(verb, "sendNoun") && e.t0 >= verb.t1 && e.t0 - verb.t1 <= 1 && inDative(doc, e);
  const receiver = s.entities.find((e) => (dative(e) || dativeCase(e)) && party(e));
  if (receiver && !to && party(receiver) !== from) to = party(receiver);
  // "North Korean troops", "senjata Korea Utara": a state named right at the items is where they come from.
  // "поставки беспилотников России", "dostawy broni Ukrainie": a dative right after the items receives them.
  if (!to && !receiving) {
    const m = s.entities.find((e) => items.some((i) => e.t0 === i.t1) && inDative(doc, e) && party(e));
    if (m && party(m) !== from) to = party(m);
  }
  if (!from)
    for (const item of items) {
      const m = s.entities.find(
        (e) =>
          (e.t1 === item.t0 || (e.t0 === item.t1 && !inDative(doc, e))) &&
          e !== receiver &&
          party(e) &&
          party(e) !== to &&
          // "Selain teknologi satelit, Pyongyang …": a comma parts the items from the next clause's subject.
          !/[,;]/.test(doc.text.slice(Math.min(e.end, item.end), Math.max(e.start, item.start))),
      );
      if (m) {
        from = party(m);
        break;
      }
    }
  // "sales by the United States", "purchases of arms by Moscow": an agent after the word does it.
  const agent = cuesIn(s, verb.t1, verb.t1 + ITEMS_AFTER, "agentPrep")
    .map((c) => stateAfter(c))
    .find(Boolean);
  if (hasCooperationCue(verb, "sendNoun") && agent && party(agent) !== to) from ??= party(agent);
  else if (hasCooperationCue(verb, "supplierNoun")) {
    // "X has become Russia's main arms supplier", "pemasok utama Rusia": whose supplier it is receives,
    // the clause's subject sends.
    // Before it: a possessive ("Russia's"), or the nearer of two states ("Belarus ist Russlands wichtigster
    // Lieferant": the first is the subject). After it: a genitive ("pemasok utama Rusia", "de la Russie").
    const before = s.entities.filter(
      (e) => e.t1 <= verb.t0 && party(e) && (e.entity.kind === "country" || e.entity.kind === "place"),
    );
    const near = before.filter((e) => e.t1 >= verb.t0 - SUPPLIER_OWNER_REACH);
    // A possessive may own a list of roles ("Japan's closest ally and its largest arms supplier"),
    // within the phrase: no comma between.
    const owner =
      before
        .filter(
          (e) =>
            e.t1 >= verb.t0 - ITEMS_BEFORE &&
            /^['’]s\b/.test(doc.text.slice(e.end, e.end + 3)) &&
            !/[,;]/.test(doc.text.slice(e.end, verb.start)),
        )
        .pop() ??
      (near.length && before.length >= 2 ? near[near.length - 1] : undefined) ??
      s.entities.find(
        (e) =>
          e.t0 >= verb.t1 &&
          e.t0 <= verb.t1 + SUPPLIER_OWNER_REACH &&
          party(e) &&
          !words.some((w) => hasCooperationCue(w, "toPrep") && w.t0 >= verb.t1 && w.t1 <= e.t0),
      );
    if (owner) to ??= party(owner);
    if (!from)
      for (const e of s.entities)
        if (e.t1 <= (owner?.t0 ?? verb.t0) && subjectParty(e) && party(e) !== to) from = party(e);
  } else if (hasCooperationCue(verb, "sendNoun")) {
    // A noun has no subject: the state right after or before it is whose it is ("bantuan Rusia", "Russian deliveries").
    // "dostarczanie Rosji artylerii", "поставки Китаю газа": a dative right after the noun receives.
    const dativeAfter = s.entities.find((e) => e.t0 === verb.t1 && inDative(doc, e) && party(e));
    if (dativeAfter && party(dativeAfter) !== from) to ??= party(dativeAfter);
    const owner =
      (dativeAfter ? undefined : s.entities.find((e) => e.t0 === verb.t1)) ??
      s.entities.find((e) => e.t1 <= verb.t0 && e.t1 >= verb.t0 - OWNER_REACH);
    // "memberi Rusia pengiriman senjata" (gave Russia a shipment of arms): a state between a verb of
    // sending and the noun it governs is that verb's receiver, not the owner of the noun.
    const given =
      owner &&
      owner.t1 <= verb.t0 &&
      words.some(
        (w) => w !== verb && hasCooperationCue(w, "send") && !hasCooperationCue(w, "sendNoun") && w.t1 === owner.t0,
      );
    if (given && owner) to ??= party(owner);
    else if (!from && owner && party(owner) && party(owner) !== to) from = party(owner);
  } else {
    // The subject: the agent (after "by", or right after a passive that takes none: "drone yang dipasok
    // Iran"), else the state named last before the verb.
    const passive = hasCooperationCue(verb, "sendPassive");
    const passiveAgent = passive ? s.entities.find((e) => e.t0 === verb.t1 && party(e)) : undefined;
    let subject: string | null = null;
    if (agent) subject = party(agent);
    else if (passiveAgent) subject = party(passiveAgent);
    else if (!unnamed)
      for (const e of s.entities)
        if (e.t1 <= verb.t0 && e !== receiver && subjectParty(e) && party(e) !== to) subject = party(e);
    // "Britain said it would supply Ukraine with …", "Jakarta menyatakan akan mengirim …": the pronoun
    // subject after a verb of saying is the speaker, who is no party of what it reports but sends here.
    if (!subject && !agent && !passiveAgent && !unnamed) {
      const own = ownSpeaker(doc, s, verb);
      if (own && own !== to) subject = own;
    }
    if (receiving) to ??= subject !== from ? subject : null;
    else if (subject !== to) from ??= subject;
    // Else the state right after the verb: "sending Russia shells", "supplied Iran".
    if (!to && !receiving && !passive) {
      const m = stateAfter(verb);
      if (m && party(m) !== from) to = party(m);
    }
  }
  // "sanctions on three Iranian officers and a firm, which are involved in supplying drones", "irańskie
  // przedsiębiorstwa, które dostarczają": the demonym of the relative's antecedent is whose they are.
  if (unnamed && !from) from = antecedentState(doc, s, verb, to);
  if (unnamed && !from) return null;
  const inferred = !from || !to;
  // Else the other end of the last flow told with both ends from or to that state, of the same kind ("Iran
  // supplied drones to Russia … the Iranian drones that hit Ukraine": Russia still receives them, whoever
  // they hit); else the article's other leading state: a story about two states' dealings names one end once.
  // "baik dari Rusia maupun Ukraina", "from Russia and from Ukraine": a state listed with the end the
  // sentence names stands at that same end (two sources), never at the other.
  const known = from ?? to;
  const fellows = known ? coordinated(s, words, known, party) : new Set<string>();
  if (from && !to) to = told.get(`${people}>${from}`) ?? null;
  if (to && !from) from = told.get(`${people}<${to}`) ?? null;
  const leading = cooperationPair(doc);
  if (from && !to && leading.length === 2 && leading.includes(from)) to = leading.find((c) => c !== from)!;
  if (to && !from && leading.length === 2 && leading.includes(to)) from = leading.find((c) => c !== to)!;
  if (inferred && ((from && fellows.has(from)) || (to && fellows.has(to)))) return null;
  // Nor is it whoever accuses in the sentence ("Washington accused Tehran of arming militias", "accused by
  // Washington"): the accuser is no end of what it charges.
  const accusers = s.entities
    .filter((e) => !party(e) && accuses(s, e))
    .map((e) => codeOf(doc, e.entity))
    .filter((c) => c && !s.entities.some((e) => party(e) === c));
  if (inferred && accusers.some((c) => c === from || c === to)) return null;
  return from && to && from !== to ? { from, to, inferred } : null;
}

/** How far after a verb of saying the verb of sending may stand in the speaker's own clause ("said it would supply"). */
const OWN_REACH = 4;

/**
 * The state whose speaker announces its own sending: a verb of saying right before the verb of sending
 * with nothing but a pronoun, "that" or an auxiliary between ("Britain said it would supply", "menyatakan
 * akan mengirim"), and the speaker (a state, its institution or a person of it) right before the verb of saying.
 */
function ownSpeaker(doc: Doc, s: Sentence, verb: CooperationMention): string | null {
  const say = s.cues
    .filter(
      (c) =>
        c.t1 <= verb.t0 &&
        verb.t0 - c.t1 <= OWN_REACH &&
        c.cues.some((x) => x.kind === "say") &&
        !s.entities.some((e) => e.t0 >= c.t1 && e.t1 <= verb.t0 && e.entity.kind !== "pronoun") &&
        !/[,;:"“”«»]/.test(doc.text.slice(c.end, verb.start)),
    )
    .pop();
  if (!say) return null;
  const speaker = s.entities
    .filter((e) => e.t1 <= say.t0 && say.t0 - e.t1 <= SPEAKER_GAP && e.entity.kind !== "pronoun")
    .pop();
  return speaker ? codeOf(doc, speaker.entity) : null;
}
/** How far before its verb of saying a speaker may end ("U.S. officials said", "Britain has said"). */
const SPEAKER_GAP = 2;

/** A state (not its demonym) whose name ends in one of the pack's dative endings (TransferWords.receiverEndings). */
function inDative(doc: Doc, e: EntityMention): boolean {
  const endings = doc.pack.transfers?.receiverEndings;
  if (!endings?.length || (e.entity.kind !== "country" && e.entity.kind !== "place")) return false;
  if (e.entity.kind === "country" && e.entity.form === "demonym") return false;
  const last = doc.tokens[e.t1 - 1].norm;
  return endings.some((x) => last.length > x.length + 2 && last.endsWith(x));
}

/**
 * The other states listed with a mention of state `code` in the sentence: joined to it by a
 * conjunction in the list a preposition opens, perhaps repeating it ("dari Rusia maupun Ukraina", "from
 * Russia and from Ukraine").
 */
function coordinated(
  s: Sentence,
  words: CooperationMention[],
  code: string,
  party: (m: EntityMention) => string | null,
): Set<string> {
  const out = new Set<string>();
  const isPrep = (w: CooperationMention) => hasCooperationCue(w, "fromPrep") || hasCooperationCue(w, "toPrep");
  const joined = (a: EntityMention, b: EntityMention) => {
    if (conjunctionBetween(s, a.t1, b.t0)) return true;
    const prep = words.find((w) => w.t1 === b.t0 && isPrep(w));
    return !!prep && conjunctionBetween(s, a.t1, prep.t0);
  };
  for (const m of s.entities) {
    // The list a preposition opens ("dari Rusia maupun Ukraina"), not any two names joined ("Kim and Putin met").
    if (party(m) !== code || !words.some((w) => isPrep(w) && w.t1 <= m.t0 && m.t0 - w.t1 <= PREP_REACH)) continue;
    for (const e of s.entities) {
      const other = party(e);
      if (other && other !== code && (joined(m, e) || joined(e, m))) out.add(other);
    }
  }
  return out;
}

/** How far after its subject a verb of accusing stands ("Washington has accused"), or before its agent ("accused by"). */
const ACCUSER_REACH = 3;

/** Whether the mention is the subject of a verb of accusing, or the agent of one in the passive. */
function accuses(s: Sentence, e: EntityMention): boolean {
  return s.cues.some(
    (c) =>
      (c.t0 >= e.t1 &&
        c.t0 <= e.t1 + ACCUSER_REACH &&
        c.cues.some((x) => x.kind === "stanceVerb" && x.stance === "accuse") &&
        // "North Korea, which was accused of …" is the accused.
        !s.cues.some((p) => p.t0 >= e.t1 && p.t1 <= c.t0 && p.cues.some((x) => x.kind === "passiveAuxiliary"))) ||
      (c.t1 <= e.t0 &&
        c.t1 >= e.t0 - ACCUSER_REACH &&
        c.cues.some((x) => x.kind === "stancePassive" && x.stance === "accuse")),
  );
}

/**
 * A transfer its sentence gives in the words of one of its ends ("The United States sent … missiles to
 * Ukraine, U.S. officials said", "доставлены в Белоруссию, сообщил президент России") is acknowledged
 * by a party: confirmed, unless the words deny or accuse, or a word makes it only reported.
 */
function acknowledged(
  status: TransferStatus,
  doc: Doc,
  s: Sentence,
  words: CooperationMention[],
  ends: { from: string; to: string },
): TransferStatus {
  if (status !== "alleged" || words.some((w) => hasCooperationCue(w, "alleged"))) return status;
  // "called the West's claims of arms deliveries baseless": a claim noun or a word of denying or accusing
  // makes it someone's charge.
  const charged = s.cues.some((c) =>
    c.cues.some(
      (x) =>
        x.kind === "claimNoun" ||
        x.stance === "deny" ||
        ((x.kind === "stanceVerb" || x.kind === "stancePassive") && x.stance === "accuse"),
    ),
  );
  if (charged || cuesIn(s, s.t0, s.t1, "negation").length) return status;
  const saying = s.cues.filter((c) => c.cues.some((x) => x.kind === "say" || x.kind === "sayInverted"));
  if (!saying.length) return status;
  const speaks = s.entities.some((m) => {
    const code = m.entity.kind === "agency" ? null : codeOf(doc, m.entity);
    if (!code || (code !== ends.from && code !== ends.to)) return false;
    return speakerOf(doc, s, m, saying);
  });
  return speaks ? "confirmed" : status;
}

/** How many words may stand between an inverted verb of saying and its speaker ("сообщил в пятницу президент России"). */
const INVERTED_REACH = 4;

/**
 * A mention speaks: it ends right before a verb of saying with no other name between ("U.S. officials
 * said", "Britain said"), or follows a verb of saying set off by a comma, which closes the report ("…, said
 * President Putin", "…, сообщил президент России").
 */
const speakerOf = (doc: Doc, s: Sentence, m: EntityMention, saying: Array<Span & { t0: number; t1: number }>) =>
  saying.some(
    (c) =>
      (c.t0 >= m.t1 &&
        c.t0 - m.t1 <= SPEAKER_GAP &&
        !s.entities.some((e) => e !== m && e.t0 >= m.t1 && e.t1 <= c.t0) &&
        !/[,;:]/.test(doc.text.slice(m.end, c.start))) ||
      (c.t1 <= m.t0 &&
        m.t0 - c.t1 <= INVERTED_REACH &&
        /[,"”»]\s*$/.test(doc.text.slice(Math.max(0, c.start - 3), c.start)) &&
        !s.entities.some((e) => e !== m && e.t0 >= c.t1 && e.t1 <= m.t0 && e.entity.kind !== "country")),
  );

function statusOf(doc: Doc, s: Sentence, verb: CooperationMention, words: CooperationMention[]): TransferStatus {
  // A verb closing its clause ("… liefern.", "… schicken,") may have its auxiliary far before it, past the
  // receiver and the items ("Deutschland werde der Ukraine ein Patriot-System liefern").
  const closesClause = (w: Span) => /^\s*([.,;:!?]|$)/.test(doc.text.slice(w.end, w.end + 2));
  const closing = closesClause(verb);
  const planned = words.some(
    (w) =>
      hasCooperationCue(w, "transferPlanned") &&
      ((w.t1 <= verb.t1 && w.t0 >= verb.t0 - PLAN_REACH) ||
        (closing &&
          w.t1 <= verb.t0 &&
          w.t0 >= verb.t0 - CLAUSE_PLAN_REACH &&
          !/[,;:]/.test(doc.text.slice(w.end, verb.start))) ||
        // A verb closing its clause has its auxiliary right after itself ("abgeben werde.", "liefern wird,").
        (w.t0 === verb.t1 && closesClause(w))),
  );
  if (planned && !cuesIn(s, s.t0, s.t1, "negation").length) return "planned";
  const confirmed = words.some((w) => hasCooperationCue(w, "confirmed"));
  const alleged = words.some((w) => hasCooperationCue(w, "alleged"));
  return confirmed && !alleged ? "confirmed" : "alleged";
}

/**
 * Prepositions that introduce a state as a place or an end rather than as a clause's subject. Not a
 * target's ("sanctions on Iran for supplying drones": Iran does the supplying).
 */
const PREP_CUES = ["locationPrep", "destinationPrep", "originPrep"] as const;

/** Whether a preposition stands right before the mention, or before its article ("from Taipei", "to the Russian army"). */
function introduced(doc: Doc, s: Sentence, words: CooperationMention[], m: EntityMention): boolean {
  const article = s.cues.some((c) => c.t1 === m.t0 && c.cues.some((x) => x.kind === "determiner"));
  const before = (w: Span) => w.t1 === m.t0 || (article && w.t1 === m.t0 - 1);
  return (
    words.some((w) => before(w) && (hasCooperationCue(w, "toPrep") || hasCooperationCue(w, "fromPrep"))) ||
    s.cues.some((c) => before(c) && c.cues.some((x) => (PREP_CUES as readonly string[]).includes(x.kind)))
  );
}

/** "more than 1,000 containers of munitions": the words from the first number before the items to them. */
function quantityOf(doc: Doc, s: Sentence, items: CooperationMention[], people: boolean): string | null {
  for (const item of items) {
    if (item.cues.some((c) => c.kind === "transferItem" && PEOPLE.has(c.item)) !== people) continue;
    for (let t = Math.max(s.t0, item.t0 - QUANTITY_REACH); t < item.t0; t++)
      if (/\d/.test(doc.tokens[t].norm)) return doc.text.slice(doc.tokens[t].start, item.end);
  }
  return null;
}

const isVerb = (w: CooperationMention) => hasCooperationCue(w, "send") || hasCooperationCue(w, "receive");

/**
 * Nouns of sending right after a verb of sending or receiving are its object, not a transfer of their
 * own ("meminta bantuan makanan", "requested deliveries of fuel"): their items go with the verb.
 */
function governedNouns(words: CooperationMention[]): Set<CooperationMention> {
  const out = new Set<CooperationMention>();
  for (let i = 1; i < words.length; i++) {
    const [prev, w] = [words[i - 1], words[i]];
    if (hasCooperationCue(w, "sendNoun") && isVerb(prev) && !hasCooperationCue(prev, "sendNoun") && prev.t1 === w.t0)
      out.add(w);
  }
  return out;
}

/** The next verb of sending or receiving after each verb (one backward sweep). */
function nextVerbs(words: CooperationMention[]): Map<CooperationMention, CooperationMention> {
  const out = new Map<CooperationMention, CooperationMention>();
  let next: CooperationMention | null = null;
  for (let i = words.length - 1; i >= 0; i--) {
    if (!isVerb(words[i])) continue;
    if (next) out.set(words[i], next);
    next = words[i];
  }
  return out;
}

/**
 * The verb of sending or receiving nearest to each word: each item is moved by one verb. Two sweeps
 * (the last verb before, the next verb after) keep it linear in the sentence's words.
 */
function nearestVerbs(words: CooperationMention[]): Map<CooperationMention, CooperationMention> {
  const before: Array<CooperationMention | null> = [];
  let last: CooperationMention | null = null;
  for (const w of words) {
    before.push(last);
    if (isVerb(w)) last = w;
  }
  const out = new Map<CooperationMention, CooperationMention>();
  let next: CooperationMention | null = null;
  for (let i = words.length - 1; i >= 0; i--) {
    const w = words[i];
    const prev = before[i];
    const dPrev = prev ? w.t0 - prev.t1 : Infinity;
    const dNext = next ? next.t0 - w.t1 : Infinity;
    const best = dPrev <= dNext ? prev : next;
    if (best) out.set(w, best);
    if (isVerb(w)) next = w;
  }
  return out;
}

/** How far before a relative pronoun the demonym of its antecedent may stand ("трёх иранских военных и компании …, которые"). */
const ANTECEDENT_REACH = 8;

/**
 * The state of a relative clause's antecedent: a demonym in the phrase right before the relative pronoun
 * that opens the verb's clause, with no other comma between ("three Iranian generals and a firm, which …").
 */
function antecedentState(doc: Doc, s: Sentence, verb: CooperationMention, to: string | null): string | null {
  const relatives = referenceWords(doc.pack, "relativePronouns");
  for (let k = verb.t0 - 1; k >= Math.max(s.t0, verb.t0 - RELATIVE_REACH - 4); k--) {
    if (!relatives.has(doc.tokens[k].norm)) continue;
    const demonym = s.entities
      .filter(
        (e) =>
          e.t1 <= k &&
          e.t0 >= k - ANTECEDENT_REACH &&
          e.entity.kind === "country" &&
          e.entity.form === "demonym" &&
          !/[,;:]/.test(doc.text.slice(e.end, doc.tokens[k].start).replace(/,\s*$/, "")),
      )
      .pop();
    const code = demonym ? codeOf(doc, demonym.entity) : null;
    return code && code !== to ? code : null;
  }
  return null;
}

/** How far before its verb a relative pronoun may open the verb's clause ("yang dituding memasok"). */
const RELATIVE_REACH = 4;

/**
 * "sanctions on five companies that supplied drone parts to Iran", "perusahaan yang dituding memasok": a
 * relative pronoun opens the verb's clause with no state between them, so its subject is a noun the
 * sentence names, not a state: none of the states before it, nor one inferred.
 */
function relativeSubject(doc: Doc, s: Sentence, verb: CooperationMention): boolean {
  const relatives = referenceWords(doc.pack, "relativePronouns");
  for (let k = verb.t0 - 1; k >= Math.max(s.t0, verb.t0 - RELATIVE_REACH); k--) {
    if (s.entities.some((e) => e.t0 <= k && e.t1 > k)) return false;
    // "Iran, which supplied drones": the state right before the pronoun is its antecedent.
    if (relatives.has(doc.tokens[k].norm)) return !s.entities.some((e) => e.t1 === k || (e.t0 > k && e.t1 <= verb.t0));
  }
  return false;
}
