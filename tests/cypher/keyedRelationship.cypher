// Tests only: two test nodes and a relationship of $type with $key between them, written the way the
// graph's queries write theirs (CREATE to see a constraint refuse it; MERGE to see Neo4j lock the
// bound ends). The nodes carry no label a query reads.
MERGE (a:TestEnd {id: $a})
MERGE (b:TestEnd {id: $b})
WITH a, b
CALL (a, b) {
  WITH a, b WHERE $merge
  MERGE (a)-[:$($type) {key: $key}]->(b)
}
CALL (a, b) {
  WITH a, b WHERE NOT $merge
  CREATE (a)-[:$($type) {key: $key}]->(b)
}
RETURN count(*) AS written
