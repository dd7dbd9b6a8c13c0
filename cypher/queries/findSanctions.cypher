// minIndependentSources: at least that many distinct original reports among the fact's sources (an
// article that is a COPY_OF another counts as that original; README, "Independent sources").
// One page of sanctions, the most recently first reported first (the day of the earliest article
// reporting them: sanctions carry no date of their own), then by id; and how many match in all.
// A filter left null does not apply. `imposer`, `target` and `actor` (either of the two) are actor
// ids and also cover the people whose `country` they are; `target` and `actor` also the targets
// of that country (TARGETS_COUNTRY: a company's or a group's countries). `after` is the
// [sort key, id] to start after.
MATCH (s:Sanction)
WHERE ($status IS NULL OR s.status = $status)
  AND ($imposer IS NULL OR EXISTS { MATCH (x:Actor)-[:IMPOSED]->(s) WHERE x.id = $imposer OR x.country = $imposer })
  AND ($target IS NULL OR EXISTS { MATCH (s)-[:TARGETS]->(x:Actor) WHERE x.id = $target OR x.country = $target }
    OR EXISTS { MATCH (s)-[:TARGETS_COUNTRY]->(x:Actor) WHERE x.id = $target })
  AND ($actor IS NULL
    OR EXISTS { MATCH (x:Actor)-[:IMPOSED]->(s) WHERE x.id = $actor OR x.country = $actor }
    OR EXISTS { MATCH (s)-[:TARGETS]->(x:Actor) WHERE x.id = $actor OR x.country = $actor }
    OR EXISTS { MATCH (s)-[:TARGETS_COUNTRY]->(x:Actor) WHERE x.id = $actor })
  AND ($language IS NULL AND $source IS NULL OR EXISTS {
    MATCH (a:Article)-[:REPORTS]->(s)
    WHERE ($language IS NULL OR a.language = $language) AND ($source IS NULL OR a.source = $source)
  })
  AND ($minIndependentSources IS NULL OR size(COLLECT {
    MATCH (a:Article)-[:REPORTS]->(s) OPTIONAL MATCH (a)-[:COPY_OF]->(o:Article) RETURN DISTINCT coalesce(o.id, a.id)
  }) >= $minIndependentSources)
WITH s, coalesce(s.firstReported, '') AS sortKey
WHERE ($from IS NULL OR sortKey + '~' >= $from) AND ($to IS NULL OR (sortKey <> '' AND sortKey <= $to + '~'))
ORDER BY sortKey DESC, s.id
WITH collect({node: s, sortKey: sortKey}) AS matches
WITH matches,
  [row IN matches WHERE $after IS NULL OR row.sortKey < $after[0] OR (row.sortKey = $after[0] AND row.node.id > $after[1])] AS rest
RETURN size(matches) AS totalCount,
  [row IN rest[..$first + 1] | {node: properties(row.node), labels: labels(row.node), sortKey: row.sortKey}] AS rows
