// Takes back everything the articles reported and mentioned; facts and actors that no other
// article supports go with it. The Article nodes stay (for re-writing or deleting); the sanctions
// that stay are dated anew afterwards (dateSanctions), the statements that stay have their claims
// drawn anew (drawClaims), the facts of generic kinds ($generic labels: agreements, transfers) that
// stay their status (describeCooperation).
UNWIND $ids AS id
MATCH (a:Article {id: id})
OPTIONAL MATCH (a)-[r:REPORTS]->(f:Fact)
WITH a, collect(f) AS facts, collect(r) AS reports
FOREACH (r IN reports | DELETE r)
WITH a, facts
OPTIONAL MATCH (a)-[c:COVERS]->(:Link)
DELETE c
WITH DISTINCT a, facts
OPTIONAL MATCH (a)-[m:MENTIONS]->(x:Actor)
// The persons whose country loses an article that gave it: settleCountries decides it again.
WITH facts, collect(x) AS actors, collect(m) AS mentions,
  collect(CASE WHEN m.country = x.country THEN x.id END) AS losing
FOREACH (m IN mentions | DELETE m)
WITH facts, actors, losing, [f IN facts WHERE f:Sanction | f.id] AS sanctions, [f IN facts WHERE f:Statement | f.id] AS statements,
  [f IN facts WHERE any(label IN labels(f) WHERE label IN $generic) | f.id] AS cooperation
CALL (facts) {
  UNWIND facts AS f
  WITH DISTINCT f
  WHERE NOT EXISTS { (:Article)-[:REPORTS]->(f) }
  // A Link lives while it holds a fact; so does the LINKED between its actors (a direct Link).
  // A Link's relationships out are BETWEEN its actors and one to each fact it files, of any kind.
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
}
CALL (actors) {
  UNWIND actors AS x
  WITH DISTINCT x
  WHERE NOT EXISTS { (:Article)-[:MENTIONS]->(x) }
  DETACH DELETE x
}
RETURN reduce(ids = [], list IN collect(losing) | ids + list) AS losing,
  reduce(ids = [], list IN collect(sanctions) | ids + list) AS sanctions,
  reduce(ids = [], list IN collect(statements) | ids + list) AS statements,
  reduce(ids = [], list IN collect(cooperation) | ids + list) AS cooperation
