import type { Run } from "./database";
import type { Settled } from "./settleMeetings";
import {
  describeStatement,
  NEAR_DAYS,
  type Speaker,
  statementNodes,
  type StatementDescription,
  type StatementReport,
} from "./statementEvents";

type Report = StatementReport & StatementDescription;
type Row = {
  id: string;
  group: string;
  stance: string | null;
  date: string | null;
  text: string | null;
  quote: string | null;
  first: string | null;
  last: string | null;
  about: string[];
  speaker: Speaker | null;
  reports: Report[];
};

/** A statement report written or taken back: its speaker and the days its article may have appeared on. */
export interface StatementTouch {
  group: string;
  from: string | null;
  to: string | null;
}

/** The longest a node's days may span (a month-dated report spans its month): how far back a window reads. */
const NODE_SPAN_DAYS = 31;
/**
 * How wide a window may grow while it follows statements that could join the ones read (a speaker
 * quoted every day chains on): past this the settling stops reading, which bounds its cost and
 * leaves a chain longer than this one decided window by window.
 */
const MAX_WINDOW_DAYS = 45;

/**
 * Inside a write transaction, after statement reports were written or taken back: takes the lock
 * of each speaker touched (a StatementGroup node, lockStatementGroups.cypher), reads the speaker's
 * statements whose days lie within NEAR_DAYS of the touched reports (a window read through the
 * (group, first) index, widened while what it read could join statements beyond it, up to
 * MAX_WINDOW_DAYS), decides which node each of their reports belongs to
 * (statementEvents.statementNodes), moves the reports that changed node, describes the nodes they
 * left and joined and drops those left with no report. Returns the statements that exist and
 * changed, for drawClaims and linkFacts, and for the change feed the ones dropped and the articles whose reports moved. Statements only join within NEAR_DAYS, so the window holds
 * every report the touched ones could join: the outcome is a function of the reports in the graph,
 * and the order articles came in is moot. Undated reports stay on their own node: nothing to decide.
 */
export async function settleStatements(run: Run, touched: readonly StatementTouch[]): Promise<Settled> {
  const dated = touched.filter(
    (t): t is { group: string; from: string; to: string } => t.from !== null && t.to !== null,
  );
  const speakers = [...new Set(dated.map((t) => t.group))].sort();
  if (speakers.length === 0) return { linked: [], dropped: [], moved: [] };
  await run("lockStatementGroups", { groups: speakers });
  const rows = await readWindows(run, dated);
  const byGroup = new Map<string, Row[]>();
  for (const row of rows) byGroup.set(row.group, [...(byGroup.get(row.group) ?? []), row]);

  const moves: Array<{ article: string; own: string; from: string; to: string; group: string }> = [];
  const reportsOf = new Map<string, { group: string; reports: Report[] }>();
  for (const [group, nodes] of byGroup) {
    const speaker = nodes.map((n) => n.speaker).find((s) => s !== null) ?? { country: null, person: false };
    const target = statementNodes(
      nodes.flatMap((n) => n.reports),
      speaker,
    );
    for (const node of nodes)
      for (const report of node.reports) {
        const to = target.get(`${report.article}|${report.own}`)!;
        if (to !== node.id) moves.push({ article: report.article, own: report.own, from: node.id, to, group });
        const joined = reportsOf.get(to) ?? { group, reports: [] };
        joined.reports.push(report);
        reportsOf.set(to, joined);
      }
  }
  if (moves.length > 0) await run("moveReports", { moves, label: "Statement" });

  // Only the nodes that gained or lost a report, or now read differently, are written.
  const before = new Map(rows.map((row) => [row.id, row]));
  const moved = new Set(moves.flatMap((m) => [m.from, m.to]));
  const nodes = [...reportsOf].flatMap(([id, { group, reports }]) => {
    const node = { ...describeStatement(reports), ...daysOf(reports) };
    const old = before.get(id);
    const relink = !old || [...old.about].sort().join() !== node.about.join();
    const same =
      old &&
      old.stance === node.stance &&
      old.date === node.date &&
      old.text === node.text &&
      old.quote === node.quote &&
      old.first === node.first &&
      old.last === node.last;
    return relink || !same || moved.has(id) ? [{ id, group, ...node, relink }] : [];
  });
  if (nodes.length > 0) await run("describeStatements", { nodes });
  const empty = rows.filter((row) => !reportsOf.has(row.id)).map((row) => row.id);
  if (empty.length > 0) await run("dropFacts", { ids: empty });
  // A speaker left with no statement (their last article deleted) keeps no lock node either.
  await run("dropStatementGroups", { groups: speakers });
  return { linked: nodes.map((node) => node.id), dropped: empty, moved: [...new Set(moves.map((m) => m.article))] };
}

/** The first and last day a node's reports may have been published on. */
function daysOf(reports: readonly StatementReport[]): { first: string | null; last: string | null } {
  const froms = reports.map((r) => r.from).filter((d): d is string => d !== null);
  const tos = reports.map((r) => r.to).filter((d): d is string => d !== null);
  return { first: froms.length ? froms.sort()[0] : null, last: tos.length ? tos.sort().at(-1)! : null };
}

/**
 * The statements of the touched speakers within NEAR_DAYS of the touched days, read again with a
 * wider window while the nodes read reach days whose neighbours were not read yet.
 */
async function readWindows(run: Run, touched: ReadonlyArray<{ group: string; from: string; to: string }>) {
  const windows = new Map<string, { start: string; end: string }>();
  for (const t of touched) {
    const w = windows.get(t.group);
    windows.set(t.group, {
      start: w && w.start < t.from ? w.start : t.from,
      end: w && w.end > t.to ? w.end : t.to,
    });
  }
  for (;;) {
    const asked = [...windows].map(([group, w]) => ({
      group,
      // A node is read when its days come within NEAR_DAYS of the window's: its first day is at
      // most NODE_SPAN_DAYS before its last, so the index range starts that much earlier.
      earliest: shift(w.start, -NEAR_DAYS - NODE_SPAN_DAYS),
      start: shift(w.start, -NEAR_DAYS),
      end: shift(w.end, NEAR_DAYS),
    }));
    const rows = await run<Row>("statementGroups", { windows: asked });
    let grown = false;
    for (const [group, w] of windows) {
      const days = rows.filter((r) => r.group === group && r.first !== null);
      const start = [w.start, ...days.map((r) => r.first!)].sort()[0];
      const end = [w.end, ...days.map((r) => r.last!)].sort().at(-1)!;
      if ((start < w.start || end > w.end) && daysBetween(start, end) <= MAX_WINDOW_DAYS) {
        windows.set(group, { start, end });
        grown = true;
      }
    }
    if (!grown) return rows;
  }
}

const DAY_MS = 86_400_000;
const shift = (day: string, days: number) =>
  new Date(Date.parse(`${day}T00:00:00Z`) + days * DAY_MS).toISOString().slice(0, 10);
const daysBetween = (a: string, b: string) => (Date.parse(`${b}T00:00:00Z`) - Date.parse(`${a}T00:00:00Z`)) / DAY_MS;
