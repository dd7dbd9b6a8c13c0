import type { LocatedAgreement } from "./buildAgreements";
import type { LocatedTransfer } from "./buildTransfers";
import { cooperationCues, hasCooperationCue } from "./cooperationCues";
import type { Doc } from "./document";
import type { StatementFact, TransferItem } from "./facts";

/** People moved (troops, workers) are told apart from goods: "the soldiers" speaks of the troop transfer. */
const PEOPLE: ReadonlySet<TransferItem> = new Set(["troops", "workers"]);

/**
 * Claims: a statement made in a sentence that reports a transfer or an agreement asserts, accuses
 * or denies it ("the White House said North Korea had sent …"). A transfer wins over an agreement
 * in the same sentence (an accusation names the shipment; the treaty is its background). Elsewhere,
 * a statement about both ends of a transfer that names what it moves ("worried about the North
 * Korean soldiers in Kursk", "condemned the arms transfers") speaks of it; and an accusation or
 * denial about both ends answers the alleged one. Statements are not changed otherwise.
 */
export function linkClaims(
  doc: Doc,
  statements: StatementFact[],
  agreements: LocatedAgreement[],
  transfers: LocatedTransfer[],
): StatementFact[] {
  if (!agreements.length && !transfers.length) return statements;
  const bySentence = new Map<number, StatementFact["claim"]>();
  agreements.forEach((a, index) => {
    for (const i of a.sentences) if (!bySentence.has(i)) bySentence.set(i, { type: "agreements", index });
  });
  transfers.forEach((t, index) => {
    for (const i of t.sentences)
      if (bySentence.get(i)?.type !== "transfers") bySentence.set(i, { type: "transfers", index });
  });
  return statements.map((st) => {
    const sentences = sentencesOf(doc, st.evidence.start, st.evidence.end);
    const claim =
      sentences.map((i) => bySentence.get(i)).find(Boolean) ??
      itemsNamed(doc, st, sentences, transfers) ??
      answered(st, sentences, transfers) ??
      tiesNamed(doc, st, sentences, agreements);
    return claim ? { ...st, claim } : st;
  });
}

/**
 * A statement whose sentences name the kind of thing a transfer moves (troops or workers; goods)
 * and whose words concern both its ends speaks of that transfer: the one sharing an item named,
 * else the first of that kind.
 */
function itemsNamed(
  doc: Doc,
  st: StatementFact,
  sentences: number[],
  transfers: LocatedTransfer[],
): StatementFact["claim"] {
  const named = new Set<TransferItem>();
  for (const i of sentences)
    for (const w of cooperationCues(doc, doc.sentences[i]))
      for (const c of w.cues) if (c.kind === "transferItem") named.add(c.item);
  if (!named.size) return undefined;
  const listed = transfers.map((t, index) => ({ t, index }));
  const sameItems = (c: typeof listed) =>
    c.find(({ t }) => t.fact.items.some((k) => named.has(k))) ??
    c.find(({ t }) => t.fact.items.some((k) => [...named].some((n) => PEOPLE.has(n) === PEOPLE.has(k))));
  // Both ends first; else one end other than the speaker's own state ("the first North Korean units came
  // under fire in Kursk", said by a Ukrainian: about North Korea and Ukraine, of the troops sent to Russia).
  const concerns = (code: string) => st.about.includes(code) && code !== st.speakerCountry;
  // The sentence right before told a transfer with an end the statement speaks of: that one.
  const same =
    sameItems(
      listed.filter(
        ({ t }) => t.sentences.includes(sentences[0] - 1) && (concerns(t.fact.from) || concerns(t.fact.to)),
      ),
    ) ??
    sameItems(listed.filter(({ t }) => st.about.includes(t.fact.from) && st.about.includes(t.fact.to))) ??
    sameItems(listed.filter(({ t }) => concerns(t.fact.from) || concerns(t.fact.to)));
  return same ? { type: "transfers", index: same.index } : undefined;
}

/**
 * A statement about the ties of two states ("close cooperation between the two countries",
 * "normalisasi hubungan antara Iran dan Arab Saudi") speaks of the agreement they made, when the
 * story tells one: the first agreement two of whose parties the statement is about.
 */
function tiesNamed(
  doc: Doc,
  st: StatementFact,
  sentences: number[],
  agreements: LocatedAgreement[],
): StatementFact["claim"] {
  if (!sentences.some((i) => cooperationCues(doc, doc.sentences[i]).some((w) => hasCooperationCue(w, "relations"))))
    return undefined;
  const index = agreements.findIndex((a) => a.fact.parties.filter((p) => st.about.includes(p)).length >= 2);
  return index >= 0 ? { type: "agreements", index } : undefined;
}

/**
 * An accusation or a denial that names no shipment of its own ("Moscow denied the accusations",
 * "Pyongyang rejected the claims") answers the alleged transfer the sentence before told, when that
 * one involves it ("Russia has delivered S-400 systems to Turkey. Turkey denies the systems are
 * operational."); else the first one whose two ends it concerns.
 */
function answered(st: StatementFact, sentences: number[], transfers: LocatedTransfer[]): StatementFact["claim"] {
  if (st.stance !== "deny" && st.stance !== "accuse") return undefined;
  const alleged = transfers.map((t, index) => ({ t, index })).filter(({ t }) => t.fact.status === "alleged");
  const found =
    alleged.find(({ t }) => t.sentences.includes(sentences[0] - 1) && involved(st, t)) ??
    alleged.find(({ t }) => st.about.includes(t.fact.from) && st.about.includes(t.fact.to));
  return found ? { type: "transfers", index: found.index } : undefined;
}

/** The transfer has an end the statement speaks of, or the speaker's own state. */
const involved = (st: StatementFact, t: LocatedTransfer) =>
  [t.fact.from, t.fact.to].some((code) => st.about.includes(code) || code === st.speakerCountry);

/** The indexes of the sentences that overlap [start, end) (binary search: sentences are in order). */
function sentencesOf(doc: Doc, start: number, end: number): number[] {
  const ss = doc.sentences;
  let lo = 0;
  let hi = ss.length;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if (ss[mid].end <= start) lo = mid + 1;
    else hi = mid;
  }
  const out: number[] = [];
  for (let i = lo; i < ss.length && ss[i].start < end; i++) out.push(ss[i].index);
  return out;
}
