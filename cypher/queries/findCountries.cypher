// One page of the countries in the graph by English name (then code), and how many there are.
MATCH (c:Country)
WITH c, coalesce(c.name, c.code) AS sortKey
ORDER BY sortKey, c.code
WITH collect({node: c, sortKey: sortKey}) AS matches
WITH matches,
  [row IN matches WHERE $after IS NULL OR row.sortKey > $after[0] OR (row.sortKey = $after[0] AND row.node.code > $after[1])] AS rest
RETURN size(matches) AS totalCount,
  [row IN rest[..$first + 1] | {node: properties(row.node), labels: labels(row.node), sortKey: row.sortKey}] AS rows
