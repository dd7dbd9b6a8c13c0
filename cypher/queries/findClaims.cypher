// The statements that claim each fact (CLAIMS, drawn by drawClaims.cypher), oldest first, undated
// last: the API sorts them by stance into asserted, accused and denied.
UNWIND $ids AS id
MATCH (f:Fact {id: id})
RETURN id,
  COLLECT { MATCH (s:Statement)-[:CLAIMS]->(f) RETURN s {.*, labels: labels(s)} AS statement ORDER BY coalesce(statement.date, '~'), statement.id } AS statements
