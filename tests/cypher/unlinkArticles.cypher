// Tests only: takes the Links (and their actors' LINKED), COVERS and sanction dates off the facts
// that only the articles $ids report, as a graph written before Links existed would be. Facts
// another article also reports keep theirs, so tests running beside this one see no change.
CALL () {
  MATCH (a:Article)-[c:COVERS]->()
  WHERE a.id IN $ids
  DELETE c
}
MATCH (a:Article)-[:REPORTS]->(f:Fact)
WHERE a.id IN $ids AND NOT EXISTS {
  MATCH (other:Article)-[:REPORTS]->(f) WHERE NOT other.id IN $ids
}
WITH DISTINCT f
OPTIONAL MATCH (l:Link)-[r]->(f)
DELETE r
REMOVE f.firstReported
WITH DISTINCT l
WHERE l IS NOT NULL AND NOT EXISTS { (l)-->(:Fact) }
WITH l, split(l.id, '|') AS ends
OPTIONAL MATCH (:Actor {id: ends[0]})-[d:LINKED]->(:Actor {id: ends[1]})
DELETE d
DETACH DELETE l
RETURN count(*) AS unlinked
