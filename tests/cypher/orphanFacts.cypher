// Tests only: which of the facts $ids still exist with no article reporting them (a fact must go
// with its last report). A fact another article still reports (another test file's) is no orphan.
UNWIND $ids AS id
MATCH (f:Fact {id: id})
WHERE NOT EXISTS { (:Article)-[:REPORTS]->(f) }
RETURN id
