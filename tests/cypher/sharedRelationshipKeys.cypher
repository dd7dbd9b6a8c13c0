// Tests only: for the articles $ids, the largest number of REPORTS that share one `own` key, and the
// largest number of HOLDS_ROLE that share one title (each MERGE key of a relationship, as written).
CALL () {
  MATCH (a:Article)-[r:REPORTS]->(:Meeting) WHERE a.id IN $ids AND r.own IS NOT NULL
  WITH r.own AS own, count(r) AS n
  RETURN max(n) AS reportsPerOwn
}
CALL () {
  MATCH (a:Article)-[:MENTIONS]->(p:Person)-[r:HOLDS_ROLE]->() WHERE a.id IN $ids
  WITH r.title AS title, count(DISTINCT r) AS n
  RETURN max(n) AS rolesPerTitle
}
RETURN reportsPerOwn, rolesPerTitle
