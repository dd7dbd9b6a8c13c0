// Tests only: the whole graph by its keys, to compare two graphs: each node as "key :Label:Label"
// (its id; a Band's key, an Outlet's domain, a TextSignature's rank, which ends with its article's id),
// each relationship as the triple "from id -TYPE-> to id" (HOLDS_ROLE with its title). The change
// feed is left out: it is the history of the writes (a re-run after a failure adds its own entries),
// not the graph's state.
CALL () {
  MATCH (n) WHERE NOT n:Change AND NOT n:ChangeCounter
  RETURN collect(coalesce(n.id, n.key, n.domain, n.rank, '?') + ' ' + reduce(s = '', l IN COLLECT { UNWIND labels(n) AS l RETURN l ORDER BY l } | s + ':' + l)) AS nodes
}
CALL () {
  MATCH (s)-[r]->(t)
  RETURN collect(coalesce(s.id, s.key, s.domain, s.rank, '?') + ' -' + type(r) + coalesce(' ' + r.title, '') + '-> ' + coalesce(t.id, t.key, t.domain, t.rank, '?')) AS relationships
}
RETURN nodes, relationships
