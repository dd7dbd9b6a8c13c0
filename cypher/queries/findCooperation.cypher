// minIndependentSources: at least that many distinct original reports among the fact's sources (an
// article that is a COPY_OF another counts as that original; README, "Independent sources").
// One page of agreements or transfers ($label), the latest dated first, undated last, then by id;
// and how many match in all. A filter left null does not apply. `country` is an actor id matched
// against every party (a country also covers its people: a leader who signs for it); `supplier`
// and `receiver` a transfer's two ends; `kind` an agreement's kind, `item` one of a transfer's
// items. `after` is the [sort key, id] to start after.
MATCH (f:Fact:$($label))
WHERE ($status IS NULL OR f.status = $status)
  AND ($kind IS NULL OR f.kind = $kind)
  AND ($item IS NULL OR $item IN f.items)
  AND ($country IS NULL OR EXISTS {
    MATCH (f)--(x:Actor) WHERE (x.id = $country OR x.country = $country)
  })
  AND ($supplier IS NULL OR EXISTS { MATCH (x:Actor)-[:SENT]->(f) WHERE x.id = $supplier OR x.country = $supplier })
  AND ($receiver IS NULL OR EXISTS { MATCH (f)-[:SENT_TO]->(x:Actor) WHERE x.id = $receiver OR x.country = $receiver })
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
