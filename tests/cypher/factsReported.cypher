// Tests only: each fact the articles $ids report, with its kind and what the query tests compare
// (date, status, participants, speaker, the articles among $ids reporting it), in id order.
MATCH (a:Article)-[:REPORTS]->(f:Fact)
WHERE a.id IN $ids
WITH DISTINCT f
RETURN f.id AS id, [label IN labels(f) WHERE label <> 'Fact'][0] AS kind, f.date AS date, f.status AS status,
  [(x:Actor)-[:ATTENDED]->(f) | x.id] AS participants,
  [(x:Actor)-[:MADE]->(f) | x.id][0] AS speaker,
  [(a:Article)-[:REPORTS]->(f) WHERE a.id IN $ids | a.id] AS sources
ORDER BY id
