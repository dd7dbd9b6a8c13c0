import type { Database } from "./database";
import type { StatementRecord } from "./records";
import type { StatementFilter } from "./statements";
import { toFact, type RawNode } from "./toRecord";

export interface ExportedStatement {
  statement: StatementRecord;
  speaker: { id: string; name: string | null } | null;
  /** The ids of the countries it is about. */
  about: string[];
}

/**
 * Every statement the statements list holds with `filter`, in the list's order, streamed from
 * Neo4j as the consumer takes them (cypher/queries/exportStatements.cypher, Database.stream).
 */
export async function* exportStatements(db: Database, filter: StatementFilter): AsyncGenerator<ExportedStatement> {
  const params = { ...nulls, ...filter };
  type Row = { node: RawNode; speaker: ExportedStatement["speaker"]; about: string[] };
  for await (const { node, speaker, about } of db.stream<Row>("exportStatements", params)) {
    yield { statement: toFact({ ...node, labels: ["Statement"] }) as StatementRecord, speaker, about };
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
