// One page of articles, newest first (publishedAt descending, undated last, then id), and how
// many match in all. A filter left null does not apply: `mentions` is an actor id the article
// names; from/to bound the day it was published. Laid out as findMeetings.cypher: an actor's
// articles are gathered and the top of them sorted; all articles are read in order from the
// article_published index, stopping after the page, and counted from the count store when
// nothing filters.
CALL () {
  MATCH (a:Article)
  RETURN count(a) AS articles
}
WITH articles,
  // The range as an index range: a year early, as a month-precise date overlaps a later day.
  CASE WHEN $from IS NULL THEN '' ELSE left($from, 4) END AS low,
  CASE WHEN $to IS NULL THEN '~' ELSE $to + '~' END AS high
CALL (articles, low, high) {
  UNWIND CASE WHEN $mentions IS NULL THEN [] ELSE [true] END AS scoped
  MATCH (a:Article)-[:MENTIONS]->(:Actor {id: $mentions})
  WHERE ($language IS NULL OR a.language = $language)
    AND ($source IS NULL OR a.source = $source)
    AND ($from IS NULL OR a.publishedAt + '~' >= $from)
    AND ($to IS NULL OR a.publishedAt <= $to + '~')
  // Grouped by `scoped`, so that no row comes out when the branch does not apply.
  WITH scoped, collect(a) AS matches
  // The page: the top 101 after the cursor (no need to sort them all).
  CALL (matches) {
    UNWIND matches AS a
    WITH a, coalesce(a.publishedAt, '') AS sortKey
    WHERE $after IS NULL OR sortKey < $after[0] OR (sortKey = $after[0] AND a.id > $after[1])
    WITH a, sortKey ORDER BY sortKey DESC, a.id LIMIT 101
    RETURN collect({node: a, sortKey: sortKey}) AS rest
  }
  RETURN size(matches) AS totalCount, rest[..$first + 1] AS page
  UNION
  UNWIND CASE WHEN $mentions IS NULL THEN [true] ELSE [] END AS everything
  CALL (low, high) {
    MATCH (a:Article)
    WHERE a.publishedAt >= low AND a.publishedAt <= high AND ($from IS NULL OR a.publishedAt + '~' >= $from)
      AND ($language IS NULL OR a.language = $language)
      AND ($source IS NULL OR a.source = $source)
      AND ($after IS NULL OR a.publishedAt < $after[0] OR (a.publishedAt = $after[0] AND a.id > $after[1]))
    // LIMIT takes no variable: 101 is the largest page (src/graph/page.ts) and one more.
    WITH a ORDER BY a.publishedAt DESC, a.id LIMIT 101
    RETURN collect({node: a, sortKey: a.publishedAt}) AS dated
  }
  CALL (dated) {
    UNWIND CASE WHEN size(dated) <= $first AND $from IS NULL AND $to IS NULL THEN [true] ELSE [] END AS more
    MATCH (a:Article)
    WHERE a.publishedAt IS NULL
      AND ($language IS NULL OR a.language = $language)
      AND ($source IS NULL OR a.source = $source)
      AND ($after IS NULL OR $after[0] <> '' OR a.id > $after[1])
    WITH a ORDER BY a.id LIMIT 101
    RETURN collect({node: a, sortKey: ''}) AS undated
  }
  // How many: every article when nothing filters, from the index of the filter otherwise.
  CALL (articles, low, high) {
    UNWIND CASE WHEN $from IS NULL AND $to IS NULL AND $language IS NULL AND $source IS NULL THEN [true] ELSE [] END AS plain
    RETURN articles AS n
    UNION ALL
    UNWIND CASE WHEN $from IS NOT NULL OR $to IS NOT NULL OR $language IS NOT NULL OR $source IS NOT NULL THEN [true] ELSE [] END AS filtered
    MATCH (a:Article)
    WHERE ($language IS NULL OR a.language = $language)
      AND ($source IS NULL OR a.source = $source)
      AND ($from IS NULL OR a.publishedAt + '~' >= $from)
      AND ($to IS NULL OR a.publishedAt <= $to + '~')
    RETURN count(a) AS n
  }
  WITH dated, undated, sum(n) AS totalCount
  RETURN totalCount, (dated + undated)[..$first + 1] AS page
}
RETURN totalCount, [row IN page | {node: properties(row.node), labels: labels(row.node), sortKey: row.sortKey}] AS rows
