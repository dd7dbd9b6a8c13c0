// Takes back everything the articles reported and mentioned; facts and actors that no other
// article supports go with it. The Article nodes stay (for re-writing or deleting).
UNWIND $ids AS id
MATCH (a:Article {id: id})
OPTIONAL MATCH (a)-[r:REPORTS]->(f:Fact)
WITH a, collect(f) AS facts, collect(r) AS reports
FOREACH (r IN reports | DELETE r)
WITH a, facts
OPTIONAL MATCH (a)-[m:MENTIONS]->(x:Actor)
WITH facts, collect(x) AS actors, collect(m) AS mentions
FOREACH (m IN mentions | DELETE m)
WITH facts, actors
CALL (facts) {
  UNWIND facts AS f
  WITH DISTINCT f
  WHERE NOT EXISTS { (:Article)-[:REPORTS]->(f) }
  DETACH DELETE f
}
CALL (actors) {
  UNWIND actors AS x
  WITH DISTINCT x
  WHERE NOT EXISTS { (:Article)-[:MENTIONS]->(x) }
  DETACH DELETE x
}
RETURN count(*) AS detached
