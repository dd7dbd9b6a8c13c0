/**
 * Which meeting node a reported meeting belongs to (README, "Merge rules"). Pure: the graph reads
 * the mentions of a group, this decides, the graph writes the moves (settleMeetings).
 *
 * Terminology. A *mention* is one article's report of a meeting. Its *group* is the set of
 * countries involved (the participants' countries and the host). An *anchored* mention names
 * its host country and at least the month: its node is the group + host + month, so a visit and
 * the talks held during it ("Putin arrived in Pyongyang", "Kim received Putin", "the two leaders
 * met", all June 2024 in KP) are one node whatever their participants. A *floating* mention
 * lacks the host or the date: it joins the anchor it can only mean (exactly one candidate), or
 * else stays a node of its own. Anchors are decided by anchored mentions alone and floats never
 * decide anything, so the outcome depends on the set of mentions only, never on their order.
 */
export interface MeetingMention {
  /** The node this mention belongs to when it is anchored, or when it floats with no single candidate. */
  own: string;
  host: string | null;
  /** "YYYY-MM" or null. */
  month: string | null;
  participants: string[];
  city: string | null;
  /** What the report says became of the meeting (occurred, ongoing, planned, cancelled); null when unknown. */
  status: string | null;
}

export interface Anchor {
  id: string;
  host: string;
  month: string;
  /** Everyone the anchored mentions of this node name. */
  participants: string[];
  cities: string[];
  /** The statuses its anchored reports give. */
  statuses: string[];
}

export const isAnchored = (m: Pick<MeetingMention, "host" | "month">): boolean => m.host !== null && m.month !== null;

/**
 * The node a floating mention joins: the one anchor of its group that fits, or its own node.
 * - Dated, no host ("Kim and Putin met in September 2023"): an anchor of the same month.
 * - Undated ("Putin will visit Pyongyang"): an anchor with the same host (when it names one), whose
 *   anchored reports name every person it names, in the city it names (when both name one).
 * - Either way, not an anchor its status contradicts: a cancellation never joins a visit held.
 */
export function floatTarget(mention: MeetingMention, anchors: readonly Anchor[], isPerson: (id: string) => boolean) {
  const candidates = anchors.filter((anchor) => {
    if (mention.host !== null && anchor.host !== mention.host) return false;
    if (contrary(mention.status, anchor.statuses)) return false;
    if (mention.month !== null) return anchor.month === mention.month;
    const named = mention.participants.filter(isPerson);
    if (!named.every((p) => anchor.participants.includes(p))) return false;
    return mention.city === null || anchor.cities.length === 0 || anchor.cities.includes(mention.city);
  });
  return candidates.length === 1 ? candidates[0].id : mention.own;
}

const HELD = new Set(["occurred", "ongoing"]);

/**
 * A report that says the meeting was called off is not of a visit its anchors say was held, nor a
 * report that says it was held of one they only say was called off ("Biden declined the invitation
 * to India" is not his G20 trip to New Delhi).
 */
function contrary(status: string | null, statuses: readonly string[]): boolean {
  if (status === "cancelled") return statuses.some((s) => HELD.has(s));
  return status !== null && HELD.has(status) && statuses.length > 0 && statuses.every((s) => s === "cancelled");
}

/** One report of a meeting node, with what is needed to describe the node. */
export interface MeetingReport {
  article: string;
  publishedMs: number | null;
  date: string | null;
  status: string;
  city: string | null;
  host: string | null;
  participants: string[];
}

export interface MeetingNode {
  date: string | null;
  datePrecision: "day" | "month" | null;
  status: string;
  city: string | null;
  host: string | null;
  participants: string[];
}

/**
 * A node as its reports describe it, whatever order they came in: a visit is dated by its first
 * day (else its month); the most recently published report decides the status (ties: the greater
 * article id); the city most reports give (ties: the first alphabetically); the participants are
 * everyone any report names.
 */
export function describeMeeting(reports: readonly MeetingReport[]): MeetingNode {
  const dates = reports.map((r) => r.date).filter((d): d is string => d !== null);
  const days = dates.filter((d) => d.length === 10).sort();
  const months = dates.filter((d) => d.length === 7).sort();
  const latest = [...reports].sort(
    (a, b) => (b.publishedMs ?? -Infinity) - (a.publishedMs ?? -Infinity) || (b.article < a.article ? -1 : 1),
  )[0];
  return {
    date: days[0] ?? months[0] ?? null,
    datePrecision: days.length ? "day" : months.length ? "month" : null,
    status: latest.status,
    city: mostCommon(reports.map((r) => r.city)),
    host: mostCommon(reports.map((r) => r.host)),
    participants: [...new Set(reports.flatMap((r) => r.participants))].sort(),
  };
}

function mostCommon(values: ReadonlyArray<string | null>): string | null {
  const counts = new Map<string, number>();
  for (const value of values) if (value !== null) counts.set(value, (counts.get(value) ?? 0) + 1);
  return [...counts].sort((a, b) => b[1] - a[1] || (a[0] < b[0] ? -1 : 1))[0]?.[0] ?? null;
}
