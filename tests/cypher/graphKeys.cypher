// Tests only: the whole graph by its keys, to compare two graphs: each node as "id :Label:Label",
// each relationship as the triple "from id -TYPE-> to id" (HOLDS_ROLE with its title).
CALL () {
  MATCH (n)
  RETURN collect(coalesce(n.id, '?') + ' ' + reduce(s = '', l IN COLLECT { UNWIND labels(n) AS l RETURN l ORDER BY l } | s + ':' + l)) AS nodes
}
CALL () {
  MATCH (s)-[r]->(t)
  RETURN collect(coalesce(s.id, '?') + ' -' + type(r) + coalesce(' ' + r.title, '') + '-> ' + coalesce(t.id, '?')) AS relationships
}
RETURN nodes, relationships
