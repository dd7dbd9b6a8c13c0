import { cooperationParty } from "./cooperationParty";
import type { Doc } from "./document";
import { codeOf } from "./sentenceQueries";

const ranked = new WeakMap<Doc, string[]>();

/**
 * The two states a story of cooperation is about, for a mention that names one side only ("the two
 * countries", "Putin said the treaty …"). Unlike the article's leading countries, leaders count for
 * their states (a report of Kim hosting Putin names "Ukraine" as often as "Russia", yet it is
 * Russia's and North Korea's dealings it tells), and whoever speaks counts only when too few others
 * are named (the Pentagon's and its spokesman's words about North Korean troops in Russia are not
 * dealings of the United States; in "Japan pledged to send food to Myanmar" Japan is all there is).
 * Ties go to the state named first.
 */
export function cooperationPair(doc: Doc): string[] {
  let order = ranked.get(doc);
  if (!order) {
    const parties = new Map<string, number>();
    const speakers = new Map<string, number>();
    for (const s of doc.sentences)
      for (const m of s.entities) {
        if (m.entity.kind !== "country" && m.entity.kind !== "person") continue;
        const party = cooperationParty(doc, s, m, false);
        const code = party ?? codeOf(doc, m.entity);
        const count = party ? parties : speakers;
        if (code) count.set(code, (count.get(code) ?? 0) + 1);
      }
    const rank = (count: Map<string, number>) => [...count].sort((a, b) => b[1] - a[1]).map(([c]) => c);
    order = [...new Set([...rank(parties), ...rank(speakers)])];
    ranked.set(doc, order);
  }
  return order.slice(0, 2).sort();
}
