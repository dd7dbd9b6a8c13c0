import type { SeriesBucket } from "./fetchSeries";
import { factKinds, type FactKind } from "./facts";
import { formatDate } from "./format";

/** The series' counts, bottom to top, with the kind whose colour each is drawn in. */
const stacked: Array<[Exclude<keyof SeriesBucket, "bucket">, FactKind]> = [
  ["meetings", "MEETING"],
  ["statements", "STATEMENT"],
  ["sanctions", "SANCTION"],
  ["agreements", "AGREEMENT"],
  ["transfers", "TRANSFER"],
];

const svgNs = "http://www.w3.org/2000/svg";
const height = 60;
const barWidth = 10;
const gap = 2;

function svg<K extends keyof SVGElementTagNameMap>(tag: K, attributes: Record<string, string | number>) {
  const element = document.createElementNS(svgNs, tag);
  for (const [name, value] of Object.entries(attributes)) element.setAttribute(name, String(value));
  return element;
}

/** "Sep 2023: 2 meetings, 5 statements" — what a bar holds, for its tooltip and screen readers. */
export function describeBucket(bucket: SeriesBucket): string {
  const parts = stacked.filter(([count]) => bucket[count] > 0).map(([count]) => `${bucket[count]} ${count}`);
  return `${formatDate(bucket.bucket)}: ${parts.length ? parts.join(", ") : "nothing"}`;
}

/**
 * A bar per month, its facts stacked by kind in the timeline's colours, drawn in SVG (the chart is
 * too small to need a library). A month with facts is a toggle: clicking it (or Enter on it) asks
 * `onMonth` to filter the timeline to it, clicking the chosen one again to clear the filter. The
 * bars stretch to the box; months without facts are drawn as a baseline tick only.
 */
export function renderSeriesChart(
  container: HTMLElement,
  buckets: SeriesBucket[],
  selected: string | null,
  onMonth: (month: string | null) => void,
): void {
  const total = (b: SeriesBucket) => stacked.reduce((sum, [count]) => sum + b[count], 0);
  const highest = Math.max(0, ...buckets.map(total));
  container.hidden = highest === 0;
  if (highest === 0) return void container.replaceChildren();
  const width = buckets.length * (barWidth + gap);
  const chart = svg("svg", {
    viewBox: `0 0 ${width} ${height}`,
    preserveAspectRatio: "none",
    class: "series-bars",
    role: "group",
    "aria-label": "Facts per month; choose a month to show only its facts in the timeline",
  });
  buckets.forEach((bucket, i) => {
    const x = i * (barWidth + gap);
    const column = svg("g", { class: "series-month", "data-bucket": bucket.bucket });
    const title = svg("title", {});
    title.textContent = describeBucket(bucket);
    column.append(title);
    if (total(bucket) === 0) {
      column.append(svg("rect", { x, y: height - 1, width: barWidth, height: 1, class: "series-empty" }));
      return void chart.append(column);
    }
    // A transparent full-height target, so that a month with one fact is as easy to click as the highest.
    column.append(svg("rect", { x, y: 0, width: barWidth + gap, height, class: "series-target" }));
    let top = height;
    for (const [count, kind] of stacked) {
      if (bucket[count] === 0) continue;
      const h = (bucket[count] / highest) * height;
      top -= h;
      column.append(
        svg("rect", { x, y: top, width: barWidth, height: h, fill: factKinds[kind].colour, "data-kind": count }),
      );
    }
    const pressed = bucket.bucket === selected;
    column.setAttribute("role", "button");
    column.setAttribute("tabindex", "0");
    column.setAttribute("aria-pressed", String(pressed));
    column.setAttribute("aria-label", describeBucket(bucket));
    const toggle = () => onMonth(pressed ? null : bucket.bucket);
    column.addEventListener("click", toggle);
    column.addEventListener("keydown", (event) => {
      if (event.key === "Enter" || event.key === " ") {
        event.preventDefault();
        toggle();
      }
    });
    chart.append(column);
  });
  const axis = document.createElement("div");
  axis.className = "series-axis";
  const first = document.createElement("span");
  first.textContent = formatDate(buckets[0].bucket);
  const last = document.createElement("span");
  last.textContent = formatDate(buckets[buckets.length - 1].bucket);
  axis.append(first, last);
  container.replaceChildren(chart, axis);
}
