import type { Doc, Sentence } from "./document";
import { findDates, type DateMention } from "./resolveDates";

/** Each document's dates per sentence, read once: meetings, their neighbours and agreements ask again. */
const sentenceDateCache = new WeakMap<Doc, Map<number, DateMention[]>>();

/** The dates of one sentence of a document (findDates), as copies the caller may change. */
export function sentenceDates(doc: Doc, s: Sentence): DateMention[] {
  let read = sentenceDateCache.get(doc);
  if (!read) sentenceDateCache.set(doc, (read = new Map()));
  let dates = read.get(s.index);
  if (!dates) read.set(s.index, (dates = findDates(doc.text, s.start, s.end, doc.pack, doc.ref)));
  return dates.map((d) => ({ ...d }));
}
