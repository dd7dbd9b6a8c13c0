/**
 * Which statement node each report of one speaker belongs to (README, "Merge rules"). Pure: the
 * graph reads every report of a speaker, this decides, the graph writes the moves
 * (settleStatements).
 *
 * Terminology. A *report* is one article's telling of a statement: what it says (stance, the
 * countries it is about, the words said as concepts, stems and numbers: statementWords), the
 * article's language and when the article appeared. Reports with the same *own* key (the same quote; or, without a quote, the same
 * stance, countries and day) are one statement from the start: a *unit*. A unit is *anchored* when
 * one of its articles gives its day of publication, *floating* when they give only the month,
 * *undated* otherwise. A report is *alone* when its article tells nothing else of that speaker.
 * Anchored units merge, best-matching pair first, while every pair of their reports could be one
 * statement (`sameStatement`); a pair that shares no stem (a translation, matched on concepts or
 * on nothing) only when neither side has a *rival*, another remark it could nearly as well be. A
 * floating unit then joins the node it fits best, when one fits better than all others (and,
 * without a stem, no other fits nearly as well), never beside another statement of its article;
 * an undated one stays alone. Units are matched only against anchored
 * units and ties are broken by ids, so the outcome is a function of the set of reports, never of
 * the order they came in. Reports of different months never match: a speaker's month decides
 * alone, however busy the speaker.
 */
export interface StatementReport {
  article: string;
  own: string;
  /** The first and last day the article may have appeared on ("YYYY-MM-DD"; a whole month when only the month is known); null when undated. */
  from: string | null;
  to: string | null;
  stance: string;
  about: string[];
  /** The words said as concepts ("#evidence"), stems and numbers (statementWords), names left out. */
  words: string[];
  /** The article's language: words are compared as evidence only within one language. */
  language: string | null;
  /** The words quoted, if the report quotes them. */
  quote: string | null;
}

/** Who speaks: their own country (left out of the countries that count), and whether a person. */
export interface Speaker {
  country: string | null;
  person: boolean;
}

/** Days between the publications of two reports within which they may tell one statement. */
export const NEAR_DAYS = 3;
/** The score two reports need to be one statement. */
const ENOUGH = 1.5;

/** A report, and whether its article tells nothing else of its speaker. */
export type Told = StatementReport & { alone: boolean };

/**
 * How well two reports of one speaker match as one statement, or null when they cannot be one:
 * they come from different articles published within NEAR_DAYS of each other and in the same
 * calendar month (so that which node a report joins is decided within its speaker's month, read
 * whole: settleStatements), their stances agree (equal, or one of them a plain assertion), and the
 * words said (statementWords: concepts, stems and numbers) say it is the same remark:
 * - a stem or a number in common;
 * - or concepts alone, in any language ("bukti", "proof", "доказательства" are all `#evidence`):
 *   two of them, or one when the speaker is a person quoted in one of the two reports. One concept
 *   alone is often the topic of the day, not the remark: a state's two accusations of one week both
 *   speak of weapons, two paraphrases of a president at one summit both of support;
 * - or, across two languages with no word in common, a person's remark told in two articles that
 *   each tell one remark of that person (`alone`), one of them in quotation marks, with the same
 *   stance, a country besides the person's own in common and no number that differs: the one thing
 *   a named person was quoted saying that day, about the same state, in the same tone.
 * A stance on the same state alone is never enough: a state's two denials of one state in a week
 * are often two remarks (workers abroad, oil at sea). The score counts an equal stance (1), each
 * word in common (1) and each country both are about, the speaker's own aside (0.5). `loose` also
 * takes a single concept, as a remark a report could be: the rivals a match without a stem in
 * common must not have (statementNodes).
 */
export function sameStatement(a: Told, b: Told, speaker: Speaker, loose = false): number | null {
  if (a.article === b.article || a.from === null || b.from === null) return null;
  if (daysApart(a, b) > NEAR_DAYS || a.from.slice(0, 7) !== b.from.slice(0, 7)) return null;
  if (a.stance !== b.stance && a.stance !== "assert" && b.stance !== "assert") return null;
  const shared = a.words.filter((w) => b.words.includes(w));
  const concepts = shared.filter(isConcept).length;
  const countries = a.about.filter((c) => c !== speaker.country && b.about.includes(c)).length;
  const quoted = a.quote !== null || b.quote !== null;
  const said = shared.length > concepts || concepts >= 2 || (concepts === 1 && (loose || (speaker.person && quoted)));
  if (said) return (a.stance === b.stance ? 1 : 0) + shared.length + countries / 2;
  if (concepts > 0) return null;
  const translated = a.language !== null && b.language !== null && a.language !== b.language;
  const numbered = a.words.some(isNumber) && b.words.some(isNumber);
  if (!speaker.person || !translated || !quoted || !a.alone || !b.alone || a.stance !== b.stance || numbered)
    return null;
  return countries > 0 ? 1 + countries / 2 : null;
}

/** A concept (`#evidence`), as statementWords writes one, rather than a stem or a number. */
const isConcept = (word: string) => word.startsWith("#");
const isNumber = (stem: string) => /^\d+$/.test(stem);

const DAY_MS = 86_400_000;
const dayNumber = (day: string) => Date.parse(`${day}T00:00:00Z`) / DAY_MS;

function daysApart(a: StatementReport, b: StatementReport): number {
  const start = Math.max(dayNumber(a.from!), dayNumber(b.from!));
  const end = Math.min(dayNumber(a.to!), dayNumber(b.to!));
  return Math.max(0, start - end);
}

type Unit = { own: string; reports: Told[] };

/** The best score over the pairs of two units, or null when some pair cannot be one statement. */
function unitScore(a: Unit, b: Unit, speaker: Speaker, loose = false): number | null {
  let best = 0;
  for (const x of a.reports)
    for (const y of b.reports) {
      const score = sameStatement(x, y, speaker, loose);
      if (score === null) return null;
      best = Math.max(best, score);
    }
  return best;
}

/** Whether some report of one unit shares a stem or a number, not only a concept, with a report of the other. */
const literal = (a: Unit, b: Unit) =>
  a.reports.some((x) => b.reports.some((y) => x.words.some((w) => !isConcept(w) && y.words.includes(w))));

/** The most words (concepts, stems, numbers) a report of one unit shares with a report of the others. */
const sharedWords = (a: Unit, others: readonly Unit[]) =>
  Math.max(
    0,
    ...a.reports.flatMap((x) =>
      others.flatMap((o) => o.reports.map((y) => x.words.filter((w) => y.words.includes(w)).length)),
    ),
  );

/**
 * The node of every report of one speaker, keyed `article|own`: the smallest own key of the
 * statement it belongs to.
 */
export function statementNodes(reports: readonly StatementReport[], speaker: Speaker): Map<string, string> {
  // What else each article tells of the speaker: its own keys.
  const ownKeys = new Map<string, Set<string>>();
  for (const r of reports) ownKeys.set(r.article, (ownKeys.get(r.article) ?? new Set()).add(r.own));
  const units = new Map<string, Unit>();
  for (const report of reports.map((r) => ({ ...r, alone: ownKeys.get(r.article)!.size === 1 }))) {
    const unit = units.get(report.own) ?? { own: report.own, reports: [] };
    unit.reports.push(report);
    units.set(report.own, unit);
  }
  const anchored = [...units.values()].filter((u) => u.reports.some((r) => r.from !== null && r.from === r.to));
  const floating = [...units.values()].filter((u) => !anchored.includes(u) && u.reports.some((r) => r.from !== null));

  // Anchored units: best pairs first (ties: the closer in days, then by own keys), merged while every pair across agrees.
  const clusters = new Map<string, Unit[]>(anchored.map((u) => [u.own, [u]]));
  const clusterOf = new Map<string, string>(anchored.map((u) => [u.own, u.own]));
  // Only units published within NEAR_DAYS of each other can match: sorted by their first day, the
  // units after one that starts too late are all too late (a speaker may have thousands).
  const span = (u: Unit) => {
    const days = u.reports.filter((r) => r.from !== null);
    return {
      first: Math.min(...days.map((r) => dayNumber(r.from!))),
      last: Math.max(...days.map((r) => dayNumber(r.to!))),
    };
  };
  const spans = new Map(anchored.map((u) => [u, span(u)]));
  anchored.sort((a, b) => spans.get(a)!.first - spans.get(b)!.first || (a.own < b.own ? -1 : 1));
  const pairs: Array<{ score: number; days: number; a: Unit; b: Unit }> = [];
  // The remarks each unit could be (a single concept in common is enough here): its rivals' pool.
  const partners = new Map<Unit, Unit[]>(anchored.map((u) => [u, []]));
  for (let i = 0; i < anchored.length; i++)
    for (
      let j = i + 1;
      j < anchored.length && spans.get(anchored[j])!.first <= spans.get(anchored[i])!.last + NEAR_DAYS;
      j++
    ) {
      const [a, b] = [anchored[i], anchored[j]];
      const score = unitScore(a, b, speaker);
      const days = Math.abs(spans.get(b)!.first - spans.get(a)!.first);
      if (score !== null && score >= ENOUGH) pairs.push({ score, days, a, b });
      const could = score ?? unitScore(a, b, speaker, true);
      if (could !== null && could >= ENOUGH) {
        partners.get(a)!.push(b);
        partners.get(b)!.push(a);
      }
    }
  const pairKey = (p: { a: Unit; b: Unit }) => [p.a.own, p.b.own].sort().join("|");
  // Better pairs first; of pairs that match alike, the ones published closer together.
  pairs.sort((p, q) => q.score - p.score || p.days - q.days || (pairKey(p) < pairKey(q) ? -1 : 1));
  // A match without a stem in common (a translation: concepts alone, or no word at all) is kept only
  // when it is the one remark either side could be: a German retelling that could be either of two
  // English remarks of the day joins neither, nor does an Indonesian accusation of sending weapons
  // that could be either of two American accusations the seed tells.
  // A rival is another remark x could be, within one word of y, that cannot be one with y.
  const rival = (x: Unit, y: Unit) =>
    partners
      .get(x)!
      .some((c) => c !== y && unitScore(c, y, speaker) === null && sharedWords(x, [c]) >= sharedWords(x, [y]) - 1);
  const kept = pairs.filter(({ a, b }) => literal(a, b) || (!rival(a, b) && !rival(b, a)));
  for (const { a, b } of kept) {
    const [ca, cb] = [clusterOf.get(a.own)!, clusterOf.get(b.own)!];
    if (ca === cb) continue;
    const [left, right] = [clusters.get(ca)!, clusters.get(cb)!];
    if (!left.every((x) => right.every((y) => unitScore(x, y, speaker) !== null))) continue;
    for (const unit of right) clusterOf.set(unit.own, ca);
    left.push(...right);
    clusters.delete(cb);
  }

  const node = new Map<string, string>();
  const nodeIds = new Map<string, string>();
  for (const [key, members] of clusters) nodeIds.set(key, members.map((u) => u.own).sort()[0]);
  for (const unit of anchored)
    for (const r of unit.reports) node.set(`${r.article}|${r.own}`, nodeIds.get(clusterOf.get(unit.own)!)!);

  // Floating units: the one cluster they fit best (every pair agrees), else their own node. As for
  // anchored units, a fit without a stem in common must be the one remark the unit could be (no
  // other cluster it loosely fits within one word), and the unit the one report of its article the
  // cluster could hold; with a stem, another statement of the article that fits the cluster as
  // well keeps both out (an article's two statements are two nodes, and which one it holds is moot).
  const fitsOf = (unit: Unit, loose: boolean) =>
    [...clusters]
      .map(([key, members]) => {
        const scores = members.map((m) => unitScore(unit, m, speaker, loose));
        return { key, members, score: scores.includes(null) ? null : Math.max(...(scores as number[])) };
      })
      .filter((c): c is { key: string; members: Unit[]; score: number } => c.score !== null && c.score >= ENOUGH)
      .sort((p, q) => q.score - p.score || (p.key < q.key ? -1 : 1));
  const strict = new Map(floating.map((u) => [u, fitsOf(u, false)]));
  const loose = new Map(floating.map((u) => [u, fitsOf(u, true)]));
  const sameArticle = (u: Unit, v: Unit) =>
    u !== v && u.reports.some((r) => v.reports.some((s) => s.article === r.article));
  for (const unit of [...units.values()].filter((u) => !anchored.includes(u))) {
    let target = unit.own;
    const fits = strict.get(unit) ?? [];
    const best = fits[0];
    if (best && (fits.length === 1 || best.score > fits[1].score)) {
      const others = floating.filter((v) => sameArticle(unit, v));
      const near = sharedWords(unit, best.members) - 1;
      const contested = best.members.some((m) => literal(unit, m))
        ? others.some((v) => strict.get(v)!.some((f) => f.key === best.key && f.score >= best.score))
        : loose.get(unit)!.some((f) => f.key !== best.key && sharedWords(unit, f.members) >= near) ||
          others.some((v) => loose.get(v)!.some((f) => f.key === best.key && sharedWords(v, f.members) >= near));
      if (!contested) target = nodeIds.get(best.key)!;
    }
    for (const r of unit.reports) node.set(`${r.article}|${r.own}`, target);
  }
  return node;
}

/** One report of a statement node, with what is needed to describe the node. */
export interface StatementDescription {
  article: string;
  own: string;
  day: string | null;
  stance: string;
  about: string[];
  text: string;
  quote: string | null;
}

/**
 * A node as its reports describe it, whatever order they came in: the earliest report (by day,
 * then own key, then article) gives the text and the quote and dates it; the stance is the one
 * most reports give (ties: a pointed stance over a plain assertion, which is what a report reads
 * when it finds no sharper one, then the earliest report's); the countries are all those any
 * report names.
 */
export function describeStatement(reports: readonly StatementDescription[]) {
  const order = (r: StatementDescription) => `${r.day ?? "9999"}|${r.own}|${r.article}`;
  const first = [...reports].sort((a, b) => (order(a) < order(b) ? -1 : 1))[0];
  const counts = new Map<string, number>();
  for (const r of reports) counts.set(r.stance, (counts.get(r.stance) ?? 0) + 1);
  const most = Math.max(...counts.values());
  const tied = [...counts].filter(([, n]) => n === most).map(([stance]) => stance);
  const pointed = tied.filter((stance) => stance !== "assert");
  const pool = pointed.length > 0 ? pointed : tied;
  return {
    text: first.text,
    quote: first.quote,
    date: first.day,
    stance: pool.includes(first.stance) ? first.stance : pool.sort()[0],
    about: [...new Set(reports.flatMap((r) => r.about))].sort(),
  };
}
