// Decides again the country of persons: the one most of the articles that mention them give
// (MENTIONS.country), the smaller code on a tie, none when none gives one; so that the set of
// articles, not the order they came in, decides it. $disputed: persons an article just gave
// another country than theirs (writeArticles.cypher), always counted. $losing: persons whose
// country lost an article that gave it (detachArticles.cypher), counted only when their articles
// are known to disagree (`contested`) or none gives that country any more: a busy person's
// thousands of articles are not read for each one deleted. The person's lock is taken before the
// count: two batches that dispute one person decide in turn. Returns the persons whose country
// changed, whose facts are filed again (linkFacts) and whose statements settled again.
UNWIND [id IN $disputed | {id: id, always: true}] + [id IN $losing | {id: id, always: false}] AS p
MATCH (x:Person {id: p.id})
WITH x, p
WHERE p.always OR x.contested OR NOT EXISTS { (:Article)-[m:MENTIONS]->(x) WHERE m.country = x.country }
WITH DISTINCT x
SET x._lock = true
REMOVE x._lock
WITH x, x.country AS before, COLLECT {
  MATCH (:Article)-[m:MENTIONS]->(x)
  WHERE m.country IS NOT NULL
  WITH m.country AS country, count(*) AS articles
  RETURN country ORDER BY articles DESC, country
} AS countries
SET x.country = head(countries), x.contested = CASE WHEN size(countries) > 1 THEN true END
WITH x, before
WHERE (before IS NULL) <> (x.country IS NULL) OR before <> x.country
RETURN collect(x.id) AS changed
