// Tests only: every statement the articles $ids report, with its speaker, stance, those of its
// sources that are among $ids, and the facts it claims, in id order.
MATCH (a:Article)-[:REPORTS]->(s:Statement)
WHERE a.id IN $ids
WITH DISTINCT s
RETURN s.id AS id, [(x:Actor)-[:MADE]->(s) | x.id] AS speakers, s.stance AS stance,
  [(a:Article)-[:REPORTS]->(s) WHERE a.id IN $ids | a.id] AS sources,
  [(s)-[:CLAIMS]->(f:Fact) | f.id] AS claims
ORDER BY id
