// How many dated facts of actor $id fall on each date of the range, by kind, as the lists count
// them with `country:` (a country's side is itself and the people whose `country` it is; for a
// person, only the person). The kinds of $partyKinds ({field, label, types}, from the fact-kind
// registry through src/graph/seriesKinds.ts: meetings, agreements, transfers …) are the facts of
// that label joined to its side by one of their party relationships, in either direction, so a
// new keyed kind needs no branch here. Then the kinds read their own way: statements it made or
// that are about it (by stance), sanctions it imposed or that target it (or name it as a target's
// country), and the articles that mention it, by publication day. An actor alone has no Link to
// read its counts from, so each of its facts is read (its date only, nothing sorted). $from/$to
// may be null (open ended).
CALL () {
  UNWIND $partyKinds AS partyKind
  CALL (partyKind) {
    // Typed expansion: the actor's other relationships (its many MENTIONS) are not walked.
    MATCH (x:Actor)-[:$any(partyKind.types)]-(f:$(partyKind.label))
    WHERE (x.id = $id OR x.country = $id) AND f.date IS NOT NULL
    // A fact with two parties on its side (a country and its leader) counts once.
    WITH DISTINCT f
    WHERE ($from IS NULL OR f.date + '~' >= $from) AND ($to IS NULL OR f.date <= $to + '~')
    RETURN f.date AS date, count(*) AS count
  }
  RETURN partyKind.field AS kind, date, null AS stance, count
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
