// Draws (sanction)-[:TARGETS_COUNTRY]->(country) for the sanctions $ids from what the articles
// $articles say of each (REPORTS.targetCountry): the countries of a target that is a company, a
// person or a group ("three Russian entities and a North Korean individual"). Run after a write
// with the articles just written, so that a sanction thousands of articles report costs a write
// its own reports, not all of them; $articles null reads every report (relink). Writing only adds
// countries: those no article says any more go after a detach (dropTargetCountries.cypher).
UNWIND $ids AS id
MATCH (s:Sanction {id: id})
CALL (s) {
  UNWIND coalesce($articles, []) AS articleId
  MATCH (:Article {id: articleId})-[r:REPORTS]->(s)
  RETURN r
  UNION
  UNWIND CASE WHEN $articles IS NULL THEN [true] ELSE [] END AS everyArticle
  MATCH (:Article)-[r:REPORTS]->(s)
  RETURN r
}
WITH s, r
UNWIND coalesce(r.targetCountry, []) AS code
WITH DISTINCT s, code
MATCH (c:Actor {id: code})
MERGE (s)-[:TARGETS_COUNTRY]->(c)
RETURN count(DISTINCT s) AS drawn
