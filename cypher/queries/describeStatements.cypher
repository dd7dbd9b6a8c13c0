// Writes what settleStatements made of each statement's reports. A node that moves reports in
// gets its speaker (MADE) when new; when the countries it is about change, ABOUT and the SAID
// edges are written anew (linkFacts files the statement again afterwards) and Links left with no
// fact go, with their LINKED.
UNWIND $nodes AS n
MATCH (f:Statement {id: n.id})
SET f.text = n.text, f.quote = n.quote, f.stance = n.stance, f.date = n.date, f.first = n.first, f.last = n.last
WITH f, n
CALL (f, n) {
  MATCH (x:Actor {id: n.group})
  MERGE (x)-[:MADE]->(f)
}
WITH f, n
WHERE n.relink
CALL (f) {
  OPTIONAL MATCH (f)-[about:ABOUT]->()
  DELETE about
}
CALL (f, n) {
  UNWIND n.about AS id
  MATCH (c:Actor {id: id})
  CREATE (f)-[:ABOUT]->(c)
}
CALL (f) {
  MATCH (l:Link)-[said:SAID]->(f)
  DELETE said
  WITH DISTINCT l
  WHERE NOT EXISTS { (l)-->(:Fact) }
  WITH l, split(l.id, '|') AS ends
  OPTIONAL MATCH (:Actor {id: ends[0]})-[d:LINKED]->(:Actor {id: ends[1]})
  DELETE d
  DETACH DELETE l
}
RETURN count(*) AS relinked
