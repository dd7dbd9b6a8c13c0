// Decides, for each article of $ids, which article it is a copy of: of itself and the articles
// whose text signature shares a band with its own and agrees on at least $similarity of its
// MinHashes (README, "Independent sources"), the earliest published (ties: the smaller id) is the
// original; the article is COPY_OF it, or of nothing when that is itself. A function of the set of
// articles, not of the order they came in. Returns the copies found, whose own original may now be
// one of $ids (the caller decides them too).
UNWIND $ids AS id
MATCH (a:Article {id: id})
OPTIONAL MATCH (a)-[old:COPY_OF]->()
DELETE old
WITH DISTINCT a
OPTIONAL MATCH (a)-[:HAS_SIGNATURE]->(s:TextSignature)
CALL (a, s) {
  // Only the articles sharing a band are read: their number, not the graph's size, is the cost.
  MATCH (s)-[:IN_BAND]->(:Band)<-[:IN_BAND]-(t:TextSignature)<-[:HAS_SIGNATURE]-(b:Article)
  WHERE t <> s
  WITH DISTINCT b, t
  WHERE size([i IN range(0, size(s.minHashes) - 1) WHERE s.minHashes[i] = t.minHashes[i]]) >=
        $similarity * size(s.minHashes)
  RETURN collect(b) AS copies
}
CALL (a, copies) {
  UNWIND [a] + copies AS candidate
  WITH candidate ORDER BY coalesce(candidate.publishedMs, 1.0e18), candidate.id LIMIT 1
  RETURN candidate AS original
}
CALL (a, original) {
  UNWIND CASE WHEN original <> a THEN [true] ELSE [] END AS copied
  CREATE (a)-[:COPY_OF]->(original)
}
RETURN [b IN copies | b.id] AS copies
