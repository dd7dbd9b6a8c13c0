// The ids of the facts an article reports.
MATCH (:Article {id: $id})-[:REPORTS]->(f:Fact)
RETURN collect(f.id) AS facts
