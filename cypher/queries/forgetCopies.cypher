// Before articles are deleted (deleteArticles.cypher): takes away their text signatures and drops
// the bands and outlets no other article holds. Returns the articles that were copies of them,
// earliest first, which linkCopy decides again once they are gone (the earliest becomes the
// original, the others its copies): only these direct copies are touched.
UNWIND $ids AS id
MATCH (a:Article {id: id})
WITH a, COLLECT {
  MATCH (c:Article)-[:COPY_OF]->(a) WHERE NOT c.id IN $ids
  OPTIONAL MATCH (c)-[:HAS_SIGNATURE]->(t:TextSignature)
  RETURN c.id ORDER BY t.rank, c.id
} AS copies
CALL (a) {
  OPTIONAL MATCH (a)-[:HAS_SIGNATURE]->(s:TextSignature)
  OPTIONAL MATCH (s)-[:IN_BAND]->(b:Band)
  DETACH DELETE s
  WITH DISTINCT b WHERE b IS NOT NULL AND NOT EXISTS { (b)<-[:IN_BAND]-() }
  DELETE b
}
CALL (a) {
  OPTIONAL MATCH (a)-[p:PUBLISHED_BY]->(o:Outlet)
  DELETE p
  WITH o WHERE o IS NOT NULL AND NOT EXISTS { (o)<-[:PUBLISHED_BY]-() }
  DELETE o
}
RETURN copies
