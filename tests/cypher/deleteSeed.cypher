// Tests only: removes the facts and articles test/seedGraph created with $seed, then the actors it
// created that nothing else (another test's or ingestion's nodes) is linked to.
CALL () {
  MATCH (n {seed: $seed}) WHERE n:Fact OR n:Article
  DETACH DELETE n
}
CALL () {
  // The Links that only this seed's facts held.
  MATCH (l:Link)
  WHERE NOT EXISTS { (l)-->(:Fact) }
  WITH l, split(l.id, '|') AS ends
  OPTIONAL MATCH (:Actor {id: ends[0]})-[d:LINKED]->(:Actor {id: ends[1]})
  DELETE d
  DETACH DELETE l
}
CALL () {
  MATCH ()-[r:HOLDS_ROLE {seed: $seed}]->()
  DELETE r
}
MATCH (x:Actor {seed: $seed})
WHERE NOT EXISTS { MATCH (x)--(other) WHERE coalesce(other.seed, '') <> $seed }
DETACH DELETE x
RETURN count(*) AS deleted
