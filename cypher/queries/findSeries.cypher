// How many facts of the relationship of $a and $b fall on each date of the range, by kind: the
// keyed relationships of their Link $link whose type is one of $linkTypes (MET, SAID, COVERS …,
// src/graph/seriesKinds.ts), counted by the date in their key ("<link id>|<date>") without
// reading a fact; SAID by stance too. Then the sanctions on either side by the day they were first
// reported, gathered as findRelationship.cypher gathers them. The range predicates are
// findRelationship's, so the counts of a date range add up to its summary.
OPTIONAL MATCH (l:Link {id: $link})
CALL (l) {
  MATCH (l)-[r]-()
  WHERE type(r) IN $linkTypes AND r.key >= $low AND r.key <= $high
    AND ($from IS NULL OR substring(r.key, $cut) + '~' >= $from)
  RETURN type(r) AS kind, substring(r.key, $cut) AS date, r.stance AS stance, count(*) AS count
  UNION ALL
  CALL () {
    MATCH (s:Sanction)-[:TARGETS]->(x:Actor) WHERE x.id IN [$a, $b] RETURN s
    UNION
    MATCH (s:Sanction)-[:TARGETS]->(x:Person) WHERE x.country IN [$a, $b] RETURN s
    UNION
    MATCH (s:Sanction)-[:TARGETS_COUNTRY]->(x:Actor) WHERE x.id IN [$a, $b] RETURN s
  }
  WITH DISTINCT s, coalesce(s.firstReported, '') AS day
  WHERE ($from IS NULL OR day + '~' >= $from) AND ($to IS NULL OR (day <> '' AND day <= $to + '~'))
  RETURN null AS kind, day AS date, null AS stance, count(*) AS count
}
RETURN kind, date, stance, count
