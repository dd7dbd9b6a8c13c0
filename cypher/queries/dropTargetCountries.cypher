// Removes the (sanction)-[:TARGETS_COUNTRY]->(country) edges of the sanctions $ids that no article
// reporting the sanction says any more (REPORTS.targetCountry): run after articles are detached,
// so that with targetCountries.cypher an edge lives exactly while an article says it. The EXISTS
// stops at the first report still saying it. A sanction no article reports is gone already.
UNWIND $ids AS id
MATCH (s:Sanction {id: id})-[e:TARGETS_COUNTRY]->(c:Actor)
WHERE NOT EXISTS { MATCH (:Article)-[r:REPORTS]->(s) WHERE c.id IN coalesce(r.targetCountry, []) }
DELETE e
RETURN count(e) AS dropped
