import cytoscape, { type Core, type ElementDefinition } from "cytoscape";
import type { Actor, Fact } from "./facts";
import { graphStyle } from "./graphStyle";
import { sidesLayout } from "./sidesLayout";

export interface GraphHandlers {
  /** An edge was clicked: show its facts (one, or several alike between the same two actors). */
  onFacts(factIds: string[]): void;
  /** A node was clicked: add that actor's neighbours. */
  onActor(actor: Actor): void;
  /** The background was clicked. */
  onNothing(): void;
}

/**
 * The relationship as a cytoscape graph. Leaders sit inside their country's box, so that
 * "Putin met Kim" and "Russia's people met North Korea's" read at one glance. Facts of one kind
 * and verb between the same two actors share one edge ("met ×12"): a dozen parallel lines would
 * hide everything else.
 */
export class GraphView {
  readonly cy: Core;
  /** The actor to expand for each node id (a box stands for its country). */
  private targets = new Map<string, Actor>();

  constructor(container: HTMLElement, handlers: GraphHandlers) {
    this.cy = cytoscape({ container, style: graphStyle, minZoom: 0.3, maxZoom: 1.6, boxSelectionEnabled: false });
    // One handler on the core: a tap on a leader would otherwise also reach its country's box.
    this.cy.on("tap", (event) => {
      const target = event.target;
      if (target === this.cy) return handlers.onNothing();
      if (target.isEdge()) return handlers.onFacts(target.data("factIds"));
      const actor = this.targets.get(target.id());
      if (actor) handlers.onActor(actor);
    });
    // For tests and the browser console: the graph as data.
    (window as unknown as { newsgraphGraph: Core }).newsgraphGraph = this.cy;
  }

  /** Draws `facts` (replacing what was there); `focus` are the two actors being compared. */
  show(facts: Fact[], focus: Actor[]): void {
    const edges = bundle(facts);
    const degree = new Map<string, number>();
    for (const edge of edges)
      for (const end of [edge.data.source!, edge.data.target!])
        degree.set(end, (degree.get(end) ?? 0) + edge.data.factIds.length);

    // Actors: the two sides and everyone at either end of a fact.
    const actors = new Map<string, Actor>();
    for (const actor of [...focus, ...facts.flatMap((f) => f.edges.flatMap((e) => [e.from, e.to]))])
      actors.set(actor.key, actor);
    // A country whose people are in the graph is a box around them; the country itself (the
    // state, as in "Moscow denied") is a node in the box only when a fact links it.
    const boxes = new Map<string, string>();
    for (const actor of actors.values())
      if (actor.kind === "Leader" && actor.country) boxes.set(`Box:${actor.country.id}`, actor.country.name);
    // A side is marked on its box when it has one (the API's side is the state with its people).
    const focusKeys = new Set(focus.map((a) => boxOf(a, boxes)));
    const shown = [...actors.values()].filter(
      (a) => a.kind !== "Country" || !boxes.has(`Box:${a.id}`) || degree.has(a.key),
    );
    this.targets = new Map(
      [...actors.values()].map((a) => [a.kind === "Country" && boxes.has(`Box:${a.id}`) ? `Box:${a.id}` : a.key, a]),
    );
    for (const a of shown) this.targets.set(a.key, a);
    for (const [id, name] of boxes)
      if (!this.targets.has(id))
        this.targets.set(id, { key: `Country:${id.slice(4)}`, id: id.slice(4), name, kind: "Country" });

    const nodes: ElementDefinition[] = [
      ...[...boxes].map(([id, name]) => ({
        group: "nodes" as const,
        data: { id, label: name, kind: "Box", focus: focusKeys.has(id) },
      })),
      ...shown.map((a) => ({
        group: "nodes" as const,
        data: {
          id: a.key,
          label: a.kind === "Country" && boxes.has(`Box:${a.id}`) ? "the state" : a.name,
          kind: a.kind,
          parent: inBox(a, boxes),
          focus: focusKeys.has(a.key),
        },
      })),
    ];
    const leaves = shown.map((a) => ({ key: a.key, cluster: inBox(a, boxes) ?? a.key, name: a.name }));
    const positions = sidesLayout(
      leaves,
      boxOf(focus[0], boxes),
      boxOf(focus[1], boxes),
      (key) => degree.get(key) ?? 0,
    );
    // A sanction without a known imposer is a loop on its target: turn it outwards, off the box label.
    for (const edge of edges.filter((e) => e.data.source === e.data.target)) {
      const x = positions.get(edge.data.source!)?.x ?? 0;
      edge.classes = x < 0 ? "loop-left" : x > 0 ? "loop-right" : "loop-up";
    }

    // Nodes that were there move from where they were (animated) to their new place.
    const grows = this.cy.nodes().length > 0;
    const previous = new Map(this.cy.nodes().map((n) => [n.id(), { ...n.position() }]));
    this.cy.batch(() => {
      this.cy.elements().remove();
      this.cy.add([
        ...nodes.map((n) => ({ ...n, position: previous.get(n.data.id!) ?? positions.get(n.data.id!) })),
        ...edges,
      ]);
    });
    this.cy
      .layout({
        name: "preset",
        positions: Object.fromEntries(positions),
        fit: true,
        padding: 36,
        animate: grows,
        animationDuration: 300,
      })
      .run();
  }

  /** Highlights the edges that carry these facts (none: clears) and dims the rest. */
  select(factIds: string[]): void {
    const wanted = new Set(factIds);
    this.cy.batch(() => {
      this.cy.elements().unselect().removeClass("dimmed");
      if (wanted.size === 0) return;
      const chosen = this.cy.edges().filter((e) => (e.data("factIds") as string[]).some((id) => wanted.has(id)));
      chosen.select();
      this.cy.edges().difference(chosen).addClass("dimmed");
    });
  }

  /** Marks the node whose neighbours are being fetched. */
  loading(actor: Actor | null): void {
    this.cy.nodes().data("loading", false);
    if (actor) this.cy.getElementById(actor.key).data("loading", true);
  }

  resize(): void {
    this.cy.resize();
    this.cy.fit(undefined, 36);
  }
}

/** The box an actor sits in: its own country's (a state), or its leader's country's. */
function inBox(actor: Actor, boxes: Map<string, string>): string | undefined {
  const box =
    actor.kind === "Country"
      ? `Box:${actor.id}`
      : actor.kind === "Leader" && actor.country
        ? `Box:${actor.country.id}`
        : undefined;
  return box && boxes.has(box) ? box : undefined;
}

/** What stands for a side in the picture: its box when it has one, else its node. */
const boxOf = (actor: Actor | undefined, boxes: Map<string, string>) =>
  actor ? (inBox(actor, boxes) ?? actor.key) : undefined;

/** One edge per kind, verb and pair of actors (a meeting's pair in either order), oldest fact first. */
function bundle(facts: Fact[]): ElementDefinition[] {
  const bundles = new Map<string, { fact: Fact; from: string; to: string; factIds: string[] }>();
  for (const fact of [...facts].sort((x, y) => (x.date ?? "9999").localeCompare(y.date ?? "9999"))) {
    for (const edge of fact.edges) {
      const [from, to] = fact.kind === "MEETING" ? [edge.from.key, edge.to.key].sort() : [edge.from.key, edge.to.key];
      const key = [fact.kind, fact.verb, from, to].join("|");
      const existing = bundles.get(key);
      if (existing) existing.factIds.push(fact.id);
      else bundles.set(key, { fact, from, to, factIds: [fact.id] });
    }
  }
  return [...bundles.entries()].map(([key, { fact, from, to, factIds }]) => ({
    group: "edges",
    data: {
      id: key,
      kind: fact.kind,
      source: from,
      target: to,
      factIds,
      label: factIds.length > 1 ? `${fact.verb} ×${factIds.length}` : fact.verb,
      // The verb tells alleged from confirmed, so a bundle is all one or the other.
      alleged: fact.alleged ?? false,
      weight: Math.min(factIds.length, 6),
    },
  }));
}
