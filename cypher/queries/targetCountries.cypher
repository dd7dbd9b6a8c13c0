// Draws (sanction)-[:TARGETS_COUNTRY]->(country) from what articles say of a sanction's target
// (REPORTS.targetCountry): the countries of a target that is a company, a person or a group ("three
// Russian entities and a North Korean individual"). After a write, from the sanctions the articles
// $articles (those just written) report, read from the articles' side, so that a sanction thousands
// of articles report costs a write its own reports, not all of them; with $articles null, from every
// report of the sanctions $ids (relink). Writing only adds countries: those no article says any more
// go after a detach (dropTargetCountries.cypher).
CALL () {
  UNWIND coalesce($articles, []) AS articleId
  MATCH (:Article {id: articleId})-[r:REPORTS]->(s:Sanction)
  RETURN s, r
  UNION
  UNWIND CASE WHEN $articles IS NULL THEN $ids ELSE [] END AS id
  MATCH (:Article)-[r:REPORTS]->(s:Sanction {id: id})
  RETURN s, r
}
WITH s, r
UNWIND coalesce(r.targetCountry, []) AS code
WITH DISTINCT s, code
MATCH (c:Actor {id: code})
MERGE (s)-[:TARGETS_COUNTRY]->(c)
RETURN count(DISTINCT s) AS drawn
