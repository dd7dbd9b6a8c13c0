// Takes the facts of the actors $actors, whose country just changed, out of their Links before
// linkFacts files them again: a person's country is one of the keys their facts hang off (linkFacts.cypher).
// A Link left with no fact goes, with the LINKED between its actors. Returns the facts taken out,
// whose reporters' COVERS are drawn again (coverArticles).
CALL () {
  MATCH (x:Actor)-[:{partiesInto}]->(f:Fact)
  WHERE x.id IN $actors
  RETURN f
  UNION
  MATCH (f:Fact)-[:{partiesOutOf}]->(x:Actor)
  WHERE x.id IN $actors
  RETURN f
}
CALL (f) {
  MATCH (l:Link)-[r]->(f)
  DELETE r
  WITH DISTINCT l
  WHERE NOT EXISTS { (l)-->(:Fact) }
  WITH l, split(l.id, '|') AS ends
  OPTIONAL MATCH (:Actor {id: ends[0]})-[d:LINKED]->(:Actor {id: ends[1]})
  DELETE d
  DETACH DELETE l
}
RETURN collect(f.id) AS ids
