import type { Doc, Sentence, Span } from "./document";
import type { AgreementKind, TransferItem } from "./facts";
import type { LanguagePack } from "./languages/types";
import { PhraseIndex } from "./phraseIndex";
import { stemmer } from "./stemmer";

/** What a word of an agreement or a transfer signals. The names follow AgreementWords and TransferWords. */
export type CooperationCue =
  | { kind: "agreementKind"; agreement: AgreementKind }
  | { kind: "transferItem"; item: TransferItem }
  | {
      kind:
        | "hidden"
        | "signed"
        | "ratified"
        | "inForce"
        | "suspended"
        | "cancelled"
        | "agreementPlanned"
        | "none"
        | "hypothetical"
        | "anniversary"
        | "mediation"
        | "relations"
        | "send"
        | "sendNoun"
        | "receive"
        | "toPrep"
        | "fromPrep"
        | "sidePrep"
        | "alleged"
        | "confirmed"
        | "transferPlanned"
        | "transferEarlier"
        | "exchange"
        | "supplierNoun"
        | "sendPassive"
        | "supposed"
        | "agreementEarlier"
        | "accusedOf";
    };

export type CooperationKind = CooperationCue["kind"];

export interface CooperationMention extends Span {
  cues: CooperationCue[];
}

const cache = new Map<string, PhraseIndex<CooperationCue>>();

/**
 * The pack's agreement and transfer words as one index, built once per pack. Kept apart from the
 * shared cue index: these words matter only to the two cooperation builders, which scan a sentence
 * only when they need it.
 */
function cooperationIndex(pack: LanguagePack): PhraseIndex<CooperationCue> {
  const cached = cache.get(pack.code);
  if (cached) return cached;
  const index = new PhraseIndex<CooperationCue>(stemmer(pack));
  const add = (words: readonly string[] | undefined, cue: CooperationCue, key: string) => {
    for (const w of words ?? []) index.add(w, cue, "any", key);
  };
  const a = pack.agreements;
  if (a) {
    for (const [agreement, words] of Object.entries(a.kinds) as Array<[AgreementKind, string[]]>)
      add(words, { kind: "agreementKind", agreement }, `kind:${agreement}`);
    add(a.notAgreements, { kind: "hidden" }, "hidden");
    for (const kind of ["signed", "ratified", "inForce", "suspended", "cancelled"] as const)
      add(a[kind], { kind }, kind);
    add(a.planned, { kind: "agreementPlanned" }, "agreementPlanned");
    add(a.none, { kind: "none" }, "none");
    add(a.hypothetical, { kind: "hypothetical" }, "hypothetical");
    add(a.anniversary, { kind: "anniversary" }, "anniversary");
    add(a.mediation, { kind: "mediation" }, "mediation");
    add(a.relations, { kind: "relations" }, "relations");
    add(a.supposed, { kind: "supposed" }, "supposed");
    add(a.earlier, { kind: "agreementEarlier" }, "agreementEarlier");
  }
  const t = pack.transfers;
  if (t) {
    for (const [item, words] of Object.entries(t.items) as Array<[TransferItem, string[]]>)
      add(words, { kind: "transferItem", item }, `item:${item}`);
    add(t.notItems, { kind: "hidden" }, "hidden");
    for (const kind of ["send", "receive", "alleged", "confirmed"] as const) add(t[kind], { kind }, kind);
    add(t.nouns, { kind: "send" }, "send");
    add(t.nouns, { kind: "sendNoun" }, "sendNoun");
    // A supplier is a noun of sending too; its owner is told apart (supplierNoun).
    add(t.suppliers, { kind: "send" }, "send");
    add(t.suppliers, { kind: "sendNoun" }, "sendNoun");
    add(t.suppliers, { kind: "supplierNoun" }, "supplierNoun");
    add(t.passive, { kind: "send" }, "send");
    add(t.passive, { kind: "sendPassive" }, "sendPassive");
    add(t.toPreps, { kind: "toPrep" }, "toPrep");
    add(t.fromPreps, { kind: "fromPrep" }, "fromPrep");
    add(t.sidePreps, { kind: "sidePrep" }, "sidePrep");
    add(t.planned, { kind: "transferPlanned" }, "transferPlanned");
    add(t.earlier, { kind: "transferEarlier" }, "transferEarlier");
    add(t.exchange, { kind: "exchange" }, "exchange");
    add(t.accusedOf, { kind: "alleged" }, "alleged");
    add(t.accusedOf, { kind: "accusedOf" }, "accusedOf");
  }
  cache.set(pack.code, index);
  return index;
}

const scanned = new WeakMap<Sentence, CooperationMention[]>();

/** The agreement and transfer words of one sentence, in order (scanned once per sentence). */
export function cooperationCues(doc: Doc, s: Sentence): CooperationMention[] {
  let out = scanned.get(s);
  if (!out) {
    out = cooperationIndex(doc.pack)
      .scan(doc.text, doc.tokens, s.t0, s.t1)
      .map((m) => ({ start: m.start, end: m.end, t0: m.t0, t1: m.t1, cues: m.values }));
    scanned.set(s, out);
  }
  return out;
}

export const hasCooperationCue = (m: CooperationMention, kind: CooperationKind): boolean =>
  m.cues.some((c) => c.kind === kind);

/** The words of a kind within tokens [t0, t1) of the sentence. */
export function cooperationCuesIn(
  doc: Doc,
  s: Sentence,
  t0: number,
  t1: number,
  kind: CooperationKind,
): CooperationMention[] {
  return cooperationCues(doc, s).filter((c) => c.t0 >= t0 && c.t1 <= t1 && hasCooperationCue(c, kind));
}
