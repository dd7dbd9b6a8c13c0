// The status of the agreements and transfers $ids anew, from the articles that still report them:
// the most recently published report's (ties: the greater article id). Run after a detach, so that
// deleting the article that ratified a treaty or confirmed a shipment gives back the status the
// others report; writeArticles.cypher keeps the same rule as reports arrive. A report written before
// reports kept their status has none, and a fact with only such reports keeps the status it has.
UNWIND $ids AS id
MATCH (f:Fact {id: id})
CALL (f) {
  MATCH (a:Article)-[r:REPORTS]->(f)
  WHERE r.status IS NOT NULL
  WITH a, r
  ORDER BY coalesce(a.publishedAt, '') DESC, a.id DESC
  LIMIT 1
  SET f.status = r.status, f.statusAt = coalesce(a.publishedAt, '')
}
RETURN count(f) AS described
