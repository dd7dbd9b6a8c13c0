// Before articles are deleted (deleteArticles.cypher): takes away their text signatures and drops
// the bands and outlets no other article holds. Returns the articles that were copies of them,
// which linkCopies decides again once they are gone (the next earliest becomes the original).
UNWIND $ids AS id
MATCH (a:Article {id: id})
WITH a, [(c:Article)-[:COPY_OF]->(a) WHERE NOT c.id IN $ids | c.id] AS copies
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
