// Draws the claims of the statements $ids anew: (s)-[:CLAIMS]->(f) for every agreement or transfer
// that an article still reporting the statement says it asserts, accuses or denies (the `claim` on
// its REPORTS). Run after writes and after detaches, so that a claim lives exactly as long as an
// article makes it, and goes with the last report that made it.
UNWIND $ids AS id
MATCH (s:Statement {id: id})
CALL (s) {
  OPTIONAL MATCH (s)-[c:CLAIMS]->()
  DELETE c
}
CALL (s) {
  MATCH (:Article)-[r:REPORTS]->(s)
  WHERE r.claim IS NOT NULL
  WITH DISTINCT r.claim AS claim
  MATCH (f:Fact {id: claim})
  MERGE (s)-[:CLAIMS]->(f)
}
RETURN count(s) AS drawn
