import { ActorPicker } from "./actorPicker";
import { fetchNeighbours, fetchRelationship, type FactLists, type Range, type RelationshipData } from "./api";
import {
  agreementFact,
  countryOf,
  meetingFact,
  sanctionFact,
  statementFact,
  toActor,
  transferFact,
  type Actor,
  type Fact,
} from "./facts";
import { el, formatDate } from "./format";
import { GraphView } from "./graphView";
import { describe, message, overlay, panelState } from "./notices";
import { renderSources } from "./sourcesPanel";
import { fetchSeries, type SeriesBucket } from "./fetchSeries";
import { renderSeriesChart } from "./seriesChart";
import { byDate, renderTimeline } from "./timeline";
import { renderCsvDownloads, type ViewMeeting, type ViewRecord, type ViewSanction } from "./viewCsv";

/**
 * The relationship explorer: two actors and a date range in, their relationship drawn as a graph
 * beside a timeline; a fact's sources on click; a node's other facts added on click. It uses the
 * public GraphQL API only, like any other client. The query string (?a=&b=&from=&to=) holds the
 * question, so a view can be bookmarked or shared.
 */

const $ = <T extends HTMLElement>(id: string) => document.getElementById(id) as T;

const state = {
  relationship: null as RelationshipData | null,
  range: { from: null, to: null } as Range,
  facts: new Map<string, Fact>(),
  expanded: [] as Actor[],
  /** The facts as the API gave them, for saving the view as CSV. */
  records: new Map<string, ViewRecord>(),
  /** The pair's facts per month (the chart), and the month the timeline is narrowed to, if any. */
  series: [] as SeriesBucket[],
  month: null as string | null,
  /** The facts whose sources are shown: one, or the several of a bundled edge. */
  selected: [] as string[],
  pending: undefined as AbortController | undefined,
};

const graph = new GraphView($("graph"), {
  onFacts: (ids) => select(ids),
  onActor: (actor) => void expand(actor),
  onNothing: () => select([]),
});
const pickerA = new ActorPicker($<HTMLInputElement>("actor-a"), () => $("actor-b").focus());
const pickerB = new ActorPicker($<HTMLInputElement>("actor-b"), () => $("from").focus());

$("controls").addEventListener("submit", (event) => {
  event.preventDefault();
  void explore();
});
$("reset").addEventListener("click", () => void explore());
// Cytoscape measures its container once and maps clicks through that measure: tell it whenever the
// graph's box changes or moves (the summary line filling in above it, a note appearing over the panel),
// not only when the window does, or the first click after a relationship loads lands off its target.
const remeasure = new ResizeObserver(() => graph.resize());
remeasure.observe($("graph"));
remeasure.observe(document.body);

/** Asks for the relationship of the two actors in the form, with the date range. */
async function explore(): Promise<void> {
  const a = pickerA.value;
  const b = pickerB.value;
  const from = $<HTMLInputElement>("from").value.trim() || null;
  const to = $<HTMLInputElement>("to").value.trim() || null;
  if (!a || !b) return fail("Pick two countries or leaders (type a name and choose from the list).");
  const badDate = [from, to].find((d) => d !== null && !/^\d{4}(-\d{2}(-\d{2})?)?$/.test(d));
  if (badDate) return fail(`“${badDate}” is not a date; write a year, a month or a day: 2023, 2023-09 or 2023-09-13.`);
  history.replaceState(
    null,
    "",
    `?${new URLSearchParams(Object.entries({ a, b, from: from ?? "", to: to ?? "" }).filter(([, v]) => v))}`,
  );

  const signal = begin(`Loading what links ${pickerA.input.value || a} and ${pickerB.input.value || b}…`);
  try {
    // Asked side by side; a chart that cannot be drawn leaves the rest of the view as it is.
    const asked = fetchSeries(a, b, { from, to }, signal).catch((error: unknown) => error);
    const relationship = await fetchRelationship(a, b, { from, to }, signal);
    const series = await asked;
    Object.assign(state, {
      relationship,
      range: { from, to },
      facts: new Map(),
      records: new Map(),
      expanded: [],
      selected: [],
      series: Array.isArray(series) ? series : [],
      month: null,
    });
    // The fields show the names the API resolved ("RU" from a shared link reads "Russia").
    for (const [picker, side] of [
      [pickerA, relationship.a],
      [pickerB, relationship.b],
    ] as const) {
      picker.set({ kind: side.__typename, id: side.id, name: side.name, hint: "" });
    }
    merge(relationship, focusCountries());
    render();
    if (!Array.isArray(series) && !signal.aborted)
      note(describe(series, "The chart of facts per month could not be drawn"));
  } catch (error) {
    if (!signal.aborted) fail(describe(error, "The relationship could not be loaded"));
  }
}

/** Adds the facts `actor` takes part in (its neighbours) to the graph. */
async function expand(actor: Actor): Promise<void> {
  if (!state.relationship) return;
  if (state.expanded.some((e) => e.key === actor.key))
    return note(`${actor.name}'s other facts are already in the graph.`);
  const signal = begin(`Adding what ${actor.name} took part in…`, false);
  graph.loading(actor);
  try {
    const lists = await fetchNeighbours(actor.kind, actor.id, state.range, signal);
    const before = state.facts.size;
    merge(lists);
    state.expanded.push(actor);
    render();
    if (state.facts.size === before) note(`${actor.name} takes part in no other facts${rangeText()}.`);
  } catch (error) {
    if (!signal.aborted) fail(describe(error, `${actor.name}'s facts could not be loaded`));
  } finally {
    graph.loading(null);
  }
}

function select(ids: string[]): void {
  state.selected = ids;
  graph.select(ids);
  renderSide();
}

function merge(lists: FactLists, focus?: Set<string>): void {
  // The relationship's contradictions give both sides of its agreements and transfers.
  const sides = new Map((state.relationship?.contradictions ?? []).map((c) => [c.fact.id, c]));
  for (const m of lists.meetings) state.records.set(m.id, { list: "meetings", record: m as ViewMeeting });
  for (const s of lists.statements)
    if (!state.records.has(s.id)) state.records.set(s.id, { list: "statements", record: s });
  for (const s of lists.sanctions) state.records.set(s.id, { list: "sanctions", record: s as ViewSanction });
  for (const m of lists.meetings) state.facts.set(m.id, meetingFact(m));
  for (const s of lists.statements) if (!state.facts.has(s.id)) state.facts.set(s.id, statementFact(s, focus));
  for (const s of lists.sanctions) state.facts.set(s.id, sanctionFact(s));
  for (const g of lists.agreements) state.facts.set(g.id, agreementFact(g, sides.get(g.id)));
  for (const t of lists.transfers) state.facts.set(t.id, transferFact(t, sides.get(t.id)));
}

/** The countries of the two sides: statements are drawn to these when they are about them. */
function focusCountries(): Set<string> {
  const sides = [state.relationship!.a, state.relationship!.b].map(toActor);
  return new Set(sides.map(countryOf).filter((c): c is string => c !== undefined));
}

function render(): void {
  const { relationship } = state;
  if (!relationship) return;
  const facts = [...state.facts.values()];
  const a = toActor(relationship.a);
  const b = toActor(relationship.b);
  const s = relationship.summary;
  $("summary").textContent =
    `${a.name} ↔ ${b.name}: ${count(s.meetings, "meeting")}, ${count(s.statements, "statement")}, ${count(s.sanctions, "sanction")}, ` +
    `${count(s.agreements, "agreement")}, ${count(s.transfers, "transfer")} (${count(s.contradictions, "contradiction")}) ` +
    `in ${count(s.articles, "article")}` +
    (s.firstSeen ? `, ${formatDate(s.firstSeen)} – ${formatDate(s.lastSeen)}` : "") +
    (state.expanded.length ? ` · expanded: ${state.expanded.map((e) => e.name).join(", ")}` : "");
  $("reset").hidden = state.expanded.length === 0;
  message(null);
  if (facts.length === 0) {
    graph.show([], [a, b]);
    overlay(
      "empty",
      `Nothing links ${a.name} and ${b.name} in the articles read so far${rangeText()}. Try a wider date range, or other names.`,
    );
  } else {
    graph.show(facts, [a, b]);
    overlay("ready", "");
  }
  graph.select(state.selected);
  renderSide();
}

function renderSide(): void {
  const { month } = state;
  const all = [...state.facts.values()];
  const facts = month ? all.filter((fact) => fact.date?.startsWith(month)) : all;
  const selected = state.selected.map((id) => state.facts.get(id)).filter((f): f is Fact => f !== undefined);
  renderSources(
    $("sources"),
    selected,
    (id) => select([id]),
    () => select([]),
  );
  renderSeriesChart($("series-chart"), state.series, month, (chosen) => {
    state.month = chosen;
    renderSide();
  });
  renderMonthFilter(facts.length, all.length);
  if (facts.length > 0) renderTimeline($("timeline"), facts, state.selected, (id) => select([id]));
  else if (month)
    $("timeline").replaceChildren(el("p", "timeline-empty", `None of the facts loaded is of ${formatDate(month)}.`));
  else if (state.relationship) $("timeline").replaceChildren(el("p", "timeline-empty", `No facts${rangeText()}.`));
  const shown = [...facts].sort(byDate).flatMap((fact) => state.records.get(fact.id) ?? []);
  const pair = state.relationship ? `${state.relationship.a.id}-${state.relationship.b.id}` : "newsgraph";
  renderCsvDownloads($("csv-downloads"), shown, month ? `${pair}-${month}` : pair);
}

/** The line that says the timeline shows one month only, with a way back to all. */
function renderMonthFilter(shown: number, all: number): void {
  const line = $("month-filter");
  line.hidden = state.month === null;
  if (state.month === null) return void line.replaceChildren();
  const clear = el("button", "link-button", "show all");
  clear.type = "button";
  clear.addEventListener("click", () => {
    state.month = null;
    renderSide();
  });
  line.replaceChildren(`${formatDate(state.month)} only: ${shown} of ${count(all, "fact")} · `, clear);
}

/** Starts a request (cancelling the one before) and shows that it is on its way. */
function begin(text: string, blocking = true): AbortSignal {
  state.pending?.abort();
  state.pending = new AbortController();
  message(null);
  if (blocking) overlay("loading", text);
  else note(text);
  return state.pending.signal;
}

/** Shows what went wrong above the graph; a graph already drawn stays. */
function fail(text: string): void {
  message(text, "error");
  if (!state.relationship) overlay("error", "The graph appears here once the question above can be answered.");
  else if (panelState() === "loading")
    overlay(state.facts.size ? "ready" : "empty", state.facts.size ? "" : "Nothing to show.");
}

const note = (text: string) => message(text, "note");

const count = (n: number, noun: string) => `${n} ${noun}${n === 1 ? "" : "s"}`;
const rangeText = () =>
  state.range.from || state.range.to
    ? ` between ${state.range.from ? formatDate(state.range.from) : "the start"} and ${state.range.to ? formatDate(state.range.to) : "now"}`
    : "";

/** Start: the question in the URL, if any; else a prompt. */
function start(): void {
  const params = new URLSearchParams(location.search);
  for (const [picker, key] of [
    [pickerA, "a"],
    [pickerB, "b"],
  ] as const)
    picker.set(null, params.get(key) ?? "");
  renderSide();
  $<HTMLInputElement>("from").value = params.get("from") ?? "";
  $<HTMLInputElement>("to").value = params.get("to") ?? "";
  if (params.get("a") && params.get("b")) return void explore();
  overlay(
    "idle",
    "Pick two countries or leaders above — for example Russia and North Korea — to see the meetings, statements and sanctions that link them, and the articles that report each one.",
  );
  $("actor-a").focus();
}

void fetch("/playground", { method: "HEAD" }).then(
  (response) => ($("playground-link").hidden = !response.ok),
  () => undefined,
);
start();
