// How many facts of the relationship of $a and $b fall on each date of the range, by kind: the
// keyed relationships of their Link of the series' types ({seriesLinks}: MET, SAID, COVERS …,
// src/graph/seriesKinds.ts) by the date in their key ("<link id>|<date>"), SAID by stance too;
// then the sanctions on either side by the day they were first reported, gathered as
// findRelationship.cypher gathers them. The range predicates are findRelationship's, so the counts
// of a date range add up to its summary.
// With $counted (a series by month or year whose bounds are months or years), the keyed
// relationships are not read but their counters per month ("S|<link id>|<month>|<type>|<stance>",
// kept by tallyFacts.cypher): a date's month (or year, for a year-dated fact) decides the range
// predicates as the date itself does for such bounds, so the counts are the same. Otherwise
// (by week, or a bound that is a day) each keyed relationship of the range is read.
CALL () {
  WITH 1 AS one WHERE $counted
  // $counterLow..$counterHigh: the Link's counters from the first year of the range to the last.
  MATCH (t:Tally)
  WHERE t.key >= $counterLow AND t.key <= $counterHigh AND t.n <> 0
  WITH split(substring(t.key, $counterCut), '|') AS part, t.n AS n
  WHERE part[0] + '~' >= $from AND part[0] <= $to + '~'
  RETURN part[1] AS kind, left(part[0], $precision) AS date, CASE part[2] WHEN '' THEN null ELSE part[2] END AS stance,
    sum(n) AS count
  UNION ALL
  WITH 1 AS one WHERE NOT $counted
  // Each type's key index gives the range ($low..$high starts with the Link's id): a busy Link's
  // other years, and its other relationships, are not read. Directed, so each is counted once.
  MATCH ()-[r:{seriesLinks}]->()
  WHERE r.key >= $low AND r.key <= $high
    AND ($from IS NULL OR substring(r.key, $cut) + '~' >= $from)
  // Cut to the bucket's precision ($precision: 10 for weeks, 7 for months, 4 for years), which
  // also drops the time of an article's publication from its COVERS key.
  RETURN type(r) AS kind, left(substring(r.key, $cut), $precision) AS date, r.stance AS stance, count(*) AS count
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
  RETURN null AS kind, left(day, $precision) AS date, null AS stance, count(*) AS count
}
RETURN kind, date, stance, count
