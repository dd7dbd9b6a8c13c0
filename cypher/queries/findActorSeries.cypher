// How many dated facts of actor $id fall on each date of the range, by kind, as the lists count
// them with `country:` (a country's side is itself and the people whose `country` it is; for a
// person, only the person): meetings it attended, statements it made or that are about it,
// sanctions it imposed or that target it (or name it as a target's country), and the articles
// that mention it, by publication day. An actor alone has no Link to read its counts from, so
// each of its facts is read (its date only, nothing sorted). $from/$to may be null (open ended).
CALL () {
  MATCH (x:Actor)-[:ATTENDED]->(m:Meeting)
  WHERE (x.id = $id OR x.country = $id) AND m.date IS NOT NULL
  WITH DISTINCT m
  WHERE ($from IS NULL OR m.date + '~' >= $from) AND ($to IS NULL OR m.date <= $to + '~')
  RETURN 'meetings' AS kind, m.date AS date, null AS stance, count(*) AS count
  UNION ALL
  CALL () {
    MATCH (x:Actor)-[:MADE]->(s:Statement) WHERE x.id = $id OR x.country = $id RETURN s
    UNION
    MATCH (s:Statement)-[:ABOUT]->(:Actor {id: $id}) RETURN s
  }
  WITH s
  WHERE s.date IS NOT NULL AND ($from IS NULL OR s.date + '~' >= $from) AND ($to IS NULL OR s.date <= $to + '~')
  RETURN 'statements' AS kind, s.date AS date, s.stance AS stance, count(*) AS count
  UNION ALL
  CALL () {
    MATCH (x:Actor)-[:IMPOSED]->(s:Sanction) WHERE x.id = $id OR x.country = $id RETURN s
    UNION
    MATCH (s:Sanction)-[:TARGETS]->(x:Actor) WHERE x.id = $id OR x.country = $id RETURN s
    UNION
    MATCH (s:Sanction)-[:TARGETS_COUNTRY]->(:Actor {id: $id}) RETURN s
  }
  WITH s.firstReported AS day
  WHERE day IS NOT NULL AND ($from IS NULL OR day + '~' >= $from) AND ($to IS NULL OR day <= $to + '~')
  RETURN 'sanctions' AS kind, day AS date, null AS stance, count(*) AS count
  UNION ALL
  MATCH (a:Article)-[:MENTIONS]->(:Actor {id: $id})
  WHERE a.publishedAt IS NOT NULL AND ($from IS NULL OR a.publishedAt + '~' >= $from)
    AND ($to IS NULL OR a.publishedAt <= $to + '~')
  RETURN 'articles' AS kind, left(a.publishedAt, 10) AS date, null AS stance, count(*) AS count
}
RETURN kind, date, stance, count
