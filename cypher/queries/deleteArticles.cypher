// Run after detachArticles in the same transaction: deletes the articles, and with them what
// near-duplicate detection kept of them (src/graph/linkCopies.ts): their text signatures, the bands
// and outlets no other article holds any more. Returns how many articles went and the articles
// that were copies of them, earliest first, which linkCopy decides again once they are gone (the
// earliest becomes the original, the others its copies): only these direct copies are touched.
// First the copies' lock, held until commit, as writeCopies.cypher takes it: a transaction that
// reads signatures, bands or COPY_OF (linkCopy) then never meets one deleted under it.
CALL () {
  MERGE (lock:CopyLock {id: 'copies'})
  SET lock._lock = true
  REMOVE lock._lock
}
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
DETACH DELETE a
RETURN count(*) AS deleted, reduce(all = [], list IN collect(copies) | all + list) AS copies
