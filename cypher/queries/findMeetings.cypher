// One page of meetings per request, newest first (date descending, undated last, then id), and
// how many match in all. A filter left null does not apply. `actor` is a country, organization or
// person id and also covers the people whose `country` it is; `person` is that person alone.
// `after` is the [sort key, id] the page starts after; see src/graph/page.ts.
UNWIND $requests AS r
CALL (r) {
  // Start from the person or the actor when given (their meetings are few), from every meeting
  // only when neither is (the UNWIND of an empty list keeps that scan from running).
  CALL (r) {
    MATCH (:Actor {id: r.person})-[:ATTENDED]->(m:Meeting)
    RETURN m
    UNION
    MATCH (x:Actor)-[:ATTENDED]->(m:Meeting)
    WHERE r.person IS NULL AND (x.id = r.actor OR x.country = r.actor)
    RETURN m
    UNION
    UNWIND CASE WHEN r.person IS NULL AND r.actor IS NULL THEN [true] ELSE [] END AS everything
    MATCH (m:Meeting)
    RETURN m
  }
  WITH r, m
  WHERE (r.status IS NULL OR m.status = r.status)
    AND (r.from IS NULL OR m.date + '~' >= r.from)
    AND (r.to IS NULL OR m.date <= r.to + '~')
    AND (r.person IS NULL OR EXISTS { MATCH (p:Actor {id: r.person})-[:ATTENDED]->(m) })
    AND (r.actor IS NULL OR EXISTS { MATCH (x:Actor)-[:ATTENDED]->(m) WHERE x.id = r.actor OR x.country = r.actor })
    AND (r.location IS NULL OR EXISTS { MATCH (m)-[:HELD_IN]->(c:Actor {id: r.location}) })
    AND (r.language IS NULL AND r.source IS NULL OR EXISTS {
      MATCH (a:Article)-[:REPORTS]->(m)
      WHERE (r.language IS NULL OR a.language = r.language) AND (r.source IS NULL OR a.source = r.source)
    })
  WITH m, coalesce(m.date, '') AS sortKey
  ORDER BY sortKey DESC, m.id
  RETURN collect({node: m, sortKey: sortKey}) AS matches
}
WITH r, matches,
  [row IN matches WHERE r.after IS NULL OR row.sortKey < r.after[0] OR (row.sortKey = r.after[0] AND row.node.id > r.after[1])] AS rest
RETURN r.key AS key, size(matches) AS totalCount,
  [row IN rest[..r.first + 1] | {node: properties(row.node), labels: labels(row.node), sortKey: row.sortKey}] AS rows
