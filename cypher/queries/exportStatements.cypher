// Every statement the statements list would hold with these filters (findStatements.cypher: the
// same gathering and the same conditions), in its order — newest first, undated last, then id —
// with its speaker and the countries it is about, streamed to the export (GET
// /export/statements.csv) rather than cut into pages.
CALL () {
  UNWIND CASE WHEN $speaker IS NULL AND $about IS NULL AND $actor IS NULL THEN [true] ELSE [] END AS everything
  MATCH (s:Statement)
  RETURN s
  UNION
  UNWIND CASE WHEN coalesce($speaker, $actor) IS NULL THEN [] ELSE [coalesce($speaker, $actor)] END AS side
  MATCH (x:Actor)-[:MADE]->(s:Statement)
  WHERE x.id = side OR x.country = side
  RETURN s
  UNION
  UNWIND CASE WHEN $speaker IS NULL AND coalesce($about, $actor) IS NOT NULL THEN [coalesce($about, $actor)] ELSE [] END AS country
  MATCH (s:Statement)-[:ABOUT]->(:Actor {id: country})
  RETURN s
}
WITH s
WHERE ($stance IS NULL OR s.stance = $stance)
  AND ($from IS NULL OR s.date + '~' >= $from)
  AND ($to IS NULL OR s.date <= $to + '~')
  AND ($about IS NULL OR $speaker IS NULL AND $actor IS NULL OR EXISTS { MATCH (s)-[:ABOUT]->(c:Actor {id: $about}) })
  AND ($actor IS NULL OR $speaker IS NULL AND $about IS NULL
    OR EXISTS { MATCH (x:Actor)-[:MADE]->(s) WHERE x.id = $actor OR x.country = $actor }
    OR EXISTS { MATCH (s)-[:ABOUT]->(c:Actor {id: $actor}) })
  AND ($language IS NULL AND $source IS NULL OR EXISTS {
    MATCH (a:Article)-[:REPORTS]->(s)
    WHERE ($language IS NULL OR a.language = $language) AND ($source IS NULL OR a.source = $source)
  })
WITH s ORDER BY coalesce(s.date, '') DESC, s.id
// Plain values, no maps: a map per row (the node, the speaker) was most of the driver's decoding and
// of the garbage the export made; only the properties the export writes (settling keeps others).
WITH s, [(x:Actor)-[:MADE]->(s) | x {.id, .name}][0] AS speaker
RETURN s.id AS id, s.date AS date, s.stance AS stance, s.quote AS quote, s.text AS text,
  speaker.id AS speakerId, speaker.name AS speakerName,
  // The statement's `about` in the API's order (findStatementLinks.cypher): by name, then id.
  COLLECT { MATCH (s)-[:ABOUT]->(c:Actor) RETURN c.id AS id ORDER BY c.name, c.id } AS about
