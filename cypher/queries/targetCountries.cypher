// Draws (sanction)-[:TARGETS_COUNTRY]->(country) for the sanctions $ids from what the articles
// still reporting each say (REPORTS.targetCountry): the countries of a target that is a company,
// a person or a group ("three Russian entities and a North Korean individual"). Run after a
// write and after articles are detached, so an edge lives exactly while an article says it; a
// sanction no article reports is gone already (with its edges).
UNWIND $ids AS id
MATCH (s:Sanction {id: id})
WITH s, reduce(acc = [], r IN [(:Article)-[r:REPORTS]->(s) | r] |
  acc + [c IN coalesce(r.targetCountry, []) WHERE NOT c IN acc]) AS codes
CALL (s, codes) {
  MATCH (s)-[e:TARGETS_COUNTRY]->(c:Actor)
  WHERE NOT c.id IN codes
  DELETE e
}
CALL (s, codes) {
  UNWIND codes AS code
  MATCH (c:Actor {id: code})
  MERGE (s)-[:TARGETS_COUNTRY]->(c)
}
RETURN count(s) AS drawn
