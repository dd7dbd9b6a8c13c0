// One page of the articles that report at least one of the facts $ids, newest first (publishedAt
// descending, undated last, then id), and how many there are. Starts from the facts, so its cost
// follows their sources rather than the size of the graph.
UNWIND $ids AS id
MATCH (:Fact {id: id})<-[:REPORTS]-(a:Article)
WITH DISTINCT a
WITH a, coalesce(a.publishedAt, '') AS sortKey
ORDER BY sortKey DESC, a.id
WITH collect({node: a, sortKey: sortKey}) AS matches
WITH matches,
  [row IN matches WHERE $after IS NULL OR row.sortKey < $after[0] OR (row.sortKey = $after[0] AND row.node.id > $after[1])] AS rest
RETURN size(matches) AS totalCount,
  [row IN rest[..$first + 1] | {node: properties(row.node), labels: labels(row.node), sortKey: row.sortKey}] AS rows
