// The facts the articles $ids report, read before detachArticles takes them back: the change feed
// (recordChanges) then says what became of each.
MATCH (a:Article)-[:REPORTS]->(f:Fact)
WHERE a.id IN $ids
RETURN collect(DISTINCT f.id) AS facts
