/**
 * Whether a graph fact matches a gold fact, by the rules of the shared scorer
 * (../shared/tools/score-extraction.mjs: meetingScore, sanctionScore, statementScore), applied to a
 * node read back from the graph instead of an extraction: 0 when it does not match, higher when
 * it matches better. Used by `npm run eval:events` (scripts/evalEvents.ts).
 */
export type GoldFact = Record<string, unknown>;
type Actor = { id: string; name: string; country: string | null };
export interface NodeFact {
  participants: Actor[];
  location: string | null;
  imposer: Actor | null;
  target: Actor | null;
  speaker: Actor | null;
  about: string[];
  stance: string | null;
}

// The scorer's spelling variants that transliteration produces for the same person.
const TOKEN_VARIANTS: Record<string, string> = {
  sergei: "sergey",
  serguei: "sergey",
  sergej: "sergey",
  dmitri: "dmitry",
  dmitriy: "dmitry",
  zelenskyy: "zelensky",
  wladimir: "vladimir",
  lawrow: "lavrov",
  peskow: "peskov",
  shoygu: "shoigu",
  schoigu: "shoigu",
  cheol: "chol",
  ro: "no",
};

function normName(name: string): string {
  return name
    .normalize("NFKD")
    .replace(/[\u0300-\u036f]/g, "")
    .toLowerCase()
    .replace(/[-‐‑–'’.,]/g, " ")
    .replace(/\s+/g, " ")
    .trim()
    .split(" ")
    .map((t) => TOKEN_VARIANTS[t] ?? t)
    .join(" ")
    .split(" ")
    .sort()
    .join(" ");
}

const isCode = (s: unknown): s is string => typeof s === "string" && /^[A-Z]{2}$/.test(s.trim());
const list = (x: unknown): unknown[] => (Array.isArray(x) ? x : x == null ? [] : [x]);

/** "C:KP", "O:UN" or "P:jong kim un": a gold name or code, or a graph actor (its id or name). */
function entityKey(x: unknown): string | null {
  const raw = typeof x === "string" ? x : ((x as Actor | null)?.name ?? "");
  const id: string = typeof x === "object" && x ? (x as Actor).id : raw;
  if (!raw) return null;
  if (/^[A-Z]{2}$/.test(id.trim())) return `C:${id.trim()}`;
  const org = id.trim().toUpperCase();
  if (["UN", "EU", "NATO", "G7"].includes(org)) return `O:${org}`;
  return `P:${normName(raw)}`;
}

function meetingEntities(participants: unknown[], countries: unknown[], location: unknown): Set<string> {
  const keys = new Set<string>();
  for (const x of participants) {
    const k = entityKey(x);
    if (k) keys.add(k);
  }
  for (const c of countries) if (isCode(c)) keys.add(`C:${c}`);
  const loc = typeof location === "string" ? location : (location as { country?: string } | null)?.country;
  if (isCode(loc)) keys.add(`C:${loc}`);
  return keys;
}

function meetingScore(g: GoldFact, p: NodeFact): number {
  const ge = meetingEntities(list(g.participants), list(g.countries), g.location);
  const pe = meetingEntities(p.participants, [], p.location);
  let persons = 0;
  let all = 0;
  for (const k of ge)
    if (pe.has(k)) {
      all++;
      if (k.startsWith("P:")) persons++;
    }
  return persons >= 1 || all >= 2 ? all + persons : 0;
}

function sanctionScore(g: GoldFact, p: NodeFact): number {
  const pt = new Set([entityKey(p.target)]);
  const exact = list(g.target ?? g.targets)
    .map(entityKey)
    .some((t) => t && pt.has(t));
  const byCountry = !exact && list(g.targetCountry).some((c) => isCode(c) && pt.has(`C:${c}`));
  if (!exact && !byCountry) return 0;
  const gi = list(g.imposer ?? g.imposers)
    .map(entityKey)
    .filter(Boolean);
  if (gi.length && !gi.includes(entityKey(p.imposer))) return 0;
  return (exact ? 2 : 1) + (gi.length ? 1 : 0);
}

function statementScore(g: GoldFact, p: NodeFact): number {
  const gk = entityKey(g.speaker);
  const speaker = gk && gk === entityKey(p.speaker) ? 2 : gk === `C:${p.speaker?.country}` ? 1 : 0;
  if (!speaker) return 0;
  const ga = list(g.about);
  const overlap = ga.filter((c) => p.about.includes(c as string)).length;
  if (ga.length && !overlap) return 0;
  return speaker + overlap + (g.stance && g.stance === p.stance ? 1 : 0);
}

export function eventScore(type: "meetings" | "sanctions" | "statements", gold: GoldFact, node: NodeFact): number {
  if (type === "meetings") return meetingScore(gold, node);
  if (type === "sanctions") return sanctionScore(gold, node);
  return statementScore(gold, node);
}
