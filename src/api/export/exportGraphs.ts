import { findConnections, maxHopsLimit } from "../../graph/connections";
import type { Database } from "../../graph/database";
import { dateRange } from "../../graph/dateRange";
import { findMeetingLinks, findSanctionLinks, findStatementLinks } from "../../graph/factLinks";
import { maxPageSize, pageParams } from "../../graph/page";
import type { ActorRecord, FactRecord } from "../../graph/records";
import { findRelationship } from "../../graph/relationship";
import { BadInputError } from "../../errors";
import { anyActor, requireActors, type ActorNameLoaders } from "../names/resolveActors";
import type { ParamSpec } from "./exportParams";
import type { Attributes, GraphmlGraph } from "./graphml";

/** The graphs that can be exported as GraphML (GET /export/<name>.graphml). */
export interface ExportGraph {
  params: Record<string, ParamSpec>;
  build(db: Database, params: Record<string, string | null>, loaders: ActorNameLoaders): Promise<GraphmlGraph>;
}

const text: ParamSpec = { kind: "text" };

function required(params: Record<string, string | null>, name: string): string {
  const value = params[name];
  if (value === null || value === "") throw new BadInputError(`The parameter ${JSON.stringify(name)} is required.`);
  return value;
}

/** A whole number from the query string, or the default when absent. */
function wholeNumber(params: Record<string, string | null>, name: string, fallback: number): number {
  const value = params[name];
  if (value === null) return fallback;
  if (!/^\d{1,6}$/.test(value)) throw new BadInputError(`${name} must be a whole number; "${value}" is not.`);
  return Number(value);
}

const actorAttributes = (actor: ActorRecord): Attributes => ({
  label: actor.name,
  type: "actor",
  kind: actor.kind,
  country: actor.kind === "Person" ? actor.country : null,
});

const factAttributes = (fact: FactRecord): Attributes => ({
  kind: fact.kind,
  date: fact.kind === "Sanction" ? fact.firstReported : fact.date,
  status: fact.kind === "Statement" ? null : fact.status,
  stance: fact.kind === "Statement" ? fact.stance : null,
});

/** connections.graphml?from=…&to=…[&maxHops=…]: the actors of the paths as nodes, each hop an edge carrying its fact. */
const connections: ExportGraph = {
  params: { from: text, to: text, maxHops: text },
  async build(db, params, loaders) {
    const maxHops = wholeNumber(params, "maxHops", 3);
    if (maxHops < 1 || maxHops > maxHopsLimit)
      throw new BadInputError(`maxHops must be from 1 to ${maxHopsLimit}; ${maxHops} is not.`);
    const [start, end] = await requireActors(loaders, [
      { name: required(params, "from"), kinds: anyActor },
      { name: required(params, "to"), kinds: anyActor },
    ]);
    const paths = await findConnections(db, start.id, end.id, maxHops);
    const nodes = new Map<string, ActorRecord>([
      [start.id, start],
      [end.id, end],
    ]);
    const edges = new Map<string, GraphmlGraph["edges"][number]>();
    for (const hop of paths.flat()) {
      nodes.set(hop.from.id, hop.from);
      nodes.set(hop.to.id, hop.to);
      // Two paths may share a hop: one edge for it.
      edges.set(`${hop.from.id}|${hop.to.id}|${hop.fact.id}`, {
        source: hop.from.id,
        target: hop.to.id,
        attributes: { label: hop.fact.kind, fact: hop.fact.id, ...factAttributes(hop.fact) },
      });
    }
    return {
      nodes: [...nodes.values()].map((actor) => ({ id: actor.id, attributes: actorAttributes(actor) })),
      edges: [...edges.values()],
    };
  },
};

/**
 * relationship.graphml?a=…&b=…[&from=…&to=…&first=…]: what `relationship` lists, as a two-mode
 * graph — actors and facts are nodes, and each edge says what the actor did in the fact
 * (attended, held_in, made, about, imposed, targets, targets_country). Up to `first` (at most
 * 100, the default) of each kind of fact, the latest.
 */
const relationship: ExportGraph = {
  params: { a: text, b: text, from: text, to: text, first: text },
  async build(db, params, loaders) {
    const range = dateRange(params);
    const first = pageParams({ first: wholeNumber(params, "first", maxPageSize) }).first;
    const [a, b] = await requireActors(loaders, [
      { name: required(params, "a"), kinds: anyActor },
      { name: required(params, "b"), kinds: anyActor },
    ]);
    if (a.id === b.id)
      throw new BadInputError(
        `a ("${params.a}") and b ("${params.b}") are the same ${a.kind.toLowerCase()}, ${a.name}.`,
      );
    const facts = await findRelationship(db, a.id, b.id, range, first);
    const ids = (items: FactRecord[]) => items.map((fact) => fact.id);
    const [meetingLinks, statementLinks, sanctionLinks] = await Promise.all([
      findMeetingLinks(db, ids(facts.meetings)),
      findStatementLinks(db, ids(facts.statements)),
      findSanctionLinks(db, ids(facts.sanctions)),
    ]);
    const actors = new Map<string, ActorRecord>([
      [a.id, a],
      [b.id, b],
    ]);
    const edges: GraphmlGraph["edges"] = [];
    const tie = (actor: ActorRecord | null, fact: FactRecord, role: string, outward = true) => {
      if (!actor) return;
      actors.set(actor.id, actor);
      const [source, target] = outward ? [actor.id, fact.id] : [fact.id, actor.id];
      edges.push({ source, target, attributes: { label: role, role } });
    };
    facts.meetings.forEach((meeting, i) => {
      for (const actor of meetingLinks[i].participants) tie(actor, meeting, "attended");
      tie(meetingLinks[i].location, meeting, "held_in", false);
    });
    facts.statements.forEach((statement, i) => {
      const links = statementLinks[i];
      tie(
        present(() => links.speaker),
        statement,
        "made",
      );
      for (const actor of links.about) tie(actor, statement, "about", false);
    });
    facts.sanctions.forEach((sanction, i) => {
      const links = sanctionLinks[i];
      tie(links.imposer, sanction, "imposed");
      tie(
        present(() => links.target),
        sanction,
        "targets",
        false,
      );
      for (const country of links.targetCountries) tie(country, sanction, "targets_country", false);
    });
    const factNodes = [...facts.meetings, ...facts.statements, ...facts.sanctions].map((fact) => ({
      id: fact.id,
      attributes: { label: factLabel(fact), type: "fact", ...factAttributes(fact) },
    }));
    return {
      nodes: [
        ...[...actors.values()].map((actor) => ({ id: actor.id, attributes: actorAttributes(actor) })),
        ...factNodes,
      ],
      edges,
    };
  },
};

/** "Meeting 2023-09-13", "Statement (deny) 2023-10-17", "Sanction 2024-02-23": what a node shows. */
function factLabel(fact: FactRecord): string {
  const date = fact.kind === "Sanction" ? fact.firstReported : fact.date;
  const kind = fact.kind === "Statement" ? `Statement (${fact.stance})` : fact.kind;
  return date ? `${kind} ${date}` : kind;
}

/** A link a concurrent delete took away reads as absent (factLinks.ts throws TRY_AGAIN on it). */
function present<T>(read: () => T | null): T | null {
  try {
    return read();
  } catch {
    return null;
  }
}

export const exportGraphs: Record<string, ExportGraph> = { connections, relationship };
