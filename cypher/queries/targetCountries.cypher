// Draws (sanction)-[:TARGETS_COUNTRY]->(country) for the sanctions $ids from what the articles
// still reporting each say (REPORTS.targetCountry): the countries of a target that is a company,
// a person or a group ("three Russian entities and a North Korean individual"). Run after a
// write and after articles are detached, so an edge lives exactly while an article says it; a
// sanction no article reports is gone already (with its edges).
// An edge no article says any more goes (the EXISTS stops at the first article that still says
// it). The countries added are those the articles $articles say (the ones just written: [] after
// a detach, which adds nothing), read from those articles, so that a sanction thousands of
// articles report costs a write its own reports, not all of them; $articles null reads them all
// (relink).
UNWIND $ids AS id
MATCH (s:Sanction {id: id})
CALL (s) {
  MATCH (s)-[e:TARGETS_COUNTRY]->(c:Actor)
  WHERE NOT EXISTS { MATCH (:Article)-[r:REPORTS]->(s) WHERE c.id IN coalesce(r.targetCountry, []) }
  DELETE e
}
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
