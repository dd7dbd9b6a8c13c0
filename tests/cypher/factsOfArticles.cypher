// Tests only: every fact the articles $ids report, with those of its sources that are among $ids
// and its date and status, in id order (a graph to compare across ingestion orders).
MATCH (a:Article)-[:REPORTS]->(f:Fact)
WHERE a.id IN $ids
WITH DISTINCT f
RETURN f.id AS id, f.date AS date, f.status AS status,
  [(a:Article)-[:REPORTS]->(f) WHERE a.id IN $ids | a.id] AS sources,
  [(x:Actor)-[:ATTENDED]->(f) | x.id] AS participants
ORDER BY id
