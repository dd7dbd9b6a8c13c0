import { factKinds, type Fact } from "./facts";
import { el, formatDate, formatStatus } from "./format";

/** The timeline's order: by date, undated last, then by kind. */
export const byDate = (x: Fact, y: Fact) =>
  (x.date ?? "9999").localeCompare(y.date ?? "9999") || x.kind.localeCompare(y.kind);

/** The facts in date order (undated last), each a button that shows its sources. */
export function renderTimeline(
  container: HTMLElement,
  facts: Fact[],
  selected: string[],
  onFact: (id: string) => void,
): void {
  const ordered = [...facts].sort(byDate);
  const list = el("ol", "timeline-list");
  for (const fact of ordered) {
    const item = el("li", "timeline-item");
    const button = el("button", "timeline-entry");
    button.type = "button";
    button.dataset.factId = fact.id;
    button.setAttribute("aria-pressed", String(selected.includes(fact.id)));
    const kind = el("span", "kind-badge", factKinds[fact.kind].label);
    kind.style.setProperty("--kind-colour", factKinds[fact.kind].colour);
    button.append(
      el("span", "timeline-date", formatDate(fact.date)),
      kind,
      el("span", "timeline-summary", fact.summary),
      el(
        "span",
        "timeline-meta",
        `${formatStatus(fact.status)} · ${fact.sources.length} ${fact.sources.length === 1 ? "source" : "sources"}`,
      ),
    );
    button.addEventListener("click", () => onFact(fact.id));
    item.append(button);
    list.append(item);
  }
  container.replaceChildren(list);
  container.querySelector<HTMLElement>('[aria-pressed="true"]')?.scrollIntoView({ block: "nearest" });
}
