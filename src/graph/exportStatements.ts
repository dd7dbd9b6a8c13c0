import type { Database } from "./database";
import type { StatementRecord } from "./records";
import type { StatementFilter } from "./statements";

export interface ExportedStatement {
  statement: StatementRecord;
  speaker: { id: string; name: string | null } | null;
  /** The ids of the countries it is about. */
  about: string[];
}

/**
 * Every statement the statements list holds with `filter`, in the list's order, streamed from
 * Neo4j as the consumer takes them (cypher/queries/exportStatements.cypher, Database.stream). The
 * query answers plain values, read here into the record toFact would make (the same defaults):
 * per row, the export's cost is mostly the objects made for it.
 */
export async function* exportStatements(db: Database, filter: StatementFilter): AsyncGenerator<ExportedStatement> {
  const params = { ...nulls, ...filter };
  type Row = {
    id: string;
    date: string | null;
    stance: string | null;
    quote: string | null;
    text: string | null;
    speakerId: string | null;
    speakerName: string | null;
    about: string[];
  };
  for await (const row of db.stream<Row>("exportStatements", params)) {
    yield {
      statement: {
        kind: "Statement",
        id: row.id,
        text: row.text ?? "",
        quote: row.quote,
        stance: row.stance ?? "other",
        date: row.date,
      },
      speaker: row.speakerId === null ? null : { id: row.speakerId, name: row.speakerName },
      about: row.about,
    };
  }
}

const nulls: Required<StatementFilter> = {
  speaker: null,
  about: null,
  actor: null,
  stance: null,
  from: null,
  to: null,
  language: null,
  source: null,
  // Not a parameter of the export (src/api/export/exportLists.ts): always null here.
  minIndependentSources: null,
};
