// Writes what near-duplicate detection needs of each article (src/graph/linkCopies.ts): its
// Outlet, its text signature (a node of its own, so the article's properties, which the change
// feed and every article read carry, stay small; `rank` orders originals: published time, then id)
// and the signature's bands (memberships without a slot until linkCopy.cypher makes it an
// original). An article written again loses its old outlet, signature and bands first. Returns
// the articles that were copies of these, earliest first (their original's text may have changed:
// linkCopy decides them again).
// First the copies' lock, held until commit: of two transactions changing signatures, bands or
// COPY_OF (this, linkCopy after it, deleteArticles), the second reads what the first committed.
CALL () {
  MERGE (lock:CopyLock {id: 'copies'})
  SET lock._lock = true
  REMOVE lock._lock
}
UNWIND $records AS doc
MATCH (a:Article {id: doc.id})
// (Bands and outlets no article holds any more go, as deleteArticles.cypher drops them.)
CALL (a) {
  OPTIONAL MATCH (a)-[p:PUBLISHED_BY]->(o:Outlet)
  DELETE p
  WITH o WHERE o IS NOT NULL AND NOT EXISTS { (o)<-[:PUBLISHED_BY]-() }
  DELETE o
}
CALL (a) {
  OPTIONAL MATCH (a)-[:HAS_SIGNATURE]->(old:TextSignature)
  OPTIONAL MATCH (old)-[:IN_BAND]->(b:Band)
  DETACH DELETE old
  WITH DISTINCT b WHERE b IS NOT NULL AND NOT EXISTS { (b)<-[:IN_BAND]-() }
  DELETE b
}
CALL (a, doc) {
  UNWIND CASE WHEN doc.outlet IS NULL THEN [] ELSE [doc.outlet] END AS outlet
  MERGE (o:Outlet {domain: outlet.domain})
    ON CREATE SET o.name = outlet.name
  MERGE (a)-[:PUBLISHED_BY]->(o)
}
CALL (a, doc) {
  UNWIND CASE WHEN doc.minHashes IS NULL THEN [] ELSE [true] END AS signed
  CREATE (a)-[:HAS_SIGNATURE]->(s:TextSignature {minHashes: doc.minHashes, rank: doc.rank})
  // In key order, so that two batches sharing bands take their locks in one order.
  WITH s
  UNWIND doc.bands AS key
  WITH s, key ORDER BY key
  MERGE (b:Band {key: key})
  CREATE (s)-[:IN_BAND]->(b)
}
RETURN COLLECT {
  MATCH (c:Article)-[:COPY_OF]->(a)
  OPTIONAL MATCH (c)-[:HAS_SIGNATURE]->(t:TextSignature)
  RETURN c.id ORDER BY t.rank, c.id
} AS copies
