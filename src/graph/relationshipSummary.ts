import type { RelationshipFacts } from "./relationship";

export interface StanceCount {
  /** Whose statements: 'a', 'b', or null for third parties. */
  side: "a" | "b" | null;
  stance: string;
  count: number;
}

export interface RelationshipSummary {
  meetings: number;
  statements: number;
  sanctions: number;
  articles: number;
  /** The earliest and latest date of a dated fact (each at its own precision). */
  firstSeen: string | null;
  lastSeen: string | null;
  /** Statements counted by side and stance: side a, then b, then third parties; stances by count. */
  stances: StanceCount[];
}

export function summarize({ facts, articleCount }: RelationshipFacts): RelationshipSummary {
  const count = (kind: string) => facts.filter((f) => f.fact.kind === kind).length;
  const dates = facts.map((f) => f.date).filter((d): d is string => d !== null).sort();
  const stances = new Map<string, StanceCount>();
  for (const { fact, side } of facts) {
    if (fact.kind !== "Statement") continue;
    const key = `${side}|${fact.stance}`;
    const entry = stances.get(key) ?? { side, stance: fact.stance, count: 0 };
    entry.count++;
    stances.set(key, entry);
  }
  const sideOrder = (side: StanceCount["side"]) => (side === "a" ? 0 : side === "b" ? 1 : 2);
  return {
    meetings: count("Meeting"),
    statements: count("Statement"),
    sanctions: count("Sanction"),
    articles: articleCount,
    firstSeen: dates[0] ?? null,
    lastSeen: dates[dates.length - 1] ?? null,
    stances: [...stances.values()].sort((x, y) => sideOrder(x.side) - sideOrder(y.side) || y.count - x.count || x.stance.localeCompare(y.stance)),
  };
}
