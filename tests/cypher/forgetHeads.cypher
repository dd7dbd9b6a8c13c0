// Tests only: makes the change feed forget what it announced of the articles $ids and the facts
// they report, as in a graph written before the feed existed: their changes stay (the sequence
// has no gap) under keys no article or fact has.
MATCH (a:Article)
WHERE a.id IN $ids
WITH collect(a) AS articles
WITH [a IN articles | 'Article|' + a.id] + [(a)-[:REPORTS]->(f:Fact) WHERE a IN articles | 'Fact|' + f.id] AS keys
MATCH (c:Change)
WHERE c.key IN keys
SET c.key = 'forgotten|' + c.key
RETURN count(*) AS forgotten
