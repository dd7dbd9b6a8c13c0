import { exportColumns } from "../../src/api/export/exportColumns";
import { csvLine, type Value } from "../../src/api/export/textFormats";
import type { ApiMeeting, ApiSanction, ApiStatement } from "./facts";

/** The fields the CSV needs beyond what the graph and timeline draw (api.ts asks for them). */
export type ViewMeeting = ApiMeeting & { datePrecision: string | null; location: { id: string; name: string } | null };
export type ViewSanction = ApiSanction & { targetCountries: { id: string }[] };

/** A fact of the view as the API gave it, under the name of the export that has its columns. */
export type ViewRecord =
  | { list: "meetings"; record: ViewMeeting }
  | { list: "statements"; record: ApiStatement }
  | { list: "sanctions"; record: ViewSanction };

export type CsvList = ViewRecord["list"];

/** The API's enum names are the stored values upper-cased (IN_FORCE, in_force): the export writes the stored ones. */
const stored = (value: string | null) => value?.toLowerCase() ?? null;
const ids = (actors: ReadonlyArray<{ id: string }>) => actors.map((actor) => actor.id);

function row(view: ViewRecord): Value[] {
  switch (view.list) {
    case "meetings": {
      const m = view.record;
      return [
        m.id,
        m.date,
        stored(m.datePrecision),
        stored(m.status),
        m.city,
        m.location?.id ?? null,
        ids(m.participants),
      ];
    }
    case "statements": {
      const s = view.record;
      return [s.id, s.date, stored(s.stance), s.speaker.id, s.speaker.name, ids(s.about), s.quote, s.text];
    }
    case "sanctions": {
      const s = view.record;
      return [
        s.id,
        s.firstReported,
        stored(s.status),
        s.imposer?.id ?? null,
        s.target.id,
        ids(s.targetCountries),
        s.reason,
      ];
    }
  }
}

/**
 * The view's facts of one list as the CSV that GET /export/<list>.csv writes: the same header and
 * columns, the same cell format (textFormats.ts), so a file saved here and one exported by a
 * script load alike. Rows come in the order given (the timeline's).
 */
export function viewCsv(list: CsvList, records: ViewRecord[]): string {
  const rows = records.filter((view) => view.list === list).map((view) => csvLine(row(view)));
  return csvLine(exportColumns[list]) + rows.join("");
}

/**
 * One button per list the view holds ("statements.csv (12)"): each saves those facts as a file,
 * made in the page (nothing is fetched), named after the pair and the month chosen.
 */
export function renderCsvDownloads(container: HTMLElement, records: ViewRecord[], fileStem: string): void {
  const lists = (["meetings", "statements", "sanctions"] as const)
    .map((list) => ({ list, count: records.filter((view) => view.list === list).length }))
    .filter(({ count }) => count > 0);
  container.hidden = lists.length === 0;
  const buttons = lists.map(({ list, count }) => {
    const button = document.createElement("button");
    button.type = "button";
    button.className = "link-button csv-download";
    button.dataset.list = list;
    button.textContent = `${list}.csv (${count})`;
    button.title = `Save the ${count} ${list} shown as CSV (the columns of /export/${list}.csv)`;
    button.addEventListener("click", () => save(`${fileStem}-${list}.csv`, viewCsv(list, records)));
    return button;
  });
  const label = document.createElement("span");
  label.className = "csv-label";
  label.textContent = "Download:";
  container.replaceChildren(label, ...buttons);
}

function save(name: string, text: string): void {
  const url = URL.createObjectURL(new Blob([text], { type: "text/csv;charset=utf-8" }));
  const link = document.createElement("a");
  link.href = url;
  link.download = name;
  link.click();
  // The download has its own copy once the click has been handled.
  setTimeout(() => URL.revokeObjectURL(url), 0);
}
