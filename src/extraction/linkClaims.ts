import type { LocatedAgreement } from "./buildAgreements";
import type { LocatedTransfer } from "./buildTransfers";
import type { Doc } from "./document";
import type { StatementFact } from "./facts";

/**
 * Claims: a statement made in a sentence that reports a transfer or an agreement asserts, accuses
 * or denies it ("the White House said North Korea had sent …"). A transfer wins over an agreement
 * in the same sentence (an accusation names the shipment; the treaty is its background). An
 * accusation or denial elsewhere answers the alleged transfer between the states it is about.
 * Statements are not changed otherwise.
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
    const claim =
      sentencesOf(doc, st.evidence.start, st.evidence.end)
        .map((i) => bySentence.get(i))
        .find(Boolean) ?? answered(st, transfers);
    return claim ? { ...st, claim } : st;
  });
}

/**
 * An accusation or a denial that names no shipment of its own ("Moscow denied the accusations",
 * "Pyongyang rejected the claims") answers the alleged transfer between the states it is about:
 * the first one whose two ends it concerns.
 */
function answered(st: StatementFact, transfers: LocatedTransfer[]): StatementFact["claim"] {
  if (st.stance !== "deny" && st.stance !== "accuse") return undefined;
  const index = transfers.findIndex(
    (t) => t.fact.status === "alleged" && st.about.includes(t.fact.from) && st.about.includes(t.fact.to),
  );
  return index >= 0 ? { type: "transfers", index } : undefined;
}

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
