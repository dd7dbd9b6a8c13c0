// Tests only: takes the Links (and their actors' LINKED), COVERS and sanction dates off the facts
// and articles of $seed, as a graph written before Links existed would be.
CALL () {
  MATCH (:Article {seed: $seed})-[c:COVERS]->()
  DELETE c
}
MATCH (f:Fact {seed: $seed})
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
