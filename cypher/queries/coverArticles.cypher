// Redraws what the articles $ids, and the articles that report the facts $facts, COVER: the Links
// of the facts each one reports, of the kinds whose articles cover their Links (src/graph/cypher.ts
// puts their link types for {coveredLinks}), no more and no less. Settling moves reports between
// nodes and rewrites a node's links when what it is about changes; linkFacts only adds COVERS, so
// without this an article would keep covering a pair it no longer reports anything on, depending on
// the order of writes. Returns the articles it redrew, for the series' counters (tallyFacts.cypher).
CALL () {
  UNWIND $ids AS id
  MATCH (a:Article {id: id})
  RETURN a
  UNION
  UNWIND $facts AS id
  MATCH (a:Article)-[:REPORTS]->(:Fact {id: id})
  RETURN a
}
WITH DISTINCT a
WITH a, COLLECT { MATCH (a)-[:REPORTS]->(:Fact)<-[:{coveredLinks}]-(l:Link) RETURN DISTINCT l } AS links
CALL (a, links) {
  MATCH (a)-[c:COVERS]->(l:Link)
  WHERE NOT l IN links
  DELETE c
}
// Merged only where missing: a Link has thousands of COVERS, and most are there already.
CALL (a, links) {
  WITH a, links, COLLECT { MATCH (a)-[:COVERS]->(l:Link) RETURN l } AS covered
  UNWIND [l IN links WHERE NOT l IN covered] AS l
  MERGE (a)-[c:COVERS]->(l)
    ON CREATE SET c.key = l.id + '|' + coalesce(a.publishedAt, '')
}
RETURN collect(a.id) AS covered
