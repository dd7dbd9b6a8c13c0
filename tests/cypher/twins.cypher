// Tests only: what a missing uniqueness constraint or a racy MERGE leaves behind. Ids held by more
// than one node; relationships of one type (and title, for HOLDS_ROLE; key, for FILED: a fact has
// one FILED loop per side it is listed under) repeated between the same two nodes; actors that list
// a name twice.
CALL () {
  MATCH (n) WHERE n:Article OR n:Fact OR n:Actor
  WITH [l IN labels(n) WHERE l IN ['Article', 'Fact', 'Actor']][0] AS kind, n.id AS id, count(*) AS copies
  WHERE copies > 1
  RETURN collect(kind + ' ' + id + ' x' + copies) AS nodes
}
CALL () {
  MATCH (s)-[r]->(t)
  WITH s, t, type(r) AS type, r.title AS title, CASE type(r) WHEN 'FILED' THEN r.key END AS key, count(*) AS copies
  WHERE copies > 1
  RETURN collect(s.id + ' -' + type + '-> ' + t.id + ' x' + copies) AS relationships
}
CALL () {
  MATCH (x:Actor)
  WHERE any(i IN range(0, size(x.names) - 2) WHERE x.names[i] IN x.names[i + 1..])
  RETURN collect(x.id) AS names
}
RETURN nodes, relationships, names
