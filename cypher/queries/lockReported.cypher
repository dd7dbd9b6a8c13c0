// Takes the write lock of everything the articles support (their facts, the Links of those facts,
// the actors they mention) before detachArticles decides what no other article supports any more.
// Without it two transactions taking back two articles that report the same fact each still see
// the other's REPORTS (not yet committed) and both keep the fact: it stays with no source. With
// it the second waits for the first to commit, then sees what the first took back. In one order
// (by element id), so that two deletes never wait for each other.
UNWIND $ids AS id
MATCH (a:Article {id: id})
CALL (a) {
  MATCH (a)-[:REPORTS]->(f:Fact)
  RETURN f AS n
  UNION
  MATCH (a)-[:REPORTS]->(:Fact)<--(l:Link)
  RETURN l AS n
  UNION
  MATCH (a)-[:MENTIONS]->(x:Actor)
  RETURN x AS n
}
WITH DISTINCT n
ORDER BY elementId(n)
// Setting a property takes the node's write lock; removing it again leaves the node as it was.
SET n._lock = true
REMOVE n._lock
RETURN count(n) AS locked
