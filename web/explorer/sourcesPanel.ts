import { factKinds, type ClaimView, type Fact } from "./facts";
import { el, formatDate, formatStatus } from "./format";

/**
 * The chosen fact with every sentence that reports it and the article each comes from; for an
 * edge that bundles several facts, the list of them to choose from.
 */
export function renderSources(
  container: HTMLElement,
  facts: Fact[],
  onPick: (id: string) => void,
  onClose: () => void,
): void {
  if (facts.length === 0) {
    container.replaceChildren(
      el(
        "p",
        "sources-hint",
        "Click a line in the graph or an entry in the timeline to read the sentences that report it.",
      ),
    );
  } else if (facts.length === 1) {
    container.replaceChildren(...factView(facts[0], onClose));
  } else {
    container.replaceChildren(...bundleView(facts, onPick, onClose));
  }
}

function factView(fact: Fact, onClose: () => void): HTMLElement[] {
  const parts: HTMLElement[] = [
    header(fact, fact.summary, onClose),
    el("p", "sources-meta", `${formatDate(fact.date)} · ${formatStatus(fact.status)}`),
  ];
  if (fact.detail) parts.push(el("p", "sources-detail", fact.detail));
  if (fact.claims && fact.claims.asserted.length + fact.claims.denied.length > 0) parts.push(claimsView(fact.claims));
  parts.push(el("h3", "sources-count", `Reported in ${count(fact.sources.length, "article")}`));
  const list = el("ol", "sources-list");
  for (const source of fact.sources) {
    const item = el("li", "source");
    const title = source.article.title ?? source.article.id;
    const cite = el("p", "source-article");
    if (source.article.url) {
      const link = el("a", "source-link", title);
      link.href = source.article.url;
      link.target = "_blank";
      link.rel = "noopener noreferrer";
      cite.append(link);
    } else {
      cite.append(el("span", "source-link", title));
    }
    cite.append(
      el(
        "span",
        "source-outlet",
        [source.article.source, formatDate(source.article.publishedAt)].filter(Boolean).join(" · "),
      ),
    );
    item.append(el("blockquote", "source-sentence", source.sentence), cite);
    list.append(item);
  }
  parts.push(list);
  return parts;
}

/**
 * Who says it and who denies it, side by side: an accusation and the denial that answers it read
 * at one glance (a contradiction when both columns hold something).
 */
function claimsView(claims: NonNullable<Fact["claims"]>): HTMLElement {
  const contradicted = claims.asserted.length > 0 && claims.denied.length > 0;
  const box = el("section", contradicted ? "claims contradiction" : "claims");
  if (contradicted) box.append(el("h3", "claims-title", "Contradiction: asserted and denied"));
  const column = (title: string, side: ClaimView[], className: string) => {
    const part = el("div", `claims-side ${className}`);
    part.append(el("h4", "claims-side-title", `${title} (${side.length})`));
    for (const claim of side) {
      const item = el("div", "claim");
      item.append(el("p", "claim-who", `${claim.speaker} · ${formatStatus(claim.stance)} · ${formatDate(claim.date)}`));
      for (const source of claim.sources)
        item.append(
          el("blockquote", "claim-sentence", source.sentence),
          el(
            "p",
            "claim-source",
            [source.article.title ?? source.article.id, source.article.source].filter(Boolean).join(" · "),
          ),
        );
      part.append(item);
    }
    return part;
  };
  box.append(
    column("Asserted or accused", claims.asserted, "claims-asserted"),
    column("Denied", claims.denied, "claims-denied"),
  );
  return box;
}

function bundleView(facts: Fact[], onPick: (id: string) => void, onClose: () => void): HTMLElement[] {
  const first = facts[0];
  const title = `${count(facts.length, factKinds[first.kind].label.toLowerCase())} on this line`;
  const list = el("ol", "bundle-list");
  for (const fact of facts) {
    const button = el("button", "bundle-entry");
    button.type = "button";
    button.append(
      el("span", "timeline-date", formatDate(fact.date)),
      el("span", "bundle-summary", fact.summary),
      el("span", "timeline-meta", count(fact.sources.length, "source")),
    );
    button.addEventListener("click", () => onPick(fact.id));
    const item = el("li", "");
    item.append(button);
    list.append(item);
  }
  return [header(first, title, onClose), el("p", "sources-meta", "Choose one to read its sources."), list];
}

function header(fact: Fact, title: string, onClose: () => void): HTMLElement {
  const box = el("header", "sources-header");
  const kind = el("span", "kind-badge", factKinds[fact.kind].label);
  kind.style.setProperty("--kind-colour", factKinds[fact.kind].colour);
  const close = el("button", "sources-close", "×");
  close.type = "button";
  close.title = "Close";
  close.setAttribute("aria-label", "Close the sources");
  close.addEventListener("click", onClose);
  box.append(kind, el("h2", "sources-title", title), close);
  return box;
}

const count = (n: number, noun: string) => `${n} ${noun}${n === 1 ? "" : "s"}`;
