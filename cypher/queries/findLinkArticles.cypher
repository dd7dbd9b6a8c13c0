// One page of the articles that COVER Link $link (they report a meeting or statement between its
// two actors), published within the range, newest first (publishedAt descending, undated last,
// then id), and how many there are. COVERS keys are "<link id>|<publishedAt>"; $low..$high, $cut
// and $from as in findRelationship.cypher. `after` is the [publishedAt, id] to start after, and
// $top the highest key it leaves ($high on the first page).
OPTIONAL MATCH (l:Link {id: $link})
WITH COUNT { (l)<-[:COVERS]-() } AS degree
OPTIONAL CALL () {
  UNWIND CASE WHEN $ranged THEN [true] ELSE [] END AS ranged
  RETURN COUNT { ()<-[r:COVERS]-() WHERE r.key >= $low AND r.key <= $high AND ($from IS NULL OR substring(r.key, $cut) + '~' >= $from) } AS counted
}
WITH coalesce(counted, degree) AS totalCount
CALL () {
  MATCH (a:Article)-[r:COVERS]->()
  WHERE r.key >= $low AND r.key <= $top AND ($from IS NULL OR substring(r.key, $cut) + '~' >= $from)
  WITH a, r, substring(r.key, $cut) AS sortKey
  WHERE $after IS NULL OR sortKey < $after[0] OR (sortKey = $after[0] AND a.id > $after[1])
  WITH a, sortKey ORDER BY r.key DESC, a.id LIMIT toInteger($first) + 1
  RETURN collect({node: properties(a), labels: labels(a), sortKey: sortKey}) AS rows
}
RETURN totalCount, rows
