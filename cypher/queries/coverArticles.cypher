// Redraws what the articles $ids, and the articles that report the facts $facts, COVER: the Links
// of the facts each one reports, of the kinds whose articles cover their Links ($links: label →
// {type, covers}), no more and no less. Settling moves reports between nodes and rewrites a node's
// links when what it is about changes; linkFacts only adds COVERS, so without this an article
// would keep covering a pair it no longer reports anything on, depending on the order of writes.
CALL () {
  UNWIND $ids AS id
  MATCH (a:Article {id: id})
  RETURN a
  UNION
  UNWIND $facts AS id
  MATCH (a:Article)-[:REPORTS]->(:Fact {id: id})
  RETURN a
}
WITH DISTINCT a, [label IN keys($links) WHERE $links[label].covers | $links[label].type] AS types
WITH a, COLLECT { MATCH (a)-[:REPORTS]->(:Fact)<-[t]-(l:Link) WHERE type(t) IN types RETURN DISTINCT l } AS links
CALL (a, links) {
  MATCH (a)-[c:COVERS]->(l:Link)
  WHERE NOT l IN links
  DELETE c
}
CALL (a, links) {
  UNWIND links AS l
  MERGE (a)-[c:COVERS]->(l)
    ON CREATE SET c.key = l.id + '|' + coalesce(a.publishedAt, '')
}
RETURN count(*) AS covered
