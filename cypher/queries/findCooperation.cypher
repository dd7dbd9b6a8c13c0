// One page of the facts of a generic kind ($label: agreements, transfers), the latest dated first,
// undated last, then by id; and how many match in all. A filter left null does not apply. `country`
// is an actor id matched against every party (a country also covers its people: a leader who signs
// for it); $parties maps a party relationship to an actor id (a transfer's supplier: {SENT: 'KP'});
// $equal maps a property to its value (an agreement's kind, a status), $holds a list property to a
// value it holds (one of a transfer's items). `after` is the [sort key, id] to start after.
// minIndependentSources: at least that many distinct original reports among the fact's sources (an
// article that is a COPY_OF another counts as that original; README, "Independent sources").
MATCH (f:Fact:$($label))
WHERE all(name IN keys($equal) WHERE f[name] = $equal[name])
  AND all(name IN keys($holds) WHERE $holds[name] IN f[name])
  AND ($country IS NULL OR EXISTS {
    MATCH (f)--(x:Actor) WHERE (x.id = $country OR x.country = $country)
  })
  AND all(role IN keys($parties) WHERE EXISTS {
    MATCH (f)-[r]-(x:Actor) WHERE type(r) = role AND (x.id = $parties[role] OR x.country = $parties[role])
  })
  AND ($language IS NULL AND $source IS NULL OR EXISTS {
    MATCH (a:Article)-[:REPORTS]->(f)
    WHERE ($language IS NULL OR a.language = $language) AND ($source IS NULL OR a.source = $source)
  })
  AND ($minIndependentSources IS NULL OR size(COLLECT {
    MATCH (a:Article)-[:REPORTS]->(f) OPTIONAL MATCH (a)-[:COPY_OF]->(o:Article) RETURN DISTINCT coalesce(o.id, a.id)
  }) >= $minIndependentSources)
WITH f, coalesce(f.date, '') AS sortKey
WHERE ($from IS NULL OR (sortKey <> '' AND sortKey + '~' >= $from)) AND ($to IS NULL OR (sortKey <> '' AND sortKey <= $to + '~'))
ORDER BY sortKey DESC, f.id
WITH collect({node: f, sortKey: sortKey}) AS matches
WITH matches,
  [row IN matches WHERE $after IS NULL OR row.sortKey < $after[0] OR (row.sortKey = $after[0] AND row.node.id > $after[1])] AS rest
RETURN size(matches) AS totalCount,
  [row IN rest[..$first + 1] | {node: properties(row.node), labels: labels(row.node), sortKey: row.sortKey}] AS rows
