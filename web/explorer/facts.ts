import type { factKinds as registry } from "../../src/kinds/factKinds";

/**
 * The explorer's model: actors (countries, leaders, organizations) and the facts that link them
 * (meetings, statements, sanctions), each with the sentences that report it. A fact becomes one
 * or more edges between actors; see `edgesOf` for which.
 */

export type ActorKind = "Country" | "Leader" | "Organization";

export interface Actor {
  /** Unique across kinds: `Country:RU`, `Leader:vladimir-putin`, `Organization:UN`. */
  key: string;
  id: string;
  name: string;
  kind: ActorKind;
  /** A leader's country, which contains them in the graph. */
  country?: { id: string; name: string };
}

/** The API's names of the kinds of fact (src/kinds/factKinds.ts): a kind added there needs its line here. */
export type FactKind = (typeof registry)[keyof typeof registry]["graphql"];

export interface Source {
  sentence: string;
  article: { id: string; title: string | null; source: string | null; url: string | null; publishedAt: string | null };
}

export interface Fact {
  id: string;
  kind: FactKind;
  /** YYYY-MM-DD or YYYY-MM; a sanction's is the day it was first reported. */
  date: string | null;
  /** One line naming who did what. */
  summary: string;
  /** A short word for the edge: "met", "denies", "sanctions". */
  verb: string;
  /** Status or stance, as the API names it (OCCURRED, DENY, IN_FORCE …). */
  status: string;
  /** The quote, the statement's sentence or the sanction's reason. */
  detail: string | null;
  /** Pairs of actors to draw an edge between; `from === to` for a sanction without an imposer. */
  edges: { from: Actor; to: Actor }[];
  sources: Source[];
  /** A claim, not a fact: an alleged transfer (drawn dashed). */
  alleged?: boolean;
  /** Who asserts or accuses it and who denies it (agreements and transfers); both sides shown side by side. */
  claims?: { asserted: ClaimView[]; denied: ClaimView[] };
}

/** One statement that takes a side on an agreement or transfer. */
export interface ClaimView {
  speaker: string;
  stance: string;
  date: string | null;
  sources: Source[];
}

export const factKinds: Record<FactKind, { label: string; colour: string }> = {
  MEETING: { label: "Meeting", colour: "#2563eb" },
  STATEMENT: { label: "Statement", colour: "#d97706" },
  SANCTION: { label: "Sanction", colour: "#be123c" },
  AGREEMENT: { label: "Agreement", colour: "#059669" },
  TRANSFER: { label: "Transfer", colour: "#7c3aed" },
};

const stanceVerbs: Record<string, string> = {
  ASSERT: "states",
  DENY: "denies",
  ACCUSE: "accuses",
  SUPPORT: "supports",
  WARN: "warns",
  OTHER: "says",
};

/** An actor as the API returns it (the fields of `ActorFields` in api.ts). */
export interface ApiActor {
  __typename: ActorKind;
  id: string;
  name: string;
  country?: { id: string; name: string } | null;
}

export interface ApiMeeting {
  id: string;
  date: string | null;
  status: string;
  city: string | null;
  location: { name: string } | null;
  participants: ApiActor[];
  sources: Source[];
}

export interface ApiStatement {
  id: string;
  date: string | null;
  stance: string;
  quote: string | null;
  text: string;
  speaker: ApiActor;
  about: ApiActor[];
  sources: Source[];
}

export interface ApiSanction {
  id: string;
  firstReported: string | null;
  status: string;
  reason: string | null;
  imposer: ApiActor | null;
  target: ApiActor;
  sources: Source[];
}

export interface ApiClaim {
  stance: string;
  date: string | null;
  speaker: { name: string };
  sources: Source[];
}

/** An agreement or transfer one side asserts or accuses and another denies (relationship.contradictions). */
export interface ApiContradiction {
  fact: { id: string };
  asserted: ApiClaim[];
  denied: ApiClaim[];
}

export interface ApiAgreement {
  id: string;
  name: string | null;
  agreementKind: string;
  agreementStatus: string;
  date: string | null;
  parties: ApiActor[];
  sources: Source[];
}

export interface ApiTransfer {
  id: string;
  items: string[];
  quantity: string | null;
  transferStatus: string;
  date: string | null;
  from: ApiActor | null;
  to: ApiActor | null;
  sources: Source[];
}

export function toActor(actor: ApiActor): Actor {
  return {
    key: `${actor.__typename}:${actor.id}`,
    id: actor.id,
    name: actor.name,
    kind: actor.__typename,
    country: actor.country ?? undefined,
  };
}

/** The country an actor stands for: itself, or a leader's country. */
export const countryOf = (actor: Actor): string | undefined =>
  actor.kind === "Country" ? actor.id : actor.country?.id;

export function meetingFact(meeting: ApiMeeting): Fact {
  const people = meeting.participants.map(toActor);
  // A country that attends through its own leader is drawn as the box around them, not as a party.
  const parties = people.filter(
    (p) => p.kind !== "Country" || !people.some((q) => q.kind === "Leader" && q.country?.id === p.id),
  );
  const place = meeting.city ?? meeting.location?.name;
  return {
    id: meeting.id,
    kind: "MEETING",
    date: meeting.date,
    summary: `${list(people.map((p) => p.name))} ${meetingVerb(meeting.status)}${place ? ` in ${place}` : ""}`,
    verb: "met",
    status: meeting.status,
    detail: null,
    edges: pairs(parties),
    sources: distinct(meeting.sources),
  };
}

/**
 * A statement is drawn from its speaker to the countries it is about, leaving out the speaker's
 * own country. With `focus` (the countries being explored), only edges to those are drawn when
 * there are any, so that a side remark about a third country does not crowd the picture.
 */
export function statementFact(statement: ApiStatement, focus?: Set<string>): Fact {
  const speaker = toActor(statement.speaker);
  const about = statement.about.map(toActor).filter((c) => c.id !== countryOf(speaker));
  const focused = focus ? about.filter((c) => focus.has(c.id)) : [];
  const verb = stanceVerbs[statement.stance] ?? "says";
  return {
    id: statement.id,
    kind: "STATEMENT",
    date: statement.date,
    summary: `${speaker.name} ${verb}${about.length ? ` — about ${list(about.map((c) => c.name))}` : ""}`,
    verb,
    status: statement.stance,
    detail: statement.quote ? `“${statement.quote}”` : statement.text,
    edges: (focused.length > 0 ? focused : about).map((to) => ({ from: speaker, to })),
    sources: distinct(statement.sources),
  };
}

export function sanctionFact(sanction: ApiSanction): Fact {
  const target = toActor(sanction.target);
  const imposer = sanction.imposer ? toActor(sanction.imposer) : null;
  return {
    id: sanction.id,
    kind: "SANCTION",
    date: sanction.firstReported,
    summary: `${imposer ? `${imposer.name} sanctions` : "Sanctions on"} ${target.name}`,
    verb: imposer ? "sanctions" : "under sanctions",
    status: sanction.status,
    detail: sanction.reason ? `Reason: ${sanction.reason}` : null,
    edges: [{ from: imposer ?? target, to: target }],
    sources: distinct(sanction.sources),
  };
}

/** `contradiction`: its two sides, when one actor asserts or accuses it and another denies it. */
export function agreementFact(agreement: ApiAgreement, contradiction?: ApiContradiction): Fact {
  const parties = agreement.parties.map(toActor);
  const what = agreement.name ?? `a ${formatWord(agreement.agreementKind)}`;
  return {
    id: agreement.id,
    kind: "AGREEMENT",
    date: agreement.date,
    summary: `${list(parties.map((p) => p.name))}: ${what} (${formatWord(agreement.agreementStatus)})`,
    verb: formatWord(agreement.agreementKind),
    status: agreement.agreementStatus,
    detail: agreement.name,
    edges: pairs(parties),
    sources: distinct(agreement.sources),
    claims: contradiction && claimViews(contradiction),
  };
}

/** A transfer is an arrow from the supplier to the receiver; an alleged one is a claim, drawn dashed. */
export function transferFact(transfer: ApiTransfer, contradiction?: ApiContradiction): Fact {
  const from = transfer.from ? toActor(transfer.from) : null;
  const to = transfer.to ? toActor(transfer.to) : null;
  const alleged = transfer.transferStatus === "ALLEGED";
  const items = list(transfer.items.map(formatWord));
  return {
    id: transfer.id,
    kind: "TRANSFER",
    date: transfer.date,
    summary: `${from?.name ?? "Someone"} ${alleged ? "allegedly sends" : "sends"} ${items} to ${to?.name ?? "someone"}`,
    verb: alleged ? `${items}?` : items,
    status: transfer.transferStatus,
    detail: transfer.quantity ? `Quantity: ${transfer.quantity}` : null,
    edges: from && to ? [{ from, to }] : [],
    sources: distinct(transfer.sources),
    alleged,
    claims: contradiction && claimViews(contradiction),
  };
}

function claimViews(claims: ApiContradiction): Fact["claims"] {
  const view = (claim: ApiClaim): ClaimView => ({
    speaker: claim.speaker.name,
    stance: claim.stance,
    date: claim.date,
    sources: distinct(claim.sources),
  });
  return { asserted: claims.asserted.map(view), denied: claims.denied.map(view) };
}

const formatWord = (value: string) => value.toLowerCase().replace(/_/g, " ");

/**
 * Each sentence once per article: the same article (by URL) ingested twice under two ids would
 * otherwise show every sentence twice.
 */
function distinct(sources: Source[]): Source[] {
  const seen = new Set<string>();
  return sources.filter((source) => {
    const key = `${source.article.url ?? source.article.id}\n${source.sentence}`;
    return !seen.has(key) && seen.add(key);
  });
}

function meetingVerb(status: string): string {
  if (status === "PLANNED") return "are to meet";
  if (status === "ONGOING") return "are meeting";
  if (status === "CANCELLED") return "cancelled a meeting";
  return "met";
}

function pairs(actors: Actor[]): { from: Actor; to: Actor }[] {
  return actors.flatMap((from, i) => actors.slice(i + 1).map((to) => ({ from, to })));
}

function list(names: string[]): string {
  return names.length <= 1 ? (names[0] ?? "") : `${names.slice(0, -1).join(", ")} and ${names[names.length - 1]}`;
}
