import type { Run } from "./database";
import type { Settled } from "./settleMeetings";
import {
  describeStatement,
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

/**
 * Inside a write transaction, after statement reports were written or taken back: takes the lock
 * of each speaker touched (a StatementGroup node, lockStatementGroups.cypher), reads the speaker's
 * statements of the months of the touched reports (through the (group, first) index), decides
 * which node each of their reports belongs to
 * (statementEvents.statementNodes), moves the reports that changed node, describes the nodes they
 * left and joined and drops those left with no report. Returns the statements that exist and
 * changed, for drawClaims and linkFacts, and for the change feed the ones dropped and the articles
 * whose reports moved. The statements of `speakers` (persons whose country just changed:
 * settleCountries) are all decided again, as a speaker's own country counts in matching them.
 * Statements only join within a month (a node's reports lie in one month), so the months read hold every report the touched ones could join: the outcome is a function of
 * the reports in the graph, and the order articles came in is moot. Undated reports stay on their
 * own node: nothing to decide.
 */
export async function settleStatements(
  run: Run,
  reports: readonly StatementTouch[],
  speakers: readonly string[] = [],
): Promise<Settled> {
  // Speakers whose country changed: all their statements, as their own country counts in matching.
  const touched =
    speakers.length > 0
      ? [
          ...reports,
          ...(await run<{ touched: StatementTouch[] }>("speakerStatements", { groups: speakers }))[0].touched,
        ]
      : reports;
  const dated = touched.filter(
    (t): t is { group: string; from: string; to: string } => t.from !== null && t.to !== null,
  );
  const groups = [...new Set(dated.map((t) => t.group))].sort();
  if (groups.length === 0) return { linked: [], relinked: [], dropped: [], moved: [] };
  await run("lockStatementGroups", { groups });
  const rows = await readMonths(run, dated);
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
  await run("dropStatementGroups", { groups });
  return {
    linked: nodes.map((node) => node.id),
    relinked: nodes.filter((node) => node.relink).map((node) => node.id),
    dropped: empty,
    moved: [...new Set(moves.map((m) => m.article))],
  };
}

/** The first and last day a node's reports may have been published on. */
function daysOf(reports: readonly StatementReport[]): { first: string | null; last: string | null } {
  const froms = reports.map((r) => r.from).filter((d): d is string => d !== null);
  const tos = reports.map((r) => r.to).filter((d): d is string => d !== null);
  return { first: froms.length ? froms.sort()[0] : null, last: tos.length ? tos.sort().at(-1)! : null };
}

/** The statements of the touched speakers in the months of the touched days. */
function readMonths(run: Run, touched: ReadonlyArray<{ group: string; from: string; to: string }>) {
  const months = new Set(
    touched.flatMap((t) => [`${t.group}|${t.from.slice(0, 7)}`, `${t.group}|${t.to.slice(0, 7)}`]),
  );
  const windows = [...months].sort().map((key) => {
    const [group, month] = key.split("|");
    return { group, start: `${month}-01`, end: `${month}-31` };
  });
  return run<Row>("statementGroups", { windows });
}
