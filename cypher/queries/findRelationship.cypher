// Every fact linking side $a and side $b, oldest first (undated last). A side is an actor and the
// people whose `country` is its id ($a.id, $b.id); its `countries` are what statements about it
// are ABOUT (a country itself, a leader's country). The facts:
// - meetings attended by someone of each side;
// - statements by one side about the other, or by anyone about both;
// - sanctions targeting either side (whoever imposed them, so both "between them" and "on both").
// Each row is dated: meetings and statements by their date, sanctions by the day they were first
// reported. $from / $to bound that date (see src/graph/dateRange.ts). A statement's `side` says
// whose it is: 'a', 'b', or null for a third party.
// The people of a side are found through the person_country index, not by scanning every actor.
CALL () {
  MATCH (x:Actor {id: $a.id}) RETURN x
  UNION
  MATCH (x:Person {country: $a.id}) RETURN x
}
WITH collect(x) AS sideA
CALL () {
  MATCH (y:Actor {id: $b.id}) RETURN y
  UNION
  MATCH (y:Person {country: $b.id}) RETURN y
}
WITH sideA, collect(y) AS sideB
CALL (sideA, sideB) {
  UNWIND sideA AS x
  MATCH (x)-[:ATTENDED]->(m:Meeting)<-[:ATTENDED]-(y)
  WHERE y IN sideB
  RETURN DISTINCT m AS fact, 'Meeting' AS kind, m.date AS date, null AS side
  UNION
  UNWIND sideA AS x
  MATCH (x)-[:MADE]->(s:Statement)-[:ABOUT]->(c:Country)
  WHERE c.code IN $b.countries
  RETURN DISTINCT s AS fact, 'Statement' AS kind, s.date AS date, 'a' AS side
  UNION
  UNWIND sideB AS y
  MATCH (y)-[:MADE]->(s:Statement)-[:ABOUT]->(c:Country)
  WHERE c.code IN $a.countries
  RETURN DISTINCT s AS fact, 'Statement' AS kind, s.date AS date, 'b' AS side
  UNION
  MATCH (ca:Country)<-[:ABOUT]-(s:Statement)-[:ABOUT]->(cb:Country)
  WHERE ca.code IN $a.countries AND cb.code IN $b.countries
  RETURN DISTINCT s AS fact, 'Statement' AS kind, s.date AS date, null AS side
  UNION
  UNWIND sideA + sideB AS t
  MATCH (s:Sanction)-[:TARGETS]->(t)
  WITH DISTINCT s
  OPTIONAL MATCH (article:Article)-[:REPORTS]->(s)
  RETURN s AS fact, 'Sanction' AS kind, left(min(article.publishedAt), 10) AS date, null AS side
}
WITH fact, kind, date, side
WHERE ($from IS NULL OR date + '~' >= $from) AND ($to IS NULL OR date <= $to + '~')
// Whose statement it is comes from the branch that found it: a statement by side a is about b's
// countries, so branch two finds it even when the "about both" branch does too (with no side).
WITH fact, kind, date, collect(side) AS sides
WITH fact, kind, date, CASE WHEN 'a' IN sides THEN 'a' WHEN 'b' IN sides THEN 'b' END AS side
ORDER BY date, fact.id
WITH collect({fact: fact, kind: kind, date: date, side: side}) AS facts
CALL (facts) {
  UNWIND facts AS row
  WITH row.fact AS fact
  MATCH (article:Article)-[:REPORTS]->(fact)
  RETURN count(DISTINCT article) AS articleCount
}
RETURN [row IN facts | {fact: properties(row.fact), labels: labels(row.fact), date: row.date, side: row.side}] AS facts, articleCount
