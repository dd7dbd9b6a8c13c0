// Tests only: forgets what the change feed announced of the articles $ids and the facts they
// report (their heads), as in a graph written before the feed existed.
MATCH (a:Article)
WHERE a.id IN $ids
WITH collect(a) AS articles
WITH articles, [a IN articles | 'Article|' + a.id] + [(a)-[:REPORTS]->(f:Fact) WHERE a IN articles | 'Fact|' + f.id] AS keys
MATCH (head:ChangeHead)
WHERE head.key IN keys
DETACH DELETE head
RETURN count(*) AS forgotten
