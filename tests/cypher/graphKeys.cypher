// Tests only: the whole graph by its keys, to compare two graphs: each node as "key :Label:Label"
// (its id; a Band's key, an Outlet's domain, a TextSignature's rank, which ends with its article's id),
// each relationship as the triple "from key -TYPE-> to key" (HOLDS_ROLE with its title, FILED with its
// key). The change feed is left out: it is the history of the writes (a re-run after a failure adds
// its own entries), not the graph's state. The list counters are state, so each Tally shows as
// "key=n"; one at zero is left out, as a count of nothing is the same as no counter (a fact counted
// and then moved in one run and never counted in another leaves one behind only in the first).
CALL () {
  MATCH (n) WHERE NOT n:Change AND NOT n:ChangeCounter AND NOT (n:Tally AND n.n = 0)
  RETURN collect(coalesce(n.id, CASE WHEN n:Tally THEN n.key + '=' + n.n END, n.key, n.domain, n.rank, '?') + ' ' + reduce(s = '', l IN COLLECT { UNWIND labels(n) AS l RETURN l ORDER BY l } | s + ':' + l)) AS nodes
}
CALL () {
  MATCH (s)-[r]->(t)
  RETURN collect(coalesce(s.id, s.key, s.domain, s.rank, '?') + ' -' + type(r) + coalesce(' ' + r.title, CASE type(r) WHEN 'FILED' THEN ' ' + r.key END, '') + '-> ' + coalesce(t.id, t.key, t.domain, t.rank, '?')) AS relationships
}
RETURN nodes, relationships
