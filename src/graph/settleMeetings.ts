import type { Run } from "./database";
import {
  type Anchor,
  describeMeeting,
  floatTarget,
  isAnchored,
  type MeetingMention,
  type MeetingReport,
} from "./meetingEvents";

type Report = MeetingReport & { floating: boolean; month: string | null };
type Float = MeetingMention & { article: string };

/**
 * What settling did: the facts that exist and changed (for linkFacts), those of them whose links
 * were written anew (their articles' COVERS are redrawn: coverArticles), the ones it dropped, the
 * articles whose reports moved.
 */
export interface Settled {
  linked: string[];
  relinked: string[];
  dropped: string[];
  moved: string[];
}

/**
 * Inside a write transaction, after meeting reports were written or taken back: describes the
 * meetings `touched` from their reports, moves the floating reports of `groups` to the node they
 * now belong to (meetingEvents.floatTarget), describes the nodes they left and joined, and drops
 * the nodes left with no report. Returns the meetings that exist and changed, for linkFacts, and
 * for the change feed (recordChanges) also the meetings dropped and the articles whose reports moved.
 * The outcome is a function of the reports in the graph, so the order articles came in is moot.
 */
export async function settleMeetings(
  run: Run,
  groups: readonly string[],
  touched: readonly string[],
): Promise<Settled> {
  const described = await describe(run, touched);
  if (groups.length === 0) return { ...described, moved: [] };
  const rows = await run<Anchor & { group: string; anchored: boolean | null; floats: Float[] }>("meetingGroups", {
    groups: [...new Set(groups)],
  });
  const anchors = new Map<string, Anchor[]>();
  for (const row of rows) if (row.anchored) anchors.set(row.group, [...(anchors.get(row.group) ?? []), row]);
  const moves = rows.flatMap((row) =>
    row.floats
      .map((float) => ({ ...float, from: row.id, to: floatTarget(float, anchors.get(row.group) ?? [], isPerson) }))
      .filter((move) => move.to !== move.from)
      .map(({ article, own, from, to }) => ({ article, own, from, to, group: row.group })),
  );
  if (moves.length === 0) return { ...described, moved: [] };
  await run("moveReports", { moves, label: "Meeting" });
  const moved = await describe(
    run,
    moves.flatMap((m) => [m.from, m.to]),
  );
  return {
    linked: [...new Set([...described.linked, ...moved.linked])],
    relinked: [...new Set([...described.relinked, ...moved.relinked])],
    dropped: [...new Set([...described.dropped, ...moved.dropped])],
    moved: [...new Set(moves.map((m) => m.article))],
  };
}

/** Person ids are slugs ("kim-jong-un"); countries ("KP") and organizations ("UN") are not. */
const isPerson = (id: string) => /[a-z]/.test(id);

async function describe(run: Run, ids: readonly string[]): Promise<Omit<Settled, "moved">> {
  if (ids.length === 0) return { linked: [], relinked: [], dropped: [] };
  type Row = { id: string; reports: Report[]; attendees: string[]; heldIn: string | null };
  const rows = await run<Row>("meetingReports", { ids: [...new Set(ids)] });
  const empty = rows.filter((row) => row.reports.length === 0).map((row) => row.id);
  const nodes = rows
    .filter((row) => row.reports.length > 0)
    .map((row) => {
      const node = describeMeeting(row.reports);
      const anchored = row.reports.filter((r) => !r.floating && isAnchored(r));
      const same = (a: string[], b: string[]) => a.length === b.length && [...a].sort().every((x, i) => x === b[i]);
      return {
        id: row.id,
        ...node,
        anchored: anchored.length > 0,
        anchorHost: anchored[0]?.host ?? null,
        anchorMonth: anchored[0]?.month ?? null,
        anchorParticipants: [...new Set(anchored.flatMap((r) => r.participants))].sort(),
        anchorCities: [...new Set(anchored.map((r) => r.city).filter((c): c is string => c !== null))].sort(),
        anchorStatuses: [...new Set(anchored.map((r) => r.status))].sort(),
        relink: !same(row.attendees, node.participants) || row.heldIn !== node.host,
      };
    });
  if (nodes.length > 0) await run("describeMeetings", { nodes });
  if (empty.length > 0) await run("dropFacts", { ids: empty });
  return {
    linked: nodes.map((node) => node.id),
    relinked: nodes.filter((node) => node.relink).map((node) => node.id),
    dropped: empty,
  };
}
