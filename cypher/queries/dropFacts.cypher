// Deletes the facts of $ids that no article reports any more (a meeting whose reports all moved
// to another node), with the Links (and their LINKED) that held only them.
UNWIND $ids AS id
MATCH (f:Fact {id: id})
WHERE NOT EXISTS { (:Article)-[:REPORTS]->(f) }
WITH f, [(l:Link)-->(f) | l] AS links
// The counters it was counted in drop it at the end of the transaction (tallyFacts.cypher).
FOREACH (keys IN [(f)-[t:TALLIED]->(f) | t.keys] | CREATE (:Untally {keys: keys}))
DETACH DELETE f
WITH links
UNWIND links AS l
WITH DISTINCT l
WHERE NOT EXISTS { (l)-->(:Fact) }
WITH l, split(l.id, '|') AS ends
OPTIONAL MATCH (:Actor {id: ends[0]})-[d:LINKED]->(:Actor {id: ends[1]})
DELETE d
DETACH DELETE l
RETURN count(*) AS dropped
