// One page of statements per request, newest first (date descending, undated last, then id), and
// how many match in all. A filter left null does not apply. `speaker` is an actor id and also
// covers the people whose `country` it is; `about` is a country code; `actor` matches statements
// by that side or about it. `after` is the [sort key, id] the page starts after.
UNWIND $requests AS r
CALL (r) {
  // Start from the speaker's side, the country spoken about, or the actor (either way) when
  // given, from every statement only when none is (the UNWIND of an empty list keeps that scan
  // from running).
  CALL (r) {
    MATCH (x:Actor)-[:MADE]->(s:Statement)
    WHERE x.id = coalesce(r.speaker, r.actor) OR x.country = coalesce(r.speaker, r.actor)
    RETURN s
    UNION
    MATCH (s:Statement)-[:ABOUT]->(:Actor {id: coalesce(r.about, r.actor)})
    WHERE r.speaker IS NULL
    RETURN s
    UNION
    UNWIND CASE WHEN r.speaker IS NULL AND r.about IS NULL AND r.actor IS NULL THEN [true] ELSE [] END AS everything
    MATCH (s:Statement)
    RETURN s
  }
  WITH r, s
  WHERE (r.stance IS NULL OR s.stance = r.stance)
    AND (r.from IS NULL OR s.date + '~' >= r.from)
    AND (r.to IS NULL OR s.date <= r.to + '~')
    AND (r.speaker IS NULL OR EXISTS { MATCH (x:Actor)-[:MADE]->(s) WHERE x.id = r.speaker OR x.country = r.speaker })
    AND (r.about IS NULL OR EXISTS { MATCH (s)-[:ABOUT]->(c:Actor {id: r.about}) })
    AND (r.actor IS NULL
      OR EXISTS { MATCH (x:Actor)-[:MADE]->(s) WHERE x.id = r.actor OR x.country = r.actor }
      OR EXISTS { MATCH (s)-[:ABOUT]->(c:Actor {id: r.actor}) })
    AND (r.language IS NULL AND r.source IS NULL OR EXISTS {
      MATCH (a:Article)-[:REPORTS]->(s)
      WHERE (r.language IS NULL OR a.language = r.language) AND (r.source IS NULL OR a.source = r.source)
    })
  WITH s, coalesce(s.date, '') AS sortKey
  ORDER BY sortKey DESC, s.id
  RETURN collect({node: s, sortKey: sortKey}) AS matches
}
WITH r, matches,
  [row IN matches WHERE r.after IS NULL OR row.sortKey < r.after[0] OR (row.sortKey = r.after[0] AND row.node.id > r.after[1])] AS rest
RETURN r.key AS key, size(matches) AS totalCount,
  [row IN rest[..r.first + 1] | {node: properties(row.node), labels: labels(row.node), sortKey: row.sortKey}] AS rows
