// One page of articles, newest first (publishedAt descending, undated last, then id), and how
// many match in all. A filter left null does not apply: `mentions` is an actor id the article
// names; from/to bound the day it was published.
MATCH (a:Article)
WHERE ($language IS NULL OR a.language = $language)
  AND ($source IS NULL OR a.source = $source)
  AND ($from IS NULL OR a.publishedAt + '~' >= $from)
  AND ($to IS NULL OR a.publishedAt <= $to + '~')
  AND ($mentions IS NULL OR EXISTS { MATCH (a)-[:MENTIONS]->(:Actor {id: $mentions}) })
WITH a, coalesce(a.publishedAt, '') AS sortKey
ORDER BY sortKey DESC, a.id
WITH collect({node: a, sortKey: sortKey}) AS matches
WITH matches,
  [row IN matches WHERE $after IS NULL OR row.sortKey < $after[0] OR (row.sortKey = $after[0] AND row.node.id > $after[1])] AS rest
RETURN size(matches) AS totalCount,
  [row IN rest[..$first + 1] | {node: properties(row.node), labels: labels(row.node), sortKey: row.sortKey}] AS rows
