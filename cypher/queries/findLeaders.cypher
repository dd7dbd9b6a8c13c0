// One page of persons by name (then id), and how many match in all. `country` (a country or
// organization id, or null for all) keeps those who stand for it or hold a role for it.
MATCH (p:Person)
WHERE $country IS NULL OR p.country = $country OR EXISTS { MATCH (p)-[:HOLDS_ROLE]->(:Actor {id: $country}) }
WITH p, coalesce(p.name, '') AS sortKey
ORDER BY sortKey, p.id
WITH collect({node: p, sortKey: sortKey}) AS matches
WITH matches,
  [row IN matches WHERE $after IS NULL OR row.sortKey > $after[0] OR (row.sortKey = $after[0] AND row.node.id > $after[1])] AS rest
RETURN size(matches) AS totalCount,
  [row IN rest[..$first + 1] | {node: properties(row.node), labels: labels(row.node), sortKey: row.sortKey}] AS rows
