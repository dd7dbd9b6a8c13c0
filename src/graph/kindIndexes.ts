import { FACT_KINDS, factKinds } from "../kinds/factKinds";

/**
 * The indexes the kinds of the registry need, built from it so that a new kind needs no line in
 * cypher/schema (schema commands take no parameter for a label or relationship type; these names
 * come from the registry, never from input):
 * - a keyed kind's Link relationship by its key ("<link id>|<date>"): a Link's facts in date
 *   order, one seek per page (`met_key`, `agreed_key` …);
 * - a generic kind's nodes by date: its list in date order (`agreement_date` …).
 */
export function kindIndexes(): string[] {
  return FACT_KINDS.flatMap((kind) => {
    const { link, keyed, generic } = factKinds[kind];
    return [
      ...(keyed ? [`CREATE INDEX ${link.toLowerCase()}_key IF NOT EXISTS FOR ()-[r:${link}]-() ON (r.key)`] : []),
      ...(generic ? [`CREATE INDEX ${kind.toLowerCase()}_date IF NOT EXISTS FOR (n:${kind}) ON (n.date)`] : []),
    ];
  });
}
