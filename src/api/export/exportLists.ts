import { findArticles } from "../../graph/articles";
import type { Database } from "../../graph/database";
import { findMeetingLinks, findSanctionLinks } from "../../graph/factLinks";
import { findMeetings } from "../../graph/meetings";
import { decodeCursor, maxPageSize, type Page, type PageParams } from "../../graph/page";
import type { ArticleRecord, MeetingRecord, SanctionRecord } from "../../graph/records";
import { exportStatements } from "../../graph/exportStatements";
import { findSanctions } from "../../graph/sanctions";
import { articleFilterOf } from "../article/article.filter";
import { MeetingStatus, SanctionStatus, Stance } from "../fact/fact.enums";
import { meetingFilterOf } from "../meeting/meeting.filter";
import type { ActorNameLoaders } from "../names/resolveActors";
import { sanctionFilterOf } from "../sanction/sanction.filter";
import { statementFilterOf } from "../statement/statement.filter";
import { exportColumns } from "./exportColumns";
import type { ParamSpec } from "./exportParams";
import type { Value } from "./textFormats";

/**
 * The lists that can be exported (GET /export/<name>.csv|.ndjson): the GraphQL list's filters as
 * query parameters, its columns, and its rows, in the list's order. Statements, the longest list,
 * stream from one query (exportStatements.cypher, the list's conditions) as fast as the client
 * reads; the others are read the way the list reads its pages — the same Cypher, a keyset page of
 * 100 at a time — so an export holds exactly what walking the list holds. Either way the server
 * keeps a batch in memory whatever the size.
 */
export interface ExportList {
  params: Record<string, ParamSpec>;
  columns: readonly string[];
  /** The filters checked and resolved (BAD_USER_INPUT before anything is sent), then the rows, a page at a time. */
  open(
    db: Database,
    params: Record<string, string | null>,
    loaders: ActorNameLoaders,
  ): Promise<AsyncIterable<Value[][]>>;
}

const text: ParamSpec = { kind: "text" };
const oneOf = (values: Record<string, string>): ParamSpec => ({ kind: "enum", values });
const ids = (items: ReadonlyArray<{ id: string }>) => items.map((item) => item.id);

/** The keyset pages of a list from the start, each converted to rows. */
async function* pagesOf<R extends { id: string }>(
  read: (page: PageParams) => Promise<Page<R>>,
  rows: (records: R[]) => Promise<Value[][]>,
): AsyncIterable<Value[][]> {
  let after: PageParams["after"] = null;
  for (;;) {
    const page = await read({ first: maxPageSize, after });
    if (page.nodes.length > 0) yield await rows(page.nodes);
    if (!page.hasNextPage) return;
    after = decodeCursor(page.cursors[page.cursors.length - 1]);
  }
}

/**
 * A streamed answer's items as rows, a batch at a time: one write to the client per batch rather
 * than per row.
 */
async function* inBatches<T>(items: AsyncIterable<T>, row: (item: T) => Value[]): AsyncIterable<Value[][]> {
  let batch: Value[][] = [];
  for await (const item of items) {
    batch.push(row(item));
    if (batch.length === streamBatch) {
      yield batch;
      batch = [];
    }
  }
  if (batch.length > 0) yield batch;
}

const streamBatch = 500;

/**
 * A link that a concurrent delete took away after the page was read throws TRY_AGAIN when read
 * (factLinks.ts); an export already streaming writes the row without it rather than stop.
 */
function unlessVanished<T>(read: () => T): T | null {
  try {
    return read();
  } catch {
    return null;
  }
}

const meetings: ExportList = {
  params: {
    country: text,
    person: text,
    location: text,
    status: oneOf(MeetingStatus),
    from: text,
    to: text,
    language: text,
    source: text,
  },
  columns: exportColumns.meetings,
  async open(db, params, loaders) {
    const filter = await meetingFilterOf(params, loaders);
    return pagesOf(
      async (page) => (await findMeetings(db, [{ filter, page }]))[0],
      async (records: MeetingRecord[]) => {
        const links = await findMeetingLinks(db, ids(records));
        return records.map((m, i) => [
          m.id,
          m.date,
          m.datePrecision,
          m.status,
          m.city,
          links[i].location?.id ?? null,
          ids(links[i].participants),
        ]);
      },
    );
  },
};

const statements: ExportList = {
  params: {
    country: text,
    speaker: text,
    about: text,
    stance: oneOf(Stance),
    from: text,
    to: text,
    language: text,
    source: text,
  },
  columns: exportColumns.statements,
  async open(db, params, loaders) {
    const filter = await statementFilterOf(params, loaders);
    return inBatches(exportStatements(db, filter), ({ statement: s, speaker, about }) => [
      s.id,
      s.date,
      s.stance,
      speaker?.id ?? null,
      speaker?.name ?? null,
      about,
      s.quote,
      s.text,
    ]);
  },
};

const sanctions: ExportList = {
  params: {
    country: text,
    imposer: text,
    target: text,
    status: oneOf(SanctionStatus),
    from: text,
    to: text,
    language: text,
    source: text,
  },
  columns: exportColumns.sanctions,
  async open(db, params, loaders) {
    const filter = await sanctionFilterOf(params, loaders);
    return pagesOf(
      (page) => findSanctions(db, filter, page),
      async (records: SanctionRecord[]) => {
        const links = await findSanctionLinks(db, ids(records));
        return records.map((s, i) => [
          s.id,
          s.firstReported,
          s.status,
          links[i].imposer?.id ?? null,
          unlessVanished(() => links[i].target)?.id ?? null,
          ids(links[i].targetCountries),
          s.reason,
        ]);
      },
    );
  },
};

const articles: ExportList = {
  params: { language: text, source: text, from: text, to: text, mentions: text },
  columns: exportColumns.articles,
  async open(db, params, loaders) {
    const filter = await articleFilterOf(params, loaders);
    return pagesOf(
      (page) => findArticles(db, filter, page),
      async (records: ArticleRecord[]) =>
        records.map((a) => [a.id, a.publishedAt, a.language, a.source, a.url, a.title, a.ingestedAt]),
    );
  },
};

export const exportLists: Record<string, ExportList> = { meetings, statements, sanctions, articles };
